// @vitest-environment happy-dom
// Verifying a large item shows a progress bar with throughput and can be cancelled:
// a cancelled verification records nothing. The hash is held half way so the test can
// watch it; everything else (data layer, custody chain, page) is real.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { CodedError } from '../../../shared/result';
import { appDb } from '../../../renderer/data/app';
import { custodyOf } from '../../../renderer/data/repositories/evidence.read';
import type { HashOptions } from '../../../renderer/evidence/hashFile';
import { addItem, renderItemPage } from './evidenceItemHarness';
import { tearDown, freshIncident } from './notebookHarness';

vi.mock('../../../renderer/evidence/hashFile', () => ({
  /** Reports half the file hashed, then waits for the abort. */
  hashBlob: (blob: Blob, { onProgress, signal }: HashOptions = {}) =>
    new Promise<string>((_, reject) => {
      onProgress?.({ bytes: blob.size / 2, total: blob.size, bytesPerSecond: 2 * 1024 * 1024, secondsLeft: 12 });
      signal?.addEventListener('abort', () => reject(new CodedError('evidence.cancelled', 'hashing was cancelled')), { once: true });
    }),
}));

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(tearDown);

test('progress with throughput and time left, then cancel: nothing is recorded and the page says so', async () => {
  const item = await addItem(incident, new Uint8Array(4 * 1024 * 1024), { name: 'memory.raw', description: { type: 'memory-image' } });
  renderItemPage(incident, item);
  fireEvent.click(await screen.findByRole('button', { name: 'Verify now' }));

  const bar = await screen.findByRole('progressbar', { name: 'Verifying item #1' });
  await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('50'));
  expect(screen.getByText('2 MB of 4 MB')).toBeTruthy();
  expect(screen.getByText('2 MB/s')).toBeTruthy();
  expect(screen.getByText('about 12 sec left')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Verify now' }) as HTMLButtonElement).disabled).toBe(true);

  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('Hashing was cancelled; nothing was stored or changed.')).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
  expect((screen.getByRole('button', { name: 'Verify now' }) as HTMLButtonElement).disabled).toBe(false);
  expect((await custodyOf(appDb, item.id)).map((e) => e.action)).toEqual(['collected']);
});
