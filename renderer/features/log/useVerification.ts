// Runs "Verify log" for an incident: on open, on demand and from the menu.
import { useCallback, useEffect, useState } from 'react';
import { notebook, type IncidentVerification } from '../../data';
import { useCommand } from '../../app/commands';

export type VerificationState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: IncidentVerification }
  | { status: 'error'; error: unknown };

export function useVerification(incidentId: string) {
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
  useEffect(check, [check]);
  useCommand('verify-log', run);
  return { state, run };
}
