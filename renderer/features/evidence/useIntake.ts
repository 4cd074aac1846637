// Takes files into the locker one at a time: detect the type from the first bytes,
// hash the whole file in the worker (progress, cancel), then store it as the next item.
// Each file is its own transaction: a cancelled or refused file stores nothing and
// stops the run, so the responder decides whether to try it again or skip it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { DETECTION_BYTES, detectFileType } from '../../../shared/evidence/magic';
import { CodedError } from '../../../shared/result';
import { notebook } from '../../data';
import { errorCode } from '../../components/ErrorText';
import { hashBlob, type HashProgress } from '../../evidence/hashFile';
import { useEvidenceTexts } from './evidenceTexts';
import type { IntakePlan } from './intakeDraft';

export type IntakeStatus =
  | { state: 'waiting' }
  | { state: 'hashing'; progress: HashProgress | null }
  | { state: 'storing' }
  | { state: 'done'; item: EvidenceItem }
  | { state: 'cancelled' }
  | { state: 'failed'; error: unknown }
  | { state: 'skipped' };

export interface IntakeJob extends IntakePlan {
  /** A File from the picker or a drop: read in slices, never whole. */
  file: Blob & { name: string };
}

/** Only the head, for magic-byte detection: the whole file is never in renderer memory. */
async function readHead(file: Blob): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, DETECTION_BYTES).arrayBuffer());
  } catch (error) {
    throw new CodedError('evidence.hashFailed', String(error));
  }
}

export function useIntake(incidentId: string) {
  const texts = useEvidenceTexts();
  const [statuses, setStatuses] = useState<readonly IntakeStatus[]>([]);
  const current = useRef<readonly IntakeStatus[]>([]);
  const jobs = useRef<readonly IntakeJob[]>([]);
  const controller = useRef<AbortController | null>(null);
  const [running, setRunning] = useState(false);
  const runningRef = useRef(false);

  const update = useCallback((index: number, status: IntakeStatus) => {
    current.current = current.current.with(index, status);
    setStatuses(current.current);
  }, []);

  // Closing the view mid-hash stops the work; nothing is stored for that file.
  useEffect(() => () => controller.current?.abort(), []);

  const intakeOne = async (index: number): Promise<boolean> => {
    const job = jobs.current[index]!;
    const abort = new AbortController();
    controller.current = abort;
    update(index, { state: 'hashing', progress: null });
    try {
      const head = await readHead(job.file);
      if (abort.signal.aborted) throw new CodedError('evidence.cancelled', 'cancelled before hashing');
      const detected = detectFileType(head, job.file.size);
      const sha256 = await hashBlob(job.file, { signal: abort.signal, onProgress: (progress) => update(index, { state: 'hashing', progress }) });
      update(index, { state: 'storing' });
      const item = await notebook.addEvidence({
        incidentId,
        file: job.file,
        originalName: job.file.name,
        sha256,
        detectedType: { mime: detected.mime, label: detected.label },
        description: job.description,
        collection: job.collection,
        text: (itemNumber) => texts.collected(itemNumber, job.description.description, job.file.name, sha256),
      });
      update(index, { state: 'done', item });
      return true;
    } catch (error) {
      update(index, errorCode(error) === 'evidence.cancelled' ? { state: 'cancelled' } : { state: 'failed', error });
      return false;
    } finally {
      controller.current = null;
    }
  };

  /** Works through the waiting files in order, stopping at the first one cancelled or refused. */
  const runWaiting = async (): Promise<void> => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    try {
      for (let index = 0; index < jobs.current.length; index++) {
        if (current.current[index]?.state !== 'waiting') continue;
        if (!(await intakeOne(index))) break;
      }
    } finally {
      runningRef.current = false;
      setRunning(false);
    }
  };

  return {
    statuses,
    running,
    start(next: readonly IntakeJob[]): void {
      jobs.current = next;
      current.current = next.map(() => ({ state: 'waiting' }));
      setStatuses(current.current);
      void runWaiting();
    },
    /** Stops the file being hashed; a file already being stored completes (its transaction is short). */
    cancel: () => controller.current?.abort(),
    retry(index: number): void {
      update(index, { state: 'waiting' });
      void runWaiting();
    },
    skip(index: number): void {
      update(index, { state: 'skipped' });
      void runWaiting();
    },
  };
}
