// The clear choice before a restore replaces a notebook that holds anything: what will be
// removed, counted, and a confirmation word to type (translated: REPLACE / 置き換え).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotebookCounts } from '../../data';
import { useBackupAgent } from './useBackupAgent';

export const isEmptyNotebook = (c: NotebookCounts): boolean => c.incidents + c.entries + c.evidenceItems + c.otherRecords + c.files + c.heads === 0;

export interface ReplaceChoiceProps {
  current: NotebookCounts;
  word: string;
  onWord(word: string): void;
  disabled: boolean;
}

export function ReplaceChoice({ current, word, onWord, disabled }: ReplaceChoiceProps) {
  const { t } = useTranslation('backup');
  const id = useId();
  const agent = useBackupAgent();
  return (
    <div className="backup-replace" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('restore.replaceHeading')}</h3>
      <p>{t('restore.replaceWarning')}</p>
      <ul>
        <li>{t('count.incidents', { count: current.incidents })}</li>
        <li>{t('count.logEntries', { count: current.entries })}</li>
        <li>{t('count.evidence', { count: current.evidenceItems })}</li>
        {current.otherRecords > 0 && <li>{t('count.other', { count: current.otherRecords })}</li>}
      </ul>
      <p className="field-hint">{agent.target === 'folder' ? t('restore.safetyFolder') : t('restore.safetyDownload')}</p>
      <div className="backup-confirm">
        <label htmlFor={`${id}-word`}>{t('restore.prompt', { word: t('restore.word') })}</label>
        <input id={`${id}-word`} value={word} autoComplete="off" spellCheck={false} disabled={disabled} onChange={(event) => onWord(event.target.value)} />
      </div>
    </div>
  );
}
