// Where an item lives in the page, so a trade-off link can take the responder to
// the item it pulls against.
export const itemElementId = (runId: string, itemId: string): string => `cl-item-${runId}-${itemId}`;

export function focusItem(runId: string, itemId: string): void {
  const element = document.getElementById(itemElementId(runId, itemId));
  if (!element) return;
  element.scrollIntoView?.({ block: 'center' });
  element.focus({ preventScroll: true });
}
