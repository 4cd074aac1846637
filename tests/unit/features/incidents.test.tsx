// @vitest-environment happy-dom
// Incidents: opening one with its clock anchors, the list, and the header's
// actions, each of which must leave a decision or note in the log.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { notebook, useIncident } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { getIncident, listIncidents } from '../../../renderer/data/repositories/incidents.read';
import { IncidentList } from '../../../renderer/features/incidents/IncidentList';
import { NewIncidentDialog } from '../../../renderer/features/incidents/NewIncidentDialog';
import { IncidentHeader } from '../../../renderer/features/incidents/IncidentHeader';
import { IncidentView } from '../../../renderer/features/incidents/IncidentView';

// The log screen is another feature's, with its own tests; here it only has to be placed.
vi.mock('../../../renderer/features/log/LogView', () => ({
  LogView: ({ incident }: { incident: Incident }) => <section aria-label="Log">{incident.id}</section>,
}));
import { i18next } from '../../../renderer/i18n';
import { freshNotebook, tearDown, withResponder } from './notebookHarness';

beforeEach(async () => {
  await freshNotebook();
  await withResponder();
});
afterEach(tearDown);

const openIncident = (title = 'Ransomware on file servers', extra: Partial<Parameters<typeof notebook.createIncident>[0]> = {}) =>
  notebook.createIncident({ title, code: 'IR-2026-014', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [], ...extra });

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('NewIncidentDialog', () => {
  test('creates the incident with a became-aware time and one decision entry', async () => {
    const onCreated = vi.fn();
    render(<NewIncidentDialog open onClose={() => {}} onCreated={onCreated} />);
    const dialog = screen.getByRole('dialog', { name: 'New incident' });
    change(within(dialog).getByLabelText(/title/i), 'Ransomware on file servers');
    change(within(dialog).getByLabelText('Reference code'), 'IR-2026-014');
    change(within(dialog).getByLabelText('Severity'), 'critical');
    change(within(dialog).getByLabelText('Incident time zone'), 'Asia/Tokyo');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Record when we became aware' }));
    const aware = within(dialog).getByRole('group', { name: 'Became aware at' });
    fireEvent.click(within(aware).getByRole('checkbox', { name: /now/i }));
    change(within(aware).getByLabelText('Date and time'), '2026-11-23T09:30');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create incident' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const [incident] = await listIncidents(appDb);
    expect(onCreated).toHaveBeenCalledWith(incident!.id);
    expect(incident).toMatchObject({
      title: 'Ransomware on file servers',
      code: 'IR-2026-014',
      severity: 'critical',
      timeZone: 'Asia/Tokyo',
      detectedAt: null,
      becameAwareAt: '2026-11-23T00:30:00.000Z',
    });
    const entries = await allEntries(appDb, incident!.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'decision',
      occurredAt: '2026-11-23T00:30:00.000Z',
      occurredZone: 'Asia/Tokyo',
      occurredPrecision: 'minute',
      text: 'Became aware: 2026-11-23 09:30 +09:00 (Asia/Tokyo)',
      data: { anchor: 'became-aware' },
    });
    // The form is ready for the next incident.
    expect(within(dialog).getByLabelText(/title/i)).toHaveProperty('value', '');
  });

  test('writes the decision text in the language on screen', async () => {
    await i18next.changeLanguage('ja');
    const onCreated = vi.fn();
    render(<NewIncidentDialog open onClose={() => {}} onCreated={onCreated} />);
    const dialog = screen.getByRole('dialog', { name: '新規インシデント' });
    change(within(dialog).getByLabelText(/件名/), '受注システム停止');
    change(within(dialog).getByLabelText('インシデントのタイムゾーン'), 'Asia/Tokyo');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '検知時刻を記録' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'インシデントを作成' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const [incident] = await listIncidents(appDb);
    const [entry] = await allEntries(appDb, incident!.id);
    expect(entry?.text).toMatch(/^検知：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+09:00 \(Asia\/Tokyo\)$/);
    expect(incident?.detectedAt).toBe(entry?.occurredAt);
  });

  test('refuses an incident without a title and writes nothing', async () => {
    const onCreated = vi.fn();
    render(<NewIncidentDialog open onClose={() => {}} onCreated={onCreated} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create incident' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/title is required/i);
    expect(onCreated).not.toHaveBeenCalled();
    expect(await listIncidents(appDb)).toEqual([]);
  });

  test('asks for a date and time when "now" is unticked and none is given', async () => {
    render(<NewIncidentDialog open onClose={() => {}} onCreated={() => {}} />);
    change(screen.getByLabelText(/title/i), 'VPN compromise');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Record detection time' }));
    const detected = screen.getByRole('group', { name: 'Detected at' });
    fireEvent.click(within(detected).getByRole('checkbox', { name: /now/i }));
    change(within(detected).getByLabelText('Date and time'), '');
    fireEvent.click(screen.getByRole('button', { name: 'Create incident' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/enter a date and time/i);
    expect(await listIncidents(appDb)).toEqual([]);
  });
});

describe('IncidentList', () => {
  test('offers to create the first incident when there is none', async () => {
    const onCreate = vi.fn();
    render(<IncidentList onOpen={() => {}} onCreate={onCreate} />);
    expect(await screen.findByRole('heading', { name: 'No incidents yet' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New incident' }));
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  test('lists open incidents before closed ones and opens a row on click', async () => {
    const old = await openIncident('Phishing wave', { code: 'IR-2026-001', severity: 'low' });
    await notebook.setIncidentStatus(old.id, 'closed', 'Incident closed.');
    const current = await openIncident('Ransomware on file servers', {
      anchors: [{ anchor: 'detected', occurredAt: '2026-11-23T00:30:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'Detected' }],
    });
    const onOpen = vi.fn();
    render(<IncidentList onOpen={onOpen} onCreate={() => {}} />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('button').textContent)).toEqual(['Ransomware on file servers', 'Phishing wave']);
    expect(within(rows[0]!).getByText('High')).toBeTruthy();
    expect(within(rows[0]!).getByText('Open')).toBeTruthy();
    expect(within(rows[0]!).getByText('2026-11-23 09:30:00')).toBeTruthy();
    expect(within(rows[1]!).getByText('Closed')).toBeTruthy();

    fireEvent.click(within(rows[1]!).getByText('IR-2026-001'));
    expect(onOpen).toHaveBeenLastCalledWith(old.id);
    fireEvent.click(screen.getByRole('button', { name: 'Ransomware on file servers' }));
    expect(onOpen).toHaveBeenLastCalledWith(current.id);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
});

function LiveHeader({ id }: { id: string }) {
  const incident = useIncident(id);
  return incident ? <IncidentHeader incident={incident as Incident} onOpenDeadlines={() => {}} /> : null;
}

describe('IncidentHeader', () => {
  test('closing and reopening each write a decision entry', async () => {
    const incident = await openIncident();
    render(<LiveHeader id={incident.id} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Close incident' }));
    const closeDialog = screen.getByRole('dialog', { name: 'Close incident' });
    change(within(closeDialog).getByLabelText(/note/i), 'Restored from offline backups');
    fireEvent.click(within(closeDialog).getByRole('button', { name: 'Close the incident' }));

    expect(await screen.findByText('This incident is closed.')).toBeTruthy();
    expect(screen.getByText(/entries can still be added/i)).toBeTruthy();
    expect((await getIncident(appDb, incident.id))?.status).toBe('closed');

    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Reopen incident' })).getByRole('button', { name: 'Reopen the incident' }));
    await waitFor(() => expect(screen.queryByText('This incident is closed.')).toBeNull());

    const entries = await allEntries(appDb, incident.id);
    expect(entries.map((e) => [e.kind, e.text])).toEqual([
      ['decision', 'Incident closed: Restored from offline backups'],
      ['decision', 'Incident reopened.'],
    ]);
    expect((await getIncident(appDb, incident.id))?.status).toBe('open');
  });

  test('editing details logs what changed, old and new', async () => {
    const incident = await openIncident('File servers down');
    render(<LiveHeader id={incident.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit incident details' });
    expect(within(dialog).getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
    change(within(dialog).getByLabelText(/title/i), 'Ransomware on file servers');
    change(within(dialog).getByLabelText('Severity'), 'critical');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Ransomware on file servers' })).toBeTruthy();
    const [entry] = await allEntries(appDb, incident.id);
    expect(entry?.text).toBe('Incident details changed: title “File servers down” → “Ransomware on file servers”; severity High → Critical');
    expect(entry?.kind).toBe('decision');
  });

  test('records a missing detection time from the header', async () => {
    const incident = await openIncident();
    render(<LiveHeader id={incident.id} />);
    expect(await screen.findAllByText('not recorded')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Record detection time' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Record detection time' })).getByRole('button', { name: 'Record' }));

    expect(await screen.findByRole('button', { name: 'Change detection time' })).toBeTruthy();
    const [entry] = await allEntries(appDb, incident.id);
    expect(entry).toMatchObject({ kind: 'decision', data: { anchor: 'detected' }, occurredZone: 'Asia/Tokyo' });
    expect(entry?.text).toMatch(/^Detected: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+09:00 \(Asia\/Tokyo\)$/);
    expect((await getIncident(appDb, incident.id))?.detectedAt).toBe(entry?.occurredAt);
  });
});

describe('IncidentView', () => {
  test('shows the header above the log', async () => {
    const incident = await openIncident();
    render(<IncidentView incidentId={incident.id} onMissing={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Ransomware on file servers' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Log' }).textContent).toBe(incident.id);
  });

  test('reports a missing incident once', async () => {
    const onMissing = vi.fn();
    const missingId = '0190a000-0000-7000-8000-000000000000';
    // The shell passes a fresh callback on every render.
    const { rerender } = render(<IncidentView incidentId={missingId} onMissing={() => onMissing()} />);
    await waitFor(() => expect(onMissing).toHaveBeenCalledTimes(1));
    rerender(<IncidentView incidentId={missingId} onMissing={() => onMissing()} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onMissing).toHaveBeenCalledTimes(1);
  });
});
