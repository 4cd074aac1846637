// "Verify log" for an incident. A full check once the log has loaded, on demand
// and from the menu; after that, each new entry is checked as it arrives by
// continuing every device's chain from the last verified entry.
import { useCallback, useEffect, useRef, useState } from 'react';
import { notebook, type IncidentVerification } from '../../data';
import { useCommand } from '../../app/commands';

export type VerificationState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: IncidentVerification }
  | { status: 'error'; error: unknown };

export function useVerification(incidentId: string, ready: boolean, entryCount: number) {
  // The hook's owner is keyed by incident, so a check starts with the view.
  const [state, setState] = useState<VerificationState>({ status: 'running' });
  // Only the newest check may report: a slow full check must not overwrite a later one, nor the reverse.
  const generation = useRef(0);
  const check = useCallback(
    (since: IncidentVerification | null) => {
      const mine = ++generation.current;
      notebook.verifyIncidentLog(incidentId, since).then(
        (result) => mine === generation.current && setState({ status: 'done', result }),
        (error: unknown) => mine === generation.current && setState({ status: 'error', error }),
      );
    },
    [incidentId],
  );
  const run = useCallback(() => {
    setState({ status: 'running' });
    check(null);
  }, [check]);

  useEffect(() => {
    if (ready) check(null);
  }, [check, ready]);

  const last = state.status === 'done' ? state.result : null;
  useEffect(() => {
    if (!ready || !last?.ok || entryCount <= last.entries) return;
    const timer = setTimeout(() => check(last), 250);
    return () => clearTimeout(timer);
  }, [check, ready, last, entryCount]);

  useCommand('verify-log', run);
  return { state, run };
}
