// Top of the tree: first run asks who is writing; afterwards the shell.
import { Suspense, useEffect } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { useProfile, type OpeningState } from '../data';
import { lazyView } from './lazyView';
import { rememberNotebook } from '../lib/knownNotebook';
import { Shell } from './Shell';

// Only the first run shows it.
const Onboarding = lazyView(() => import('../features/onboarding/Onboarding').then((m) => m.Onboarding));

/**
 * `opening`: what was read at start (null if that failed): the first render needs no query.
 * `appInfo`: null until main has answered (the first screen does not wait for it).
 */
export function App({ appInfo, opening = null }: { appInfo: AppInfo | null; opening?: OpeningState | null }) {
  const profile = useProfile(opening?.profile);
  // Kept outside the database, so that a database the browser has reset is noticed (Onboarding).
  const holder = profile?.name;
  useEffect(() => {
    if (holder) rememberNotebook(holder);
  }, [holder]);
  if (profile === undefined) return null;
  if (profile === null)
    return (
      <Suspense fallback={null}>
        <Onboarding />
      </Suspense>
    );
  return <Shell appInfo={appInfo} opening={opening} />;
}
