// "Start checklist": a template, and whom it is for. Starting for several systems
// starts one run per system, so each host's progress is tracked on its own.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, useSystems, useTemplates, type StoredTemplate } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText, formError } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { TemplatePicker } from './TemplatePicker';
import { TargetPicker, modeFor, type Target } from './TargetPicker';
import { useChecklistTexts } from './checklistTexts';

export interface StartRunDialogProps {
  incident: Incident;
  /** Preticked when the view is opened for one system. */
  systemId: string | null;
  onClose(): void;
  onStarted(runId: string): void;
}

/** A run copies the template itself, without the library's bookkeeping. */
function templateOnly(template: ChecklistTemplate | StoredTemplate): ChecklistTemplate {
  if (!('basedOn' in template)) return template;
  const { basedOn: _basedOn, updatedAt: _updatedAt, ...rest } = template;
  return rest;
}

export function StartRunDialog({ incident, systemId, onClose, onStarted }: StartRunDialogProps) {
  const { t } = useTranslation('checklists');
  const texts = useChecklistTexts();
  const formId = useId();
  const templates = useTemplates();
  const systems = useSystems(incident.id);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [target, setTarget] = useState<Target>({ mode: systemId ? 'systems' : 'incident', systemIds: systemId ? [systemId] : [] });
  const all: readonly ChecklistTemplate[] = templates ? [...templates.builtIn, ...templates.own] : [];
  const template = all.find((candidate) => candidate.id === (chosenId ?? all[0]?.id)) ?? null;
  const mode = template ? modeFor(template.scope, target.mode) : target.mode;
  const chosenSystems = mode === 'systems' ? (systems ?? []).filter((system) => target.systemIds.includes(system.id)) : [];

  const { busy, error, run } = useFormAction(async () => {
    if (!template) throw formError('checklist.templateRequired');
    if (mode === 'systems' && chosenSystems.length === 0) throw formError('checklist.systemRequired');
    const targets = mode === 'systems' ? chosenSystems.map((system) => ({ id: system.id, name: system.name })) : [null];
    let first: string | null = null;
    for (const target of targets) {
      const started = await notebook.startRun({
        incidentId: incident.id,
        template: templateOnly(template),
        systemId: target?.id ?? null,
        text: texts.startedText(template.title, target?.name ?? null),
      });
      first ??= started.id;
    }
    if (first) onStarted(first);
  });

  const count = Math.max(1, chosenSystems.length);
  const footer = (
    <DialogActions formId={formId} confirmLabel={count > 1 ? t('start.confirmMany', { count }) : t('start.confirm')} onCancel={onClose} busy={busy} />
  );
  return (
    <Dialog open wide title={t('start.title')} onClose={onClose} footer={footer}>
      <form id={formId} className="cl-start-form" onSubmit={run} noValidate aria-busy={busy}>
        {templates === undefined ? (
          <p className="muted">{t('start.loading')}</p>
        ) : (
          <TemplatePicker builtIn={templates.builtIn} own={templates.own} value={template?.id ?? null} onChange={setChosenId} />
        )}
        {template && <TargetPicker scope={template.scope} systems={systems ?? []} value={{ ...target, mode }} onChange={setTarget} />}
        <ErrorText error={error} />
      </form>
    </Dialog>
  );
}
