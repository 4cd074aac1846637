// The intake as it runs: each file's state, the one being hashed with its progress and
// a Cancel, and for a file cancelled or refused the choice to try it again or skip it.
import { useTranslation } from 'react-i18next';
import { displayFileName } from '../../../shared/evidence/fileName';
import { ErrorText } from '../../components/ErrorText';
import { FileNameText } from './FileNameText';
import { formatBytes } from './format';
import { HashProgressBar } from './HashProgressBar';
import type { IntakeStatus } from './useIntake';

export interface IntakeRunProps {
  files: readonly (Blob & { name: string })[];
  statuses: readonly IntakeStatus[];
  running: boolean;
  onCancel(): void;
  onRetry(index: number): void;
  onSkip(index: number): void;
}

export function IntakeRun({ files, statuses, running, onCancel, onRetry, onSkip }: IntakeRunProps) {
  const { t, i18n } = useTranslation('evidence');
  const added = statuses.flatMap((s) => (s.state === 'done' ? [s.item.itemNumber] : []));
  const waiting = statuses.filter((s) => s.state === 'waiting').length;
  const stopped = !running && statuses.some((s) => s.state === 'cancelled' || s.state === 'failed');
  return (
    <>
      <p className="ev-intake-summary" role="status">
        {added.length === 0
          ? t('intake.run.added', { done: 0, total: files.length })
          : t('intake.run.addedAs', { done: added.length, total: files.length, numbers: added.map((n) => `#${n}`).join(t('locker.listSeparator')) })}
        {stopped && waiting > 0 && ` ${t('intake.run.waiting', { count: waiting })}`}
      </p>
      <ol className="ev-intake-files">
        {files.map((file, index) => {
          const status = statuses[index] ?? { state: 'waiting' };
          return (
            <li key={index} className={`ev-intake-file ev-intake-${status.state}`}>
              <div className="row">
                <FileNameText name={file.name} />
                <span className="muted small">{formatBytes(file.size, i18n.language)}</span>
                <span className="spacer" />
                <span className="ev-intake-state">
                  {status.state === 'done' ? t('intake.state.done', { number: status.item.itemNumber }) : t(`intake.state.${status.state}`)}
                </span>
              </div>
              {status.state === 'hashing' && (
                <div className="row ev-intake-progress">
                  <HashProgressBar
                    label={t('intake.run.hashing', { name: displayFileName(file.name).text })}
                    bytes={status.progress?.bytes ?? 0}
                    total={file.size}
                    bytesPerSecond={status.progress?.bytesPerSecond ?? null}
                    secondsLeft={status.progress?.secondsLeft ?? null}
                  />
                  <button type="button" className="btn btn-small" onClick={onCancel}>
                    {t('intake.run.cancelFile')}
                  </button>
                </div>
              )}
              {status.state === 'failed' && <ErrorText error={status.error} />}
              {status.state === 'cancelled' && <p className="field-hint">{t('intake.run.cancelledHint')}</p>}
              {(status.state === 'failed' || status.state === 'cancelled') && !running && (
                <div className="row">
                  <button type="button" className="btn btn-small" onClick={() => onRetry(index)}>
                    {t('intake.run.retry')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => onSkip(index)}>
                    {waiting > 0 ? t('intake.run.skipContinue') : t('intake.run.skip')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
