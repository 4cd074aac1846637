// Marking a deadline met by the log entry that met it: the incident's communications
// first (newest first), or any other entry found by its text. Reports that start a
// chained clock (NIS2 notification, DORA reports) record that anchor too.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../shared/domain/deadline';
import type { Incident } from '../../../shared/domain/incident';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { SUBMISSION_ANCHORS } from '../../../shared/seed/deadlines';
import { notebook, useIncidentLog } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { EntryChoice } from './EntryChoice';
import { useDeadlineTexts } from './deadlineTexts';

/** Enough to find the entry by scrolling; a search narrows the rest. */
const SHOWN = 30;

export interface MarkMetDialogProps {
  incident: Incident;
  rule: DeadlineRule;
  onClose(): void;
}

/** The entries that may meet a deadline: not retracted, not deadline bookkeeping; newest first. */
function useCandidates(incidentId: string) {
  const log = useIncidentLog(incidentId);
  return useMemo(() => {
    const live = log.threads
      .filter((thread) => thread.retraction === null && thread.current.kind !== 'deadline')
      .map((thread) => ({ id: thread.original.id, entry: thread.current }))
      .reverse();
    return { loading: !log.complete, communications: live.filter((c) => c.entry.kind === 'communication'), others: live.filter((c) => c.entry.kind !== 'communication') };
  }, [log]);
}

export function MarkMetDialog({ incident, rule, onClose }: MarkMetDialogProps) {
  const { t } = useTranslation('deadlines');
  const texts = useDeadlineTexts();
  const formId = useId();
  const name = useId();
  const { loading, communications, others } = useCandidates(incident.id);
  const [selected, setSelected] = useState<{ id: string; entry: LogEntry } | null>(null);
  const [showOthers, setShowOthers] = useState(false);
  const [query, setQuery] = useState('');
  const chained = SUBMISSION_ANCHORS[rule.id];

  const matching = useMemo(() => {
    const words = query.trim().toLowerCase();
    return words ? others.filter((c) => c.entry.text.toLowerCase().includes(words)) : others;
  }, [others, query]);

  const { busy, error, run } = useFormAction(async () => {
    if (!selected) throw formError('deadline.entryMissing');
    const text = texts.metLog(rule, selected.entry);
    const input = { incidentId: incident.id, ruleId: rule.id, entryId: selected.id, text };
    await notebook.markDeadlineMet(chained ? { ...input, anchorText: texts.anchorLog(chained, '') } : input);
    onClose();
  });
  const choice = (c: { id: string; entry: LogEntry }) => (
    <EntryChoice key={c.id} name={name} entry={c.entry} zone={incident.timeZone} checked={selected?.id === c.id} onChoose={() => setSelected(c)} />
  );
  const othersOpen = showOthers || (!loading && communications.length === 0);

  return (
    <Dialog
      open
      wide
      title={t('met.title', { rule: texts.rule(rule) })}
      onClose={onClose}
      footer={<DialogActions formId={formId} confirmLabel={t('met.submit')} onCancel={onClose} busy={busy} />}
    >
      <form id={formId} onSubmit={run} noValidate aria-busy={busy}>
        <p>{t('met.intro')}</p>
        {chained && <p className="field-hint">{t('met.chained', { anchor: texts.anchor(chained) })}</p>}
        {loading && <p className="muted">{t('met.loading')}</p>}
        <fieldset className="dl-choices">
          <legend>{t('met.communications')}</legend>
          {communications.length === 0 ? <p className="muted">{t('met.communicationsEmpty')}</p> : <ul className="dl-choice-list">{communications.map(choice)}</ul>}
        </fieldset>
        {othersOpen ? (
          <fieldset className="dl-choices">
            <legend>{t('met.other')}</legend>
            <input
              type="search"
              aria-label={t('met.search')}
              placeholder={t('met.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              // Enter in the search box searches; it must not mark the deadline met with a choice made earlier.
              onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            />
            {matching.length === 0 ? (
              <p className="muted">{t('met.noMatch')}</p>
            ) : (
              <ul className="dl-choice-list">{matching.slice(0, SHOWN).map(choice)}</ul>
            )}
            {matching.length > SHOWN && <p className="field-hint">{t('met.more', { shown: SHOWN, count: matching.length })}</p>}
          </fieldset>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setShowOthers(true)}>
            {t('met.showOther')}
          </button>
        )}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
