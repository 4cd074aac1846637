// @vitest-environment happy-dom
// Export… the timeline: the responder picks a format and what goes in, the file is built
// from the notebook and handed to platform().saveFile; a PDF is printed by main where there
// is one and through the browser's print dialog where there is not.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { getIncident } from '../../../renderer/data/repositories/incidents.read';
import { i18next } from '../../../renderer/i18n';
import { ExportTimelineButton } from '../../../renderer/features/export/ExportTimelineButton';
import { freshNotebook, tearDown, withResponder } from './notebookHarness';

type SaveRequest = { suggestedName: string; mime: string; body: Blob | ReadableStream<Uint8Array> };
const host = vi.hoisted(() => ({
  saveFile: null as unknown as ReturnType<typeof vi.fn>,
  printToPdf: null as null | ((html: string) => Promise<Uint8Array>),
}));
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({ kind: 'bridge', saveFile: host.saveFile, printToPdf: host.printToPdf, getInfo: async () => ({ name: 'Lantern', version: '0.1.0' }) }),
  appIdentity: async () => ({ name: 'Lantern', version: '0.1.0' }),
}));

let incident: Incident;
const saves: { request: SaveRequest; text: string }[] = [];

beforeEach(async () => {
  await freshNotebook();
  await withResponder();
  const created = await notebook.createIncident({ title: 'Ransomware at Tokyo DC', code: 'IR-2026-014', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [] });
  incident = (await getIncident(appDb, created.id))!;
  saves.length = 0;
  host.saveFile = vi.fn(async (request: SaveRequest) => {
    saves.push({ request, text: await (request.body as Blob).text() });
    return { saved: true, name: request.suggestedName };
  });
  host.printToPdf = null;
  const at = (h: number) => ({ occurredAt: `2026-11-23T0${h}:00:00.000Z`, occurredZone: 'Asia/Tokyo', occurredPrecision: 'exact' as const });
  await notebook.appendEntry({ incidentId: incident.id, kind: 'observation', body: null, text: 'FS01 shares encrypted, "README.txt" everywhere', tags: ['fs01'], ...at(1) });
  await notebook.appendEntry({ incidentId: incident.id, kind: 'decision', body: null, text: '=cmd|calc: isolate the VPN gateway', tags: [], ...at(2) });
  await notebook.appendEntry({ incidentId: incident.id, kind: 'note', body: null, text: '警察へ連絡済み', tags: [], ...at(3) });
});
afterEach(tearDown);

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function openDialog(name = 'Export timeline') {
  render(<ExportTimelineButton incident={incident} />);
  fireEvent.click(screen.getByRole('button', { name: i18next.language === 'ja' ? 'エクスポート…' : 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name });
  // The count appears once the whole log is in memory.
  await waitFor(() => expect(within(dialog).getByText(/entries will be exported|件を書き出します/)).toBeTruthy());
  return dialog;
}

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('ExportTimelineButton', () => {
  test('exports a CSV through platform().saveFile: BOM, every entry, formula text neutralised, saved name shown', async () => {
    const dialog = await openDialog();
    expect(within(dialog).getByText('3 of 3 entries will be exported.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^CSV/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const [{ request, text }] = saves;
    expect(request.suggestedName).toMatch(/^IR-2026-014-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(request.mime).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFFentry_id,')).toBe(true);
    const [header, ...rows] = csvRows(text);
    const texts = rows.map((row) => row[header!.indexOf('text')]);
    expect(texts).toContain('FS01 shares encrypted, "README.txt" everywhere');
    expect(texts).toContain("'=cmd|calc: isolate the VPN gateway");
    expect(texts).toContain('警察へ連絡済み');
    expect(rows.map((row) => row[header!.indexOf('event_time')])).toContain('2026-11-23T10:00:00+09:00');
    expect(await within(dialog).findByText(`Saved as ${request.suggestedName}.`)).toBeTruthy();
  });

  test('applies the options: kinds, zone and full history', async () => {
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^JSON/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'UTC' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Decision' }));
    expect(within(dialog).getByText('1 of 3 entries will be exported.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Full history/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(host.saveFile).toHaveBeenCalled());
    const json = JSON.parse(saves[0]!.text) as { options: { zone: string; kinds: string[]; history: string }; entries: { kind: string; eventTime: string; hash: string }[] };
    expect(json.options).toMatchObject({ zone: 'UTC', kinds: ['decision'], history: 'full' });
    expect(json.entries.map((entry) => [entry.kind, entry.eventTime])).toEqual([['decision', '2026-11-23T02:00:00+00:00']]);
    expect(json.entries[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('refuses a time range that ends before it starts, and saves nothing', async () => {
    const dialog = await openDialog();
    change(within(dialog).getByLabelText('From'), '2026-11-23T12:00');
    change(within(dialog).getByLabelText('To'), '2026-11-23T09:00');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByText('The end of the time range is before its start.')).toBeTruthy();
    expect(host.saveFile).not.toHaveBeenCalled();
  });

  test('says so when the save dialog is closed', async () => {
    host.saveFile = vi.fn(async () => ({ saved: false, name: null }));
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Markdown/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByText('Not saved: the save dialog was closed.')).toBeTruthy();
  });

  test('brings what became of the export into sight, below the options the form reopens at', async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    try {
      const dialog = await openDialog();
      expect(scrolled).toEqual([]);
      fireEvent.click(within(dialog).getByRole('radio', { name: /^Markdown/ }));
      fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
      const saved = await within(dialog).findByText(/^Saved as IR-2026-014-timeline-.*\.md\.$/);
      await waitFor(() => expect(scrolled.some((element) => element.contains(saved))).toBe(true));
    } finally {
      scrollIntoView.mockRestore();
    }
  });

  test('prints a PDF through main and saves the bytes', async () => {
    const printed: string[] = [];
    host.printToPdf = vi.fn(async (html: string) => {
      printed.push(html);
      return new TextEncoder().encode('%PDF-1.7 report');
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' })); // PDF is the default

    await waitFor(() => expect(host.saveFile).toHaveBeenCalled());
    expect(printed[0]).toContain('<h2 id="timeline">Timeline</h2>');
    expect(printed[0]).not.toMatch(/<script/i);
    expect(saves[0]!.request).toMatchObject({ mime: 'application/pdf', suggestedName: expect.stringMatching(/\.pdf$/) });
    expect(saves[0]!.text).toBe('%PDF-1.7 report');
  });

  test('in a browser, opens the report for the print dialog instead', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    const dialog = await openDialog();
    expect(within(dialog).getByText(/choose “Save as PDF” as the printer/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));

    const preview = await screen.findByRole('region', { name: 'Timeline report, print preview' });
    await waitFor(() => expect(print).toHaveBeenCalled());
    const report = preview.querySelector('.report-print-page')!.shadowRoot!;
    expect(report.querySelector('h1')!.textContent).toBe('Ransomware at Tokyo DC');
    expect(report.textContent).toContain('警察へ連絡済み');
    expect(screen.queryByRole('dialog', { name: 'Export timeline' })).toBeNull();
    expect(host.saveFile).not.toHaveBeenCalled();
    fireEvent.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Timeline report, print preview' })).toBeNull();
  });

  test('speaks Japanese, and so does the report it writes', async () => {
    await i18next.changeLanguage('ja');
    const dialog = await openDialog('タイムラインのエクスポート');
    expect(within(dialog).getByText('3件中3件を書き出します。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^HTML 報告書/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'エクスポート' }));

    await waitFor(() => expect(host.saveFile).toHaveBeenCalled());
    const html = saves[0]!.text;
    expect(html).toContain('<html lang="ja">');
    for (const heading of ['起算点', '報告・通知期限', 'タイムライン', '意思決定', '証拠一覧', '完全性：ハッシュチェーン']) expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain('時刻の表記方針');
    expect(await within(dialog).findByText(/として保存しました。$/)).toBeTruthy();
  });
});
