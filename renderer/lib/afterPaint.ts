// "After the first screen": work that the first screen does not need (the editor's chunk,
// the other language, the backup agent's first reads) starts once a frame has been
// painted, so it neither delays that frame nor competes with it for the machine's cores.
// Frames stop in a hidden window (and do not exist outside a browser): a timeout bounds the wait.

/** Runs `task` once, after the next painted frame or `latestMs`, whichever comes first; returns a cancel function. */
export function afterPaint(task: () => void, latestMs = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    task();
  };
  const timer = setTimeout(run, latestMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
  return () => {
    done = true;
    clearTimeout(timer);
  };
}
