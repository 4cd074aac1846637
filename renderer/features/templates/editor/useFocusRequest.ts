// Moves the focus after the next render, when the control it belongs to exists:
// to a newly added item, to a moved row's button, to the issue summary.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface FocusRequest {
  /** Tried in order; the first enabled match gets the focus. */
  selectors: string[];
}

export function useFocusRequest<T extends HTMLElement>() {
  const root = useRef<T>(null);
  const [request, setRequest] = useState<FocusRequest | null>(null);
  useEffect(() => {
    if (!request || !root.current) return;
    for (const selector of request.selectors) {
      const target = root.current.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
  }, [request]);
  const focus = useCallback((...selectors: string[]) => setRequest({ selectors }), []);
  return { root, focus };
}
