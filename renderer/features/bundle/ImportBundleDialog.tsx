// Import another responder's bundle: choose or drop the .zip, verify it in full (progress,
// cancel), read the report and what the bundle holds, then merge it into its own incident and
// see what was added. Nothing is written unless every check passes and the responder confirms.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, useDeviceIdentity, useIncidents, type ImportSummary, type IncidentVerification } from '../../data';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { ErrorText } from '../../components/ErrorText';
import { useFormAction } from '../../components/useFormAction';
import { ImportBundleContents } from './ImportBundleContents';
import { ImportSummaryView } from './ImportSummaryView';
import { importPlan, planTarget, type ImportPlan } from './ImportTarget';
import { useBundleVerification } from './VerifyBundleRun';
import { VerifyFileChooser } from './VerifyFileChooser';
import { VerifyProgressPanel } from './VerifyProgressPanel';
import { VerifyReport } from './VerifyReport';
import './VerifyBundle.css';

export interface ImportBundleDialogProps {
  /** The incident the dialog was opened in; null outside one. */
  incident: Incident | null;
  onClose(): void;
  /** Runs once the merge is written; the dialog stays on its summary until closed. */
  onImported?(summary: ImportSummary): void;
}

interface Outcome {
  summary: ImportSummary;
  check?: IncidentVerification;
  checkError?: unknown;
}

export function ImportBundleDialog({ incident, onClose, onImported }: ImportBundleDialogProps) {
  const { t } = useTranslation('bundle');
  const formId = useId();
  const { state, start, cancel, reset } = useBundleVerification();
  const device = useDeviceIdentity();
  const ourDeviceId = device?.deviceId ?? null;
  const contents = state.phase === 'done' ? state.verification.contents : null;
  // All incidents, not useIncident(id): a query keyed by an id that changes answers with the
  // previous id's result until the new one arrives, which would offer "new" for a known incident.
  const incidents = useIncidents();
  // Shown once this notebook's side is known: whether it has the incident, and which device is ours.
  const plan =
    contents && incidents !== undefined && device !== undefined
      ? importPlan(incident, contents.timeline.incident, incidents.find((i) => i.id === contents.timeline.incident.id) ?? null)
      : null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importing = useFormAction(async () => {
    if (!contents || !plan) return;
    const summary = await notebook.importBundle(contents, planTarget(plan));
    setOutcome({ summary });
    onImported?.(summary);
    // The merged log is checked at once: every device's chain must still verify.
    notebook.verifyIncidentLog(summary.incidentId).then(
      (check) => setOutcome((last) => last && { ...last, check }),
      (checkError: unknown) => setOutcome((last) => last && { ...last, checkError }),
    );
  });

  const choose = (file: File) => {
    importing.setError(null);
    void start(file);
  };
  const close = () => {
    if (state.phase === 'verifying') cancel();
    else if (!importing.busy) onClose();
  };

  let body: ReactNode;
  let footer: ReactNode = (
    <button type="button" className="btn" onClick={close}>
      {t('import.close')}
    </button>
  );
  if (outcome && contents) {
    body = <ImportSummaryView summary={outcome.summary} signature={contents.signature} ourDeviceId={ourDeviceId} check={outcome.check} checkError={outcome.checkError} />;
    footer = (
      <button type="button" className="btn btn-primary" onClick={onClose}>
        {t('import.done')}
      </button>
    );
  } else if (state.phase === 'verifying') {
    body = <VerifyProgressPanel fileName={state.file.name} progress={state.progress} onCancel={cancel} />;
    footer = (
      <button type="button" className="btn" onClick={cancel}>
        {t('verify.progress.cancel')}
      </button>
    );
  } else if (contents && plan && state.phase === 'done') {
    body = (
      <form id={formId} onSubmit={importing.run}>
        <VerifyReport verification={state.verification} fileName={state.file.name} />
        <ImportBundleContents contents={contents} ourDeviceId={ourDeviceId} />
        <PlanExplanation plan={plan} open={incident} bundleTitle={contents.timeline.incident.title} />
        <ErrorText error={importing.error} />
        <button type="button" className="btn-link" onClick={reset}>
          {t('verify.choose.another')}
        </button>
      </form>
    );
    footer = <DialogActions formId={formId} confirmLabel={confirmLabel(t, plan, incident)} onCancel={close} busy={importing.busy} />;
  } else {
    body = (
      <>
        <p className="field-hint">{t('import.intro')}</p>
        <VerifyFileChooser onFile={choose} label={state.phase === 'idle' ? undefined : t('verify.choose.another')} />
        {state.phase === 'cancelled' && <p role="status">{t('verify.cancelled', { name: state.file.name })}</p>}
        {state.phase === 'error' && <ErrorText error={state.error} />}
        {state.phase === 'done' && (
          <>
            <VerifyReport verification={state.verification} fileName={state.file.name} />
            {!state.verification.ok && <p className="vb-nothing">{t('import.nothingImported')}</p>}
          </>
        )}
      </>
    );
  }
  return (
    <Dialog open wide title={t('import.title')} onClose={close} footer={footer}>
      {body}
    </Dialog>
  );
}

function confirmLabel(t: ReturnType<typeof useTranslation>['t'], plan: ImportPlan, open: Incident | null): string {
  if (plan.kind === 'new') return t('import.asNew');
  return open && !plan.elsewhere ? t('import.intoThis') : t('import.intoNamed', { title: plan.title });
}

function PlanExplanation({ plan, open, bundleTitle }: { plan: ImportPlan; open: Incident | null; bundleTitle: string }) {
  const { t } = useTranslation('bundle');
  return (
    <div className="vb-plan">
      {plan.elsewhere && open && <p className="field-hint warn">{t('import.plan.otherIncident', { bundleTitle, openTitle: open.title })}</p>}
      <p className="field-hint">{plan.kind === 'new' ? t('import.plan.new', { title: bundleTitle }) : t('import.plan.merge', { title: plan.title })}</p>
    </div>
  );
}
