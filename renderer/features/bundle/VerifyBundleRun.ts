// One run of verifyBundle over a chosen file, with progress and cancel: the state the Verify
// bundle screen and the import dialog both show. Verification reads the file and writes nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { verifyBundle, type BundleVerification, type VerifyProgress } from '../../../shared/bundle/verify';
import { errorCode } from '../../components/ErrorText';

export type BundleRunState =
  | { phase: 'idle' }
  | { phase: 'verifying'; file: File; progress: VerifyProgress | null }
  | { phase: 'done'; file: File; verification: BundleVerification<File> }
  | { phase: 'cancelled'; file: File }
  | { phase: 'error'; file: File; error: unknown };

/** Progress arrives per inflated chunk; a few repaints a second are enough to show it moving. */
const REPAINT_MS = 100;

export function useBundleVerification() {
  const [state, setState] = useState<BundleRunState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  // Leaving the screen stops the reading.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (file: File) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const current = () => running.current === controller;
    setState({ phase: 'verifying', file, progress: null });
    let shownAt = -Infinity;
    const onProgress = (progress: VerifyProgress) => {
      const now = performance.now();
      if (progress.phase === 'reading' && now - shownAt < REPAINT_MS) return;
      shownAt = now;
      if (current()) setState({ phase: 'verifying', file, progress });
    };
    try {
      const verification = await verifyBundle(file, { onProgress, signal: controller.signal });
      if (current()) setState({ phase: 'done', file, verification });
    } catch (error) {
      if (current()) setState(errorCode(error) === 'bundle.cancelled' ? { phase: 'cancelled', file } : { phase: 'error', file, error });
    } finally {
      if (current()) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ phase: 'idle' });
  }, []);
  return { state, start, cancel, reset };
}
