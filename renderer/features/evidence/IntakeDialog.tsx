// "Add evidence": the custody form for the chosen or dropped files, then the intake
// itself (hash each file, store it as the next item) with progress and cancel.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import type { IncidentSystem } from '../../../shared/domain/system';
import { notebook, useProfile, useSystems } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FreeSpaceNote } from './FreeSpaceNote';
import { IntakeForm } from './IntakeForm';
import { IntakeRun } from './IntakeRun';
import { collectionFor, draftIsComplete, newCollection, newDraft, planFor, type IntakeDraft } from './intakeDraft';
import { useIntake, type IntakeJob } from './useIntake';

export type EvidenceFile = Blob & { name: string };

export interface IntakeDialogProps {
  incident: Incident;
  files: readonly EvidenceFile[];
  onClose(): void;
}

export function IntakeDialog({ incident, files, onClose }: IntakeDialogProps) {
  const { t } = useTranslation('evidence');
  const formId = useId();
  const profile = useProfile();
  const systems = useSystems(incident.id);
  const intake = useIntake(incident.id);
  const [started, setStarted] = useState(false);
  const start = (jobs: IntakeJob[]) => {
    setStarted(true);
    intake.start(jobs);
  };

  // One dialog from form to finish: Escape cancels the file being hashed, and only closes once nothing runs.
  let body: ReactNode;
  let footer: ReactNode;
  if (started) {
    body = <IntakeRun files={files} statuses={intake.statuses} running={intake.running} onCancel={intake.cancel} onRetry={intake.retry} onSkip={intake.skip} />;
    footer = intake.running ? (
      <button type="button" className="btn" onClick={intake.cancel}>
        {t('intake.run.cancel')}
      </button>
    ) : (
      <button type="button" className="btn btn-primary" onClick={onClose}>
        {t('intake.run.close')}
      </button>
    );
  } else if (profile === undefined || systems === undefined) {
    body = <p className="muted">{t('intake.loading')}</p>;
  } else {
    const person = profile ? { name: profile.name, role: profile.role } : null;
    body = <IntakeFormBody formId={formId} incident={incident} files={files} systems={systems} person={person} onStart={start} />;
    footer = <DialogActions formId={formId} confirmLabel={t('intake.submit', { count: files.length })} onCancel={onClose} />;
  }
  return (
    <Dialog open wide title={t('intake.title', { count: files.length })} onClose={() => (intake.running ? intake.cancel() : onClose())} footer={footer}>
      {body}
    </Dialog>
  );
}

interface IntakeFormBodyProps {
  formId: string;
  incident: Incident;
  files: readonly EvidenceFile[];
  systems: readonly IncidentSystem[];
  person: { name: string; role: string } | null;
  onStart(jobs: IntakeJob[]): void;
}

function IntakeFormBody({ formId, incident, files, systems, person, onStart }: IntakeFormBodyProps) {
  const { t } = useTranslation('evidence');
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<IntakeDraft>(() => newDraft(files.length, newCollection(person, incident.timeZone, notebook.now())));
  const [showProblems, setShowProblems] = useState(0);
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);

  // After a refused start, take the responder to the first field that needs them.
  useEffect(() => {
    if (showProblems) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [showProblems]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draftIsComplete(draft)) {
      setShowProblems((n) => n + 1);
      return;
    }
    const now = notebook.now();
    onStart(files.map((file, index) => ({ file, ...planFor(draft.files[index]!, collectionFor(draft, index), now) })));
  };
  return (
    <form id={formId} ref={form} onSubmit={submit} noValidate>
      <p className="field-hint">{t('intake.intro')}</p>
      <FreeSpaceNote totalBytes={totalBytes} />
      <IntakeForm files={files} draft={draft} onChange={setDraft} systems={systems} showProblems={showProblems > 0} />
    </form>
  );
}
