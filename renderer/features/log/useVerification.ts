// Runs "Verify log" for an incident: on open, on demand and from the menu.
import { useCallback, useEffect, useState } from 'react';
import { notebook, type IncidentVerification } from '../../data';
import { useCommand } from '../../app/commands';

export type VerificationState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: IncidentVerification }
  | { status: 'error'; error: unknown };

/** Checks once `ready` (the log has loaded, so the two do not compete for the disk), then on demand. */
export function useVerification(incidentId: string, ready: boolean) {
  // The hook's owner is keyed by incident, so a check starts with the view.
  const [state, setState] = useState<VerificationState>({ status: 'running' });
  const check = useCallback(() => {
    notebook.verifyIncidentLog(incidentId).then(
      (result) => setState({ status: 'done', result }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [incidentId]);
  const run = useCallback(() => {
    setState({ status: 'running' });
    check();
  }, [check]);
  useEffect(() => {
    if (ready) check();
  }, [check, ready]);
  useCommand('verify-log', run);
  return { state, run };
}
