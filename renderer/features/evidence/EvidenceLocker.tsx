// The evidence locker of an incident: every item with its custody form header, where
// its custody stands, and the latest verification; files come in by "Add evidence…"
// or by dropping them anywhere on the view; "Verify all" re-hashes every stored file.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { useEvidence, useIncidentCustody } from '../../data';
import { ErrorText, formError } from '../../components/ErrorText';
import { summarizeCustody } from './custodySummary';
import { EvidenceDropTarget } from './EvidenceDropTarget';
import { IntakeDialog, type EvidenceFile } from './IntakeDialog';
import { LockerTable } from './LockerTable';
import type { useVerifyAll } from './useVerifyAll';
import { VerifyAllPanel } from './VerifyAllPanel';
import './evidence.css';

/** As many as a responder sensibly describes in one form (errors:evidence.tooMany says the same). */
const MAX_FILES = 100;

/** Files dropped elsewhere in the incident's window, handed to the locker; `seq` tells drops apart. */
export interface IncomingFiles {
  files: readonly File[];
  seq: number;
}

export interface EvidenceLockerProps {
  incident: Incident;
  onOpenItem(id: string): void;
  verify: ReturnType<typeof useVerifyAll>;
  incoming?: IncomingFiles | null;
  /** The intake of `incoming` ended (or was refused): the parent forgets those files. */
  onIncomingDone?(): void;
}

export function EvidenceLocker({ incident, onOpenItem, verify, incoming = null, onIncomingDone }: EvidenceLockerProps) {
  const { t } = useTranslation('evidence');
  const items = useEvidence(incident.id);
  const custody = useIncidentCustody(incident.id);
  const summaries = useMemo(() => summarizeCustody(custody ?? []), [custody]);
  const [files, setFiles] = useState<readonly EvidenceFile[] | null>(null);
  const [refused, setRefused] = useState<unknown>(null);
  const [skipped, setSkipped] = useState(0);
  const picker = useRef<HTMLInputElement>(null);
  const missing = useMemo(() => new Set(verify.state.results.filter((r) => r.outcome === 'missing').map((r) => r.item.id)), [verify.state.results]);

  const take = (chosen: readonly File[]) => {
    if (chosen.length === 0 || files) return;
    if (chosen.length > MAX_FILES) {
      setRefused(formError('evidence.tooMany'));
      return;
    }
    setRefused(null);
    setFiles(chosen);
  };
  // A drop on another tab: taken while rendering, once; the parent forgets it when the intake closes.
  const [takenIncoming, setTakenIncoming] = useState<IncomingFiles | null>(null);
  if (incoming !== takenIncoming) {
    setTakenIncoming(incoming);
    if (incoming) take(incoming.files);
  }
  const verifyAll = () => {
    // A disposed item's custody is closed: it cannot take a verification.
    const open = (items ?? []).filter((item) => summaries.get(item.id)?.last.action !== 'disposed');
    setSkipped((items?.length ?? 0) - open.length);
    void verify.run(open);
  };
  const running = verify.state.phase === 'running';

  return (
    <EvidenceDropTarget className="ev-view" onFiles={take} enabled={files === null}>
      <div className="ev-toolbar">
        <h2 className="ev-title">{t('locker.title')}</h2>
        {items && items.length > 0 && <span className="muted small">{t('locker.count', { count: items.length })}</span>}
        <span className="spacer" />
        <span className="muted small ev-drop-note">{t('locker.dropNote')}</span>
        <button type="button" className="btn" onClick={verifyAll} disabled={!items || items.length === 0 || running}>
          {t('verifyAll.button')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => picker.current?.click()}>
          {t('locker.add')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          aria-label={t('locker.chooseFiles')}
          onChange={(event) => {
            take(Array.from(event.target.files ?? []));
            // The same file can be chosen again later (after a cancelled intake).
            event.target.value = '';
          }}
        />
      </div>
      <ErrorText error={refused} />
      <VerifyAllPanel state={verify.state} skipped={skipped} onCancel={verify.cancel} onDismiss={verify.dismiss} />
      {items === undefined ? (
        <p className="empty">{t('locker.loading')}</p>
      ) : items.length === 0 ? (
        <div className="empty ev-empty">
          <h2>{t('locker.emptyTitle')}</h2>
          <p>{t('locker.emptyHint')}</p>
          <p className="small">{t('locker.emptySafety')}</p>
          <button type="button" className="btn btn-primary" onClick={() => picker.current?.click()}>
            {t('locker.add')}
          </button>
        </div>
      ) : (
        <LockerTable items={items} summaries={summaries} missing={missing} zone={incident.timeZone} onOpen={onOpenItem} />
      )}
      {files && (
        <IntakeDialog
          incident={incident}
          files={files}
          onClose={() => {
            setFiles(null);
            onIncomingDone?.();
          }}
        />
      )}
    </EvidenceDropTarget>
  );
}
