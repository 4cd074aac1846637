// @vitest-environment happy-dom
// The timeline looks its rows' fixed words up once per language (not in every row): they
// must still be the words of the language on screen, and change with it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { buildThreads } from '../../../shared/domain/revisions';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { i18next } from '../../../renderer/i18n';
import { Timeline } from '../../../renderer/features/log/Timeline';
import { freshIncident, tearDown } from './notebookHarness';

let incident: Incident;
beforeEach(async () => {
  incident = await freshIncident({ code: '' });
  // happy-dom lays nothing out: the virtualizer is given a window of 800 × 600 to fill.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => ({}) });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  // Both rows fit: the timeline's jump to its newest end stays at the top.
  vi.spyOn(HTMLElement.prototype, 'scrollTop', 'get').mockReturnValue(0);
  // Its ResizeObserver would report happy-dom's empty boxes.
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  tearDown();
});

const noop = () => {};
const entry = (text: string, occurredPrecision: 'exact' | 'approximate' | 'unknown', kind: 'note' | 'decision' = 'note') =>
  notebook.appendEntry({ incidentId: incident.id, kind, occurredAt: '2026-03-02T01:30:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision, body: null, text, tags: [] });

test('rows show their kind, times and buttons in the language on screen, and switch with it', async () => {
  await entry('Ransom note found on FS01', 'approximate');
  await entry('Decided to isolate the file servers', 'unknown', 'decision');
  const { threads } = buildThreads(await allEntries(appDb, incident.id));
  render(<Timeline threads={threads} zone="Asia/Tokyo" secondaryZone={null} clockAnomalies={new Set()} tamperedId={null} highlightId={null} busy={false} onHistory={noop} onCorrect={noop} onRetract={noop} />);

  expect(await screen.findAllByRole('article')).toHaveLength(2);
  const row = (text: string) => screen.getAllByRole('article').find((article) => article.textContent?.includes(text))!;
  const note = row('Ransom note found on FS01');
  const decision = row('Decided to isolate the file servers');
  expect(note.getAttribute('aria-label')).toMatch(/^Note entry #1 by /);
  expect(note.querySelector('.entry-occurred')?.textContent).toBe('≈ 2026-03-02 10:30 +09:00');
  expect(note.querySelector('.entry-recorded')?.textContent).toMatch(/^recorded \d{4}-\d{2}-\d{2} /);
  expect(within(note).getByRole('button', { name: 'History' })).toBeTruthy();
  expect(within(note).getByRole('button', { name: 'Correct' })).toBeTruthy();
  expect(decision.querySelector('.kind')?.textContent).toBe('Decision');
  expect(decision.querySelector('.entry-occurred')?.textContent).toBe('time unknown');

  await act(async () => void (await i18next.changeLanguage('ja')));
  expect(row('Ransom note found on FS01').getAttribute('aria-label')).not.toMatch(/^Note entry/);
  expect(row('Ransom note found on FS01').querySelector('.kind')?.textContent).toBe('メモ');
  expect(row('Ransom note found on FS01').querySelector('.entry-recorded')?.textContent).toMatch(/^記録 \d{4}-\d{2}-\d{2} /);
  expect(within(row('Ransom note found on FS01')).getByRole('button', { name: '履歴' })).toBeTruthy();
  expect(within(row('Ransom note found on FS01')).getByRole('button', { name: '訂正' })).toBeTruthy();
  expect(row('Decided to isolate the file servers').querySelector('.kind')?.textContent).toBe('判断');
  expect(row('Decided to isolate the file servers').querySelector('.entry-occurred')?.textContent).toBe('日時不明');
});
