// Files written to the responder's disk from the renderer. There is no save-file channel to
// the host for these small exports, so a file is a Blob downloaded through an <a download>
// click, which works in a browser and in Electron's renderer alike.

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; release the URL once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
