// Print views in component tests: happy-dom has no print dialog, so a spy stands in for
// window.print, and a print view is found where PrintOverlay puts it (under <body>).
import { screen, waitFor } from '@testing-library/react';
import { expect, vi, type Mock } from 'vitest';

/** A spy in place of the browser's print dialog; the app must ask for it exactly once. */
export function stubPrintDialog(): Mock<() => void> {
  const print = vi.fn<() => void>();
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

/**
 * The print view named `name`, once shown: straight under <body>, outside the app's own
 * tree (`container`), so print CSS can hide the rest; and the print dialog asked for once.
 */
export async function openedPrintView(name: string, container: HTMLElement, print: Mock<() => void>): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name });
  expect(region.parentElement).toBe(document.body);
  expect(container.contains(region)).toBe(false);
  await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  return region;
}
