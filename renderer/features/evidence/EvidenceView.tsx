// The incident's Evidence tab: the locker list, or one item's page when itemId is set.
// Verify all lives here so a run (and its summary) survives a look at an item.
import type { Incident } from '../../../shared/domain/incident';
import { EvidenceLocker, type IncomingFiles } from './EvidenceLocker';
import { EvidenceItemPage } from './item/EvidenceItemPage';
import { useVerifyAll } from './useVerifyAll';

export interface EvidenceViewProps {
  incident: Incident;
  /** The item page to show, or null for the locker list. */
  itemId: string | null;
  onOpenItem(id: string | null): void;
  /** Files dropped on the incident's window outside the locker. */
  incoming?: IncomingFiles | null;
  onIncomingDone?(): void;
}

export function EvidenceView({ incident, itemId, onOpenItem, incoming = null, onIncomingDone }: EvidenceViewProps) {
  const verify = useVerifyAll();
  if (itemId) return <EvidenceItemPage incident={incident} itemId={itemId} onBack={() => onOpenItem(null)} />;
  return <EvidenceLocker incident={incident} onOpenItem={onOpenItem} verify={verify} incoming={incoming} onIncomingDone={onIncomingDone} />;
}
