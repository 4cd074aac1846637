// A screen with unsaved work (the template editor) registers a guard; the shell
// asks before navigating away from it instead of dropping the work silently.
import { useEffect, useRef } from 'react';

const guards = new Set<() => boolean>();

export const hasUnsavedWork = (): boolean => [...guards].some((unsaved) => unsaved());

export function useLeaveGuard(unsaved: boolean): void {
  const current = useRef(unsaved);
  useEffect(() => {
    current.current = unsaved;
  });
  useEffect(() => {
    const guard = () => current.current;
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, []);
}
