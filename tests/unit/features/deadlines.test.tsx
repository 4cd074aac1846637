// @vitest-environment happy-dom
// Deadlines: regimes switched on start the clocks from the recorded anchors; due times
// in the incident's zone and the responder's; the clock running past a due time; marking
// met by a communication (chained reports start the next clock); anchors with who decided.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { deadlineStateOf } from '../../../renderer/data/repositories/deadlines.read';
import { i18next } from '../../../renderer/i18n';
import { DeadlinesView } from '../../../renderer/features/deadlines/DeadlinesView';
import { DeadlinesButton } from '../../../renderer/features/deadlines/DeadlinesButton';
import { freshIncident, tearDown } from './notebookHarness';

const HOUR = 3_600_000;
const AWARE = '2026-06-01T01:00:00.000Z'; // Mon 1 Jun 2026 10:00 in Tokyo, 03:00 in Berlin
const at = (hours: number) => new Date(Date.parse(AWARE) + hours * HOUR);
let incident: Incident;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(1));
  vi.spyOn(notebook, 'deviceZone').mockReturnValue('Europe/Berlin');
  incident = await freshIncident({
    anchors: [{ anchor: 'became-aware', occurredAt: AWARE, occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'Became aware: ransom note on FS01' }],
  });
});
afterEach(() => {
  tearDown();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const entries = () => allEntries(appDb, incident.id);
const deadline = (name: string) => screen.findByRole('listitem', { name });
const show = (onOpenEntry = vi.fn()) => render(<DeadlinesView incident={incident} onOpenEntry={onOpenEntry} tickMs={20} />);
const switchOn = async (name: RegExp) => {
  const box = await screen.findByRole('checkbox', { name });
  fireEvent.click(box);
  await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
};
const logEmail = (occurredAt: string, reference: string) =>
  notebook.logCommunication({
    incidentId: incident.id,
    details: { contactId: 'eu-dpa', contactName: 'Data protection authority', channel: 'email', direction: 'outbound', via: '', outcome: 'Report filed', reference, followUp: '' },
    occurredAt, occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', text: 'Sent the breach report to the DPA',
  });

describe('DeadlinesView', () => {
  test('explains what to do before any regime is on', async () => {
    show();
    expect(await screen.findByText('No regimes selected yet')).toBeTruthy();
    expect(screen.getByText(/The incident lead picks the regimes that apply/)).toBeTruthy();
  });

  test('enabling APPI and GDPR shows their due times in the incident zone and the responder zone, and logs each switch', async () => {
    show();
    await switchOn(/^APPI \(Japan, personal data\)/);
    await switchOn(/^GDPR \(EU\)/);

    const gdpr = await deadline('GDPR Art. 33 breach notification');
    expect(gdpr.textContent).toContain('72 hours');
    expect(gdpr.textContent).toContain('2026-06-04 10:00 +09:00');
    expect(gdpr.textContent).toContain('Asia/Tokyo');
    expect(gdpr.textContent).toContain('2026-06-04 03:00 +02:00');
    expect(gdpr.textContent).toContain('Europe/Berlin');
    expect(gdpr.textContent).toContain('2 d 23 h left');
    expect(within(gdpr).getByText(/Pending/)).toBeTruthy();

    const final30 = await deadline('APPI final report');
    expect(final30.textContent).toContain('30 days');
    expect(final30.textContent).toContain('2026-07-01 10:00 +09:00');
    expect(final30.textContent).toContain('2026-07-01 03:00 +02:00');
    const final60 = await deadline('APPI final report — suspected wrongful purpose (e.g., unauthorised access, ransomware)');
    expect(final60.textContent).toContain('60 days');
    expect(final60.textContent).toContain('2026-07-31 10:00 +09:00');
    expect(final60.textContent).toContain('2026-07-31 03:00 +02:00');
    expect((await deadline('APPI preliminary report')).textContent).toContain('3 days to 5 days (guidance)');
    expect((await deadline('APPI notice to individuals')).textContent).toContain('promptly');

    // The awareness anchor the clocks run from, with who recorded it.
    const anchors = screen.getByRole('region', { name: 'Clock anchors' });
    expect(anchors.textContent).toContain('Became aware');
    expect(anchors.textContent).toContain('recorded by Aiko Sato (Scribe)');

    const texts = (await entries()).filter((e) => e.kind === 'deadline').map((e) => e.text);
    expect(texts).toEqual(['Deadline regime switched on: APPI (Japan, personal data)', 'Deadline regime switched on: GDPR (EU)']);
  });

  test('adds the chosen second zone to each due time', async () => {
    await notebook.writeSetting('secondaryZone', 'UTC');
    await notebook.setRegime(incident.id, 'uk-gdpr', true, 'Deadline regime switched on: UK GDPR');
    show();
    const ico = await deadline('UK GDPR breach report');
    await waitFor(() => expect(ico.textContent).toContain('2026-06-04 01:00 +00:00 UTC'));
    expect(ico.textContent).toContain('2026-06-04 10:00 +09:00 Asia/Tokyo');
    expect(ico.textContent).toContain('2026-06-04 03:00 +02:00 Europe/Berlin');
  });

  test('speaks Japanese: regimes, anchors, offsets, status and time left', async () => {
    await i18next.changeLanguage('ja');
    show();
    expect(await screen.findByText('適用制度がまだ選択されていません')).toBeTruthy();
    await switchOn(/^GDPR（EU）/);
    const gdpr = await deadline('GDPR 第33条 監督機関への通知');
    expect(gdpr.textContent).toContain('72時間');
    expect(gdpr.textContent).toContain('期限内');
    expect(gdpr.textContent).toContain('残り2日23時間');
    expect(gdpr.textContent).toContain('提出先：主監督機関・所管監督機関');
    expect(screen.getByRole('region', { name: '起算点' }).textContent).toContain('認知した時点');
    const [switched] = (await entries()).filter((e) => e.kind === 'deadline');
    expect(switched!.text).toBe('適用制度を追加：GDPR（EU）');
  });

  test('as the clock passes the due time GDPR turns overdue, in the panel and on the header button', async () => {
    await notebook.setRegime(incident.id, 'eu-gdpr', true, 'Deadline regime switched on: GDPR (EU)');
    render(
      <>
        <DeadlinesButton incident={incident} onOpen={() => {}} tickMs={20} />
        <DeadlinesView incident={incident} onOpenEntry={() => {}} tickMs={20} />
      </>,
    );
    const gdpr = await deadline('GDPR Art. 33 breach notification');
    expect(screen.getByRole('button', { name: 'Deadlines' })).toBeTruthy();

    vi.setSystemTime(at(60)); // in the last 18 h
    expect(await screen.findByRole('button', { name: 'Deadlines · 1 due soon' })).toBeTruthy();
    await waitFor(() => expect(gdpr.textContent).toContain('Due soon'));

    vi.setSystemTime(at(75));
    const button = await screen.findByRole('button', { name: /Deadlines · 1 overdue/ });
    expect(button.className).toContain('dl-button-overdue');
    await waitFor(() => expect(gdpr.textContent).toContain('Overdue'));
    expect(gdpr.textContent).toContain('overdue by 3 h 0 min');
    expect(gdpr.className).toContain('dl-item-overdue');
  });

  test('marking GDPR met by a communication shows Met with that entry, which opens in the log', async () => {
    vi.setSystemTime(at(40));
    await notebook.setRegime(incident.id, 'eu-gdpr', true, 'Deadline regime switched on: GDPR (EU)');
    const email = await logEmail(at(30).toISOString(), 'DPA-2026-77');
    await notebook.appendEntry({ incidentId: incident.id, kind: 'note', occurredAt: at(2).toISOString(), occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', body: null, text: 'Counsel says GDPR applies', tags: [] });
    const onOpenEntry = vi.fn();
    show(onOpenEntry);

    const gdpr = await deadline('GDPR Art. 33 breach notification');
    fireEvent.click(within(gdpr).getByRole('button', { name: 'Mark met…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark met: GDPR Art. 33 breach notification' });
    // Nothing chosen yet: the dialog says what to do and writes nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark met' }));
    expect(await within(dialog).findByText('Choose an entry of this incident that met the deadline.')).toBeTruthy();

    const communications = within(dialog).getByRole('group', { name: 'Communications' });
    fireEvent.click(await within(communications).findByRole('radio', { name: /Data protection authority.*ref\. DPA-2026-77/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark met' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(within(gdpr).getByText('Met')).toBeTruthy());
    expect(gdpr.textContent).toContain('Met at 2026-06-02 16:00 +09:00 by Email to Data protection authority (ref. DPA-2026-77)');
    fireEvent.click(within(gdpr).getByRole('button', { name: 'Email to Data protection authority (ref. DPA-2026-77)' }));
    expect(onOpenEntry).toHaveBeenCalledWith(email.id);
    const met = (await entries()).find((e) => e.kind === 'deadline' && e.refs.some((r) => r.id === email.id));
    expect(met!.text).toBe('Deadline met: GDPR Art. 33 breach notification — by: Email to Data protection authority (ref. DPA-2026-77)');

    // Undo, after confirming.
    fireEvent.click(within(gdpr).getByRole('button', { name: 'Undo met…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Undo met: GDPR Art. 33 breach notification' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Undo met' }));
    await waitFor(() => expect(within(gdpr).getByRole('button', { name: 'Mark met…' })).toBeTruthy());
    expect((await entries()).at(-1)!.text).toBe('Deadline no longer marked met: GDPR Art. 33 breach notification');
  });

  test('a note found by search can meet a deadline too', async () => {
    await notebook.setRegime(incident.id, 'uk-gdpr', true, 'Deadline regime switched on: UK GDPR');
    const note = await notebook.appendEntry({ incidentId: incident.id, kind: 'action', occurredAt: at(5).toISOString(), occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute', body: null, text: 'Submitted the ICO breach report online', tags: [] });
    show();
    fireEvent.click(within(await deadline('UK GDPR breach report')).getByRole('button', { name: 'Mark met…' }));
    const dialog = await screen.findByRole('dialog', { name: /Mark met/ });
    expect(await within(dialog).findByText(/No communications logged/)).toBeTruthy();
    change(within(dialog).getByRole('searchbox', { name: 'Search entries' }), 'ico');
    fireEvent.click(within(dialog).getByRole('radio', { name: /Submitted the ICO breach report/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark met' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await deadlineStateOf(appDb, incident.id))!.marks['uk-gdpr-33']).toMatchObject({ entryId: note.id });
  });

  test('marking the NIS2 notification met records its submission, and the final report falls due one month later', async () => {
    await notebook.setRegime(incident.id, 'eu-nis2', true, 'Deadline regime switched on: NIS2 (EU)');
    vi.setSystemTime(at(60));
    const sent = '2026-06-03T08:30:00.000Z'; // 17:30 in Tokyo
    await logEmail(sent, 'CSIRT-5521');
    show();

    const final = await deadline('NIS2 final report');
    expect(final.textContent).toContain('Waiting for: NIS2 72-hour notification submitted');
    fireEvent.click(within(await deadline('NIS2 incident notification')).getByRole('button', { name: 'Mark met…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark met: NIS2 incident notification' });
    expect(within(dialog).getByText(/also records the anchor “NIS2 72-hour notification submitted”/)).toBeTruthy();
    fireEvent.click(await within(dialog).findByRole('radio', { name: /CSIRT-5521/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark met' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(final.textContent).toContain('2026-07-03 17:30 +09:00'));
    expect(final.textContent).not.toContain('Waiting for');
    expect(screen.getByRole('region', { name: 'Clock anchors' }).textContent).toContain('2026-06-03 17:30');
    const anchor = (await entries()).find((e) => e.data?.deadlineAnchor === 'nis2_notification_submitted');
    expect(anchor).toMatchObject({ kind: 'decision', text: 'Clock anchor: NIS2 72-hour notification submitted', occurredAt: sent });
  });

  test('recording an anchor with who decided shows the decider and writes a decision entry', async () => {
    await notebook.setRegime(incident.id, 'eu-dora', true, 'Deadline regime switched on: DORA (EU finance)');
    show();
    const initial = await deadline('DORA initial notification (major ICT incident)');
    // Not classified yet: the 24 h cap from awareness already bounds it.
    expect(initial.textContent).toContain('4 hours, at the latest 24 hours after “Became aware”');
    expect(initial.textContent).toContain('2026-06-02 10:00 +09:00');
    expect(initial.textContent).toContain('“Classified as major” is not recorded yet');

    const anchors = screen.getByRole('region', { name: 'Clock anchors' });
    fireEvent.click(within(anchors).getByRole('button', { name: 'Record… Classified as major' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record: Classified as major' });
    change(within(dialog).getByLabelText('Decided by'), ' K. Tanaka ');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(anchors.textContent).toContain('decided by K. Tanaka'));
    expect(anchors.textContent).toContain('recorded by Aiko Sato (Scribe)');
    // Classified at 11:00 JST: 4 h later is earlier than the cap.
    await waitFor(() => expect(initial.textContent).toContain('2026-06-01 15:00 +09:00'));
    const decision = (await entries()).find((e) => e.data?.deadlineAnchor === 'classification_major');
    expect(decision).toMatchObject({ kind: 'decision', text: 'Clock anchor: Classified as major — decided by K. Tanaka', data: { decidedBy: 'K. Tanaka' } });
  });
});
