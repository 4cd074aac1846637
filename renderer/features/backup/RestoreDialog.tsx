// Restore from backup: choose the file, let it be checked in full (progress, cancel), see what
// it holds, then restore it into an empty notebook — or, when this notebook holds anything,
// read what will be replaced and type the confirmation word. Bad input writes nothing and
// says why; afterwards the log and custody chains are verified and the app reopens.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentNotebook, restoreBackup, verifyBackupFile, type ReadProgress, type RestoreOutcome, type VerifiedBackup } from '../../backup/restore';
import type { NotebookCounts } from '../../data';
import { Dialog } from '../../components/Dialog';
import { ErrorText } from '../../components/ErrorText';
import { ZipFilePicker } from '../../components/ZipFilePicker';
import { BackupProgressBar } from './BackupProgressBar';
import { ReplaceChoice, isEmptyNotebook } from './ReplaceChoice';
import { BackupFacts, RestoreResult } from './RestoreSummary';

type State =
  | { step: 'choose'; error: unknown; cancelled: boolean }
  | { step: 'reading'; file: File; progress: ReadProgress | null }
  | { step: 'review'; file: File; verified: VerifiedBackup<Blob>; current: NotebookCounts; error: unknown }
  | { step: 'writing'; file: File; verified: VerifiedBackup<Blob>; current: NotebookCounts }
  | { step: 'done'; verified: VerifiedBackup<Blob>; outcome: RestoreOutcome };

const CHOOSE: State = { step: 'choose', error: null, cancelled: false };

export function RestoreDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation('backup');
  const [state, setState] = useState<State>(CHOOSE);
  const [word, setWord] = useState('');
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  async function check(file: File) {
    const abort = new AbortController();
    reading.current = abort;
    setWord('');
    setState({ step: 'reading', file, progress: null });
    try {
      const verified = await verifyBackupFile(file, (progress) => setState((s) => (s.step === 'reading' ? { ...s, progress } : s)), abort.signal);
      setState({ step: 'review', file, verified, current: await currentNotebook(), error: null });
    } catch (error) {
      setState(abort.signal.aborted ? { step: 'choose', error: null, cancelled: true } : { step: 'choose', error, cancelled: false });
    } finally {
      reading.current = null;
    }
  }

  async function restore(review: Extract<State, { step: 'review' }>) {
    const empty = isEmptyNotebook(review.current);
    setState({ step: 'writing', file: review.file, verified: review.verified, current: review.current });
    try {
      const outcome = await restoreBackup(review.verified, empty ? { kind: 'empty' } : { kind: 'replace', expected: review.current });
      setState({ step: 'done', verified: review.verified, outcome });
    } catch (error) {
      // Shown again with what the notebook holds now (it may have changed: that is one reason to refuse).
      setWord('');
      setState({ ...review, current: await currentNotebook().catch(() => review.current), error });
    }
  }

  const close = () => {
    if (state.step === 'reading') reading.current?.abort();
    // After a restore the whole app starts over on the restored notebook (no view keeps the old one).
    else if (state.step === 'done') window.location.reload();
    else if (state.step !== 'writing') onClose();
  };
  const chooser = (
    <ZipFilePicker
      label={state.step === 'choose' ? t('restore.choose') : t('restore.chooseAnother')}
      inputLabel={t('restore.input')}
      onFiles={([file]) => file && void check(file)}
    />
  );

  let body: ReactNode;
  let footer: ReactNode = (
    <button type="button" className="btn" onClick={close}>
      {t('restore.close')}
    </button>
  );
  if (state.step === 'choose') {
    body = (
      <>
        <p>{t('restore.intro')}</p>
        <div className="row">{chooser}</div>
        {state.cancelled && <p role="status">{t('restore.cancelled')}</p>}
        <ErrorText error={state.error} />
      </>
    );
  } else if (state.step === 'reading') {
    body = (
      <div role="status">
        <p>{t('restore.reading', { name: state.file.name })}</p>
        <BackupProgressBar label={t('restore.progressLabel')} bytes={state.progress?.bytes ?? 0} total={state.progress?.total ?? state.file.size} language={i18n.language} />
        <p className="field-hint">{t('restore.nothingWritten')}</p>
      </div>
    );
    footer = (
      <button type="button" className="btn" onClick={close}>
        {t('restore.cancel')}
      </button>
    );
  } else if (state.step === 'review' || state.step === 'writing') {
    const empty = isEmptyNotebook(state.current);
    const confirmed = empty || word.normalize('NFKC').trim().toUpperCase() === t('restore.word').normalize('NFKC').toUpperCase();
    const writing = state.step === 'writing';
    body = (
      <>
        <BackupFacts verified={state.verified} fileName={state.file.name} />
        {empty ? <p>{t('restore.empty')}</p> : <ReplaceChoice current={state.current} word={word} onWord={setWord} disabled={writing} />}
        {writing && <p role="status">{t('restore.writing')}</p>}
        {state.step === 'review' && <ErrorText error={state.error} />}
        {!writing && <div className="row">{chooser}</div>}
      </>
    );
    footer = (
      <>
        <button type="button" className="btn" onClick={close} disabled={writing}>
          {t('restore.cancel')}
        </button>
        <button
          type="button"
          className={empty ? 'btn btn-primary' : 'btn backup-danger'}
          disabled={writing || !confirmed}
          onClick={() => state.step === 'review' && void restore(state)}
        >
          {empty ? t('restore.restore') : t('restore.confirm')}
        </button>
      </>
    );
  } else {
    body = <RestoreResult verified={state.verified} outcome={state.outcome} />;
    footer = (
      <button type="button" className="btn btn-primary" onClick={close}>
        {t('restore.reopen')}
      </button>
    );
  }
  return (
    <Dialog open wide title={t('restore.title')} onClose={close} footer={footer}>
      {body}
    </Dialog>
  );
}
