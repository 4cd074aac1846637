// The current time for countdowns, re-read every `intervalMs` so "time left" and
// overdue states change on screen without a reload.
import { useEffect, useState } from 'react';
import { notebook } from '../../data';

/** Countdowns show minutes at the finest: half a minute keeps them at most that stale. */
export const NOW_TICK_MS = 30_000;

export function useNow(intervalMs: number = NOW_TICK_MS): Date {
  const [now, setNow] = useState(() => notebook.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(notebook.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
