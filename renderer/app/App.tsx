// Top of the tree: first run asks who is writing; afterwards the shell.
import type { AppInfo } from '../../shared/ipc/contract';
import { useProfile } from '../data';
import { Onboarding } from '../features/onboarding/Onboarding';
import { Shell } from './Shell';

export function App({ appInfo }: { appInfo: AppInfo }) {
  const profile = useProfile();
  if (profile === undefined) return null;
  if (profile === null) return <Onboarding />;
  return <Shell appInfo={appInfo} />;
}
