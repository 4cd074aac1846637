// "Verify all": re-hashes every stored file of the incident in turn, each result
// recorded as a `verified` custody event (pass or fail) by notebook.verifyEvidence.
// A stored file that is gone, or cannot be read, counts as a failure too.
import { useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { notebook } from '../../data';
import { errorCode } from '../../components/ErrorText';
import { useEvidenceTexts } from './evidenceTexts';

export interface VerifyResult {
  item: EvidenceItem;
  outcome: 'pass' | 'fail' | 'missing' | 'error';
  error?: unknown;
}

export interface VerifyAllState {
  phase: 'idle' | 'running' | 'finished' | 'cancelled';
  /** The item being hashed (0-based) and how many are to be verified. */
  index: number;
  count: number;
  current: EvidenceItem | null;
  bytes: number;
  totalBytes: number;
  bytesPerSecond: number | null;
  secondsLeft: number | null;
  results: readonly VerifyResult[];
}

const IDLE: VerifyAllState = { phase: 'idle', index: 0, count: 0, current: null, bytes: 0, totalBytes: 0, bytesPerSecond: null, secondsLeft: null, results: [] };

export const isFailure = (result: VerifyResult) => result.outcome !== 'pass';

export function useVerifyAll() {
  const texts = useEvidenceTexts();
  const [state, setState] = useState<VerifyAllState>(IDLE);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async (items: readonly EvidenceItem[]): Promise<void> => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const totalBytes = items.reduce((sum, item) => sum + item.size, 0);
    const started = performance.now();
    const results: VerifyResult[] = [];
    let before = 0;
    const progress = (index: number, bytes: number): Partial<VerifyAllState> => {
      const seconds = (performance.now() - started) / 1000;
      const done = before + bytes;
      const bytesPerSecond = seconds > 0 && done > 0 ? done / seconds : null;
      return { index, current: items[index] ?? null, bytes: done, bytesPerSecond, secondsLeft: bytesPerSecond ? (totalBytes - done) / bytesPerSecond : null };
    };
    setState({ ...IDLE, phase: 'running', count: items.length, totalBytes, current: items[0] ?? null });
    let phase: VerifyAllState['phase'] = 'finished';
    for (const [index, item] of items.entries()) {
      setState((s) => ({ ...s, ...progress(index, 0) }));
      try {
        const { result } = await notebook.verifyEvidence(item.id, texts.verified, {
          signal: abort.signal,
          onProgress: ({ bytes }) => setState((s) => ({ ...s, ...progress(index, bytes) })),
        });
        results.push({ item, outcome: result });
      } catch (error) {
        const code = errorCode(error);
        if (code === 'evidence.cancelled') {
          phase = 'cancelled';
          break;
        }
        results.push({ item, outcome: code === 'evidence.blobMissing' ? 'missing' : 'error', error });
      }
      before += item.size;
      setState((s) => ({ ...s, results: [...results] }));
    }
    controller.current = null;
    setState((s) => ({ ...s, phase, current: null, results: [...results] }));
  };

  return {
    state,
    run,
    cancel: () => controller.current?.abort(),
    dismiss: () => setState(IDLE),
  };
}
