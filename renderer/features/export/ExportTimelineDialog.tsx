// "Export…" for the timeline: the format (PDF, HTML, CSV, JSON, Markdown), the zone event
// times are shown in, the time range, kinds, responders and systems to include, current
// versions or full history, retracted entries shown (marked) or left out — then the file,
// built off the main thread, saved where the responder chooses.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS } from '../../../shared/domain/logEntry';
import type { Incident } from '../../../shared/domain/incident';
import { EXPORT_FORMATS } from '../../../shared/export/options';
import { threadFilter } from '../../../shared/export/timelineModel';
import { notebook, useIncidentLog, useSystems } from '../../data';
import { platform } from '../../platform';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useFormAction } from '../../components/useFormAction';
import { timeZones } from '../../lib/time';
import { AnyOf, OneOf } from './ExportChoices';
import { ExportProgress } from './ExportProgress';
import { INITIAL_FORM, ZONE_CHOICES, optionsOf, toggle, type ExportForm } from './exportForm';
import { useTimelineExport } from './exportRun';
import './export.css';

export interface ExportTimelineDialogProps {
  incident: Incident;
  onClose(): void;
  /** The browser has no PDF printer: the report goes to the print preview instead. */
  onPrint(html: string): void;
}

export function ExportTimelineDialog({ incident, onClose, onPrint }: ExportTimelineDialogProps) {
  const { t, i18n } = useTranslation('export');
  const formId = useId();
  const log = useIncidentLog(incident.id);
  const systems = useSystems(incident.id) ?? [];
  const [form, setForm] = useState<ExportForm>(INITIAL_FORM);
  const set = <K extends keyof ExportForm>(key: K, value: ExportForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const zones = useMemo(() => ({ incident: incident.timeZone, mine: notebook.deviceZone() }), [incident.timeZone]);
  const { state, start, cancel } = useTimelineExport(incident, (html) => {
    onPrint(html);
    onClose();
  });
  const { busy, error, run } = useFormAction(() => start(form.format, optionsOf(form, zones, i18n.language)));
  // The form comes back scrolled to its top after the progress view: bring what became of the
  // export (saved as…, not saved, an error) into sight, under the long list of options.
  const outcome = useRef<HTMLDivElement>(null);
  const outcomeShown = state.step === 'options' && (state.notice !== null || state.error !== null || error !== null);
  useEffect(() => {
    if (outcomeShown) outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcomeShown, state, error]);

  // The count follows the options as they change, once the whole log is in memory.
  const shown = useMemo(() => {
    if (!log.complete) return null;
    try {
      return log.threads.filter(threadFilter(optionsOf(form, zones, i18n.language))).length;
    } catch {
      return null;
    }
  }, [log, form, zones, i18n.language]);

  if (state.step === 'running') {
    return (
      <Dialog open title={t('dialog.title')} onClose={cancel}>
        <ExportProgress progress={state.progress} onCancel={cancel} />
      </Dialog>
    );
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void run(event);
  };
  const browser = platform().printToPdf === null;
  const notice = state.notice === 'saved' ? t('result.saved', { name: state.savedName ?? '' }) : state.notice ? t(`result.${state.notice}`) : null;
  const footer = <DialogActions formId={formId} confirmLabel={t('dialog.submit')} onCancel={onClose} busy={busy} />;

  return (
    <Dialog open wide title={t('dialog.title')} onClose={onClose} footer={footer}>
      <form id={formId} className="export-form" onSubmit={run} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
        <OneOf
          legend={t('dialog.format')}
          options={EXPORT_FORMATS}
          value={form.format}
          onChange={(format) => set('format', format)}
          label={(format) => t(`format.${format}`)}
          hint={(format) => t(format === 'pdf' && browser ? 'format.pdfHintBrowser' : `format.${format}Hint`)}
          autoFocus
        />
        <OneOf
          legend={t('dialog.zone')}
          options={ZONE_CHOICES}
          value={form.zoneChoice}
          onChange={(choice) => set('zoneChoice', choice)}
          label={(choice) => t(`zone.${choice}`, { zone: choice === 'incident' ? zones.incident : zones.mine })}
        >
          {form.zoneChoice === 'other' && (
            <Field label={t('zone.otherLabel')}>
              <select value={form.otherZone} onChange={(event) => set('otherZone', event.target.value)}>
                {timeZones().map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <p className="field-hint">{t('dialog.zoneHint')}</p>
        </OneOf>
        <fieldset className="export-group">
          <legend>{t('dialog.range')}</legend>
          <div className="row export-range">
            <Field label={t('dialog.rangeFrom')}>
              <input type="datetime-local" value={form.from} onChange={(event) => set('from', event.target.value)} />
            </Field>
            <Field label={t('dialog.rangeTo')}>
              <input type="datetime-local" value={form.to} onChange={(event) => set('to', event.target.value)} />
            </Field>
          </div>
          <p className="field-hint">{t('dialog.rangeHint')}</p>
        </fieldset>
        <AnyOf
          legend={t('dialog.kinds')}
          hint={t('dialog.kindsHint')}
          options={ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`log:kind.${kind}`) }))}
          chosen={form.kinds}
          onToggle={(kind, on) => set('kinds', toggle(form.kinds, kind as (typeof ENTRY_KINDS)[number], on))}
        />
        <AnyOf
          legend={t('dialog.authors')}
          hint={t('dialog.authorsHint')}
          empty={t('dialog.authorsNone')}
          options={log.authors.map((name) => ({ value: name, label: name }))}
          chosen={form.authors}
          onToggle={(name, on) => set('authors', toggle(form.authors, name, on))}
        />
        <AnyOf
          legend={t('dialog.systems')}
          hint={t('dialog.systemsHint')}
          empty={t('dialog.systemsNone')}
          options={systems.map((system) => ({ value: system.id, label: system.name }))}
          chosen={form.systems}
          onToggle={(id, on) => set('systems', toggle(form.systems, id, on))}
        />
        <OneOf legend={t('dialog.history')} options={['current', 'full'] as const} value={form.history} onChange={(history) => set('history', history)} label={(h) => t(`history.${h}`)} />
        <OneOf
          legend={t('dialog.retracted')}
          options={['show', 'hide'] as const}
          value={form.retracted}
          onChange={(retracted) => set('retracted', retracted)}
          label={(r) => t(`retracted.${r}`)}
        />
        <p role="status" className="export-summary">
          {shown === null ? t('dialog.summaryLoading') : t('dialog.summary', { shown, total: log.threads.length })}
        </p>
        <p className="field-hint">{t('dialog.keys')}</p>
        <div ref={outcome} className="export-outcome">
          {notice && (
            <p className="export-notice" role="status">
              {notice}
            </p>
          )}
          <ErrorText error={error ?? state.error} />
        </div>
      </form>
    </Dialog>
  );
}
