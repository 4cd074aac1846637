// The life of a form's one action: busy while it runs, its error kept for display,
// a second submit ignored while the first is in flight.
import { useRef, useState, type FormEvent } from 'react';

export interface FormAction {
  busy: boolean;
  error: unknown;
  setError(error: unknown): void;
  /** Runs the action (as a form's onSubmit or directly); resolves whether it succeeded. */
  run(event?: FormEvent): Promise<boolean>;
}

export function useFormAction(action: () => Promise<unknown>): FormAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = async (event?: FormEvent): Promise<boolean> => {
    event?.preventDefault();
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
