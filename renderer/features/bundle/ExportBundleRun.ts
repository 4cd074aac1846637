// One evidence bundle export: write the signed ZIP while the save dialog streams it to
// disk, then — only once the file is saved — record an "exported" custody event for each
// item whose file went into it. Cancel, or a save dialog closed, records nothing.
import { useEffect, useRef, useState } from 'react';
import { notebook } from '../../data';
import { platform } from '../../platform';
import { buildBundle, type BundleProgress, type BundleSummary } from '../../bundle';
import { errorCode } from '../../components/ErrorText';
import { useCustodyTexts } from '../evidence/item/custodyTexts';

export interface ExportRequest {
  includeEvidence: boolean;
  purpose: string;
}

export interface ExportOutcome {
  fileName: string;
  summary: BundleSummary;
  /** Item numbers whose custody now records the export. */
  recorded: number[];
  /** Disposed items: in the bundle, but their closed chains take no event. */
  disposed: number[];
  failed: { itemNumber: number; error: unknown }[];
}

export type ExportState =
  | { step: 'options'; notice: 'notSaved' | 'cancelled' | null; error: unknown }
  | { step: 'running'; progress: BundleProgress }
  | { step: 'finished'; outcome: ExportOutcome };

const READY: ExportState = { step: 'options', notice: null, error: null };

export function useExportBundle(incidentId: string) {
  const texts = useCustodyTexts();
  const [state, setState] = useState<ExportState>(READY);
  const controller = useRef<AbortController | null>(null);
  // Closing the dialog mid-export stops writing; nothing is recorded for a bundle never saved.
  useEffect(() => () => controller.current?.abort(), []);

  async function record(summary: BundleSummary, fileName: string, purpose: string): Promise<ExportOutcome> {
    const outcome: ExportOutcome = { fileName, summary, recorded: [], disposed: [], failed: [] };
    const details = { destination: fileName, purpose };
    const at = notebook.now().toISOString();
    const zone = notebook.deviceZone();
    for (const item of summary.items) {
      if (item.disposed) {
        outcome.disposed.push(item.itemNumber);
        continue;
      }
      try {
        await notebook.appendCustody(item.id, { action: 'exported', details, at, zone }, texts.exported(item.itemNumber, details));
        outcome.recorded.push(item.itemNumber);
      } catch (error) {
        // Disposed between gathering and saving: the chain closed meanwhile.
        if (errorCode(error) === 'evidence.disposed') outcome.disposed.push(item.itemNumber);
        else outcome.failed.push({ itemNumber: item.itemNumber, error });
      }
    }
    return outcome;
  }

  async function start({ includeEvidence, purpose }: ExportRequest): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'running', progress: { phase: 'preparing', bytes: 0, total: 0 } });
    const onProgress = (progress: BundleProgress) => setState((current) => (current.step === 'running' ? { step: 'running', progress } : current));
    try {
      const built = await buildBundle(incidentId, { includeEvidence, signal: abort.signal, onProgress });
      const saved = await platform().saveFile({ suggestedName: built.name, mime: 'application/zip', body: built.body });
      if (!saved.saved) {
        abort.abort();
        setState({ step: 'options', notice: 'notSaved', error: null });
        return;
      }
      const summary = await built.done;
      setState({ step: 'finished', outcome: await record(summary, saved.name ?? built.name, purpose) });
    } catch (error) {
      const cancelled = abort.signal.aborted;
      abort.abort();
      setState(cancelled ? { step: 'options', notice: 'cancelled', error: null } : { step: 'options', notice: null, error });
    } finally {
      controller.current = null;
    }
  }

  return { state, start, cancel: () => controller.current?.abort() };
}
