// @vitest-environment happy-dom
// Custody on the evidence item page: a transfer appends event #2 with its details and a
// log entry; verify passes, then fails once the stored bytes change; disposal closes the
// chain; a custody event altered in the database shows where the chain breaks.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Incident } from '../../../shared/domain/incident';
import { notebook } from '../../../renderer/data';
import { appDb } from '../../../renderer/data/app';
import { custodyOf } from '../../../renderer/data/repositories/evidence.read';
import { allEntries } from '../../../renderer/data/repositories/entries.read';
import { i18next } from '../../../renderer/i18n';
import { addItem, renderItemPage, sha256, storableBlob } from './evidenceItemHarness';
import { tearDown, freshIncident, addSystem } from './notebookHarness';

let incident: Incident;

beforeEach(async () => {
  incident = await freshIncident();
});
afterEach(tearDown);

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const evidenceEntries = async () => (await allEntries(appDb, incident.id)).filter((entry) => entry.kind === 'evidence');
const timeline = () => screen.findByRole('region', { name: /^Custody log/ });

describe('custody actions', () => {
  test('recording a transfer appends custody event #2 with its details and writes the log entry', async () => {
    const item = await addItem(incident, 'YOUR FILES ARE ENCRYPTED');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Record transfer…' }));
    const dialog = screen.getByRole('dialog', { name: 'Record transfer of item #1' });
    await waitFor(() => expect((within(dialog).getByLabelText('Released by') as HTMLInputElement).value).toBe('Aiko Sato'));
    expect((within(dialog).getByLabelText("Releaser's role or organisation") as HTMLInputElement).value).toBe('Scribe');
    change(within(dialog).getByLabelText('Received by'), 'Ken Ito');
    change(within(dialog).getByLabelText("Receiver's role or organisation"), 'Forensic lab');
    change(within(dialog).getByLabelText('Method'), 'Courier');
    change(within(dialog).getByLabelText('Tracking or shipping number'), 'YMT-4471-0923');
    change(within(dialog).getByLabelText('From location'), 'Tokyo DC');
    change(within(dialog).getByLabelText('To location'), 'Lab, Osaka');
    change(within(dialog).getByLabelText('Purpose of the transfer'), 'Malware analysis');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record transfer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const events = await custodyOf(appDb, item.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      seq: 2,
      action: 'transferred',
      zone: 'Asia/Tokyo',
      by: { name: 'Aiko Sato', role: 'Scribe' },
      details: {
        releasedBy: { name: 'Aiko Sato', role: 'Scribe' },
        receivedBy: { name: 'Ken Ito', role: 'Forensic lab' },
        method: 'Courier', tracking: 'YMT-4471-0923', fromLocation: 'Tokyo DC', toLocation: 'Lab, Osaka', purpose: 'Malware analysis',
      },
    });
    expect((await evidenceEntries()).map((e) => e.text)).toEqual([
      'Evidence #1 collected',
      'Evidence #1 transferred: Aiko Sato (Scribe) → Ken Ito (Forensic lab) (Courier); tracking no. YMT-4471-0923; from Tokyo DC; to Lab, Osaka; purpose: Malware analysis',
    ]);
    const rows = within(await timeline()).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('#2');
    expect(rows[1]!.textContent).toContain('Transferred');
    expect(rows[1]!.textContent).toContain('Aiko Sato (Scribe) → Ken Ito (Forensic lab)');
    expect(rows[1]!.textContent).toContain('YMT-4471-0923');
    expect(rows[1]!.textContent).toContain(`hash ${events[1]!.hash.slice(0, 12)}`);
  });

  test('a transfer without a receiver is refused with a message and nothing is recorded', async () => {
    const item = await addItem(incident, 'note');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Record transfer…' }));
    const dialog = screen.getByRole('dialog', { name: 'Record transfer of item #1' });
    await waitFor(() => expect((within(dialog).getByLabelText('Released by') as HTMLInputElement).value).toBe('Aiko Sato'));
    change(within(dialog).getByLabelText('Method'), 'Courier');
    change(within(dialog).getByLabelText('Purpose of the transfer'), 'Analysis');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record transfer' }));
    expect(await within(dialog).findByText('Enter who received the item; nothing was recorded.')).toBeTruthy();
    expect(await custodyOf(appDb, item.id)).toHaveLength(1);
  });

  test('access and export are recorded with their purpose and destination', async () => {
    const item = await addItem(incident, 'note');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Record access…' }));
    const access = screen.getByRole('dialog', { name: 'Record access to item #1' });
    change(within(access).getByLabelText('Purpose of the access'), 'Read the attacker contact address');
    fireEvent.click(within(access).getByRole('button', { name: 'Record access' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Record export…' }));
    const exported = screen.getByRole('dialog', { name: 'Record export of item #1' });
    change(within(exported).getByLabelText('Destination'), 'Tokyo MPD cybercrime unit');
    change(within(exported).getByLabelText('Purpose of the export'), 'Police report');
    fireEvent.click(within(exported).getByRole('button', { name: 'Record export' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect((await custodyOf(appDb, item.id)).map((e) => [e.seq, e.action, e.details])).toEqual([
      [1, 'collected', expect.anything()],
      [2, 'accessed', { purpose: 'Read the attacker contact address' }],
      [3, 'exported', { destination: 'Tokyo MPD cybercrime unit', purpose: 'Police report' }],
    ]);
    expect((await evidenceEntries()).slice(1).map((e) => e.text)).toEqual([
      'Evidence #1 accessed; purpose: Read the attacker contact address',
      'Evidence #1 exported to Tokyo MPD cybercrime unit; purpose: Police report',
    ]);
    expect(await within(await timeline()).findByText('Tokyo MPD cybercrime unit')).toBeTruthy();
  });

  test('verify passes, then fails once the stored bytes are replaced, and says so in red words', async () => {
    const item = await addItem(incident, 'YOUR FILES ARE ENCRYPTED');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Verify now' }));
    expect(await screen.findByText("PASS: the stored file's SHA-256 matches the hash at acquisition.")).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Last verification:').textContent).toContain('PASS'));

    const forged = new TextEncoder().encode('YOUR FILES ARE ENCRYPTEE');
    await appDb.evidenceBlobs.put({ itemId: item.id, blob: storableBlob(forged) });
    fireEvent.click(screen.getByRole('button', { name: 'Verify now' }));
    const failure = await screen.findByText("FAIL: the stored file's SHA-256 does NOT match the hash at acquisition.");
    const result = failure.closest('.ev-verify-result')!;
    expect(result.className).toContain('ev-result-fail');
    expect(result.textContent).toContain(sha256(forged));
    expect(result.textContent).toContain(item.sha256);

    const verified = (await custodyOf(appDb, item.id)).filter((e) => e.action === 'verified');
    expect(verified.map((e) => e.details)).toEqual([
      { result: 'pass', computedSha256: item.sha256 },
      { result: 'fail', computedSha256: sha256(forged) },
    ]);
    expect((await evidenceEntries()).slice(1).map((e) => e.text)).toEqual([
      'Evidence #1 verified: SHA-256 matches',
      `Evidence #1 verified: SHA-256 does NOT match (computed ${sha256(forged)})`,
    ]);
    const rows = within(await timeline()).getAllByRole('listitem');
    expect(within(rows[2]!).getByText('FAIL: SHA-256 does not match').closest('.ev-result-fail')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Last verification:').textContent).toContain('FAIL'));
  });

  test('verify of an item whose stored file is gone says which item and records nothing', async () => {
    const item = await addItem(incident, 'note');
    await appDb.evidenceBlobs.delete(item.id);
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Verify now' }));
    expect(await screen.findByText(/The stored file of item #1 is missing from this notebook\. Record this in the log; the item cannot be verified\./)).toBeTruthy();
    expect(await custodyOf(appDb, item.id)).toHaveLength(1);
  });

  test('disposal needs authority, method and confirmation, then closes the chain and disables every action', async () => {
    const item = await addItem(incident, 'note');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'Dispose…' }));
    const dialog = screen.getByRole('dialog', { name: 'Dispose of item #1' });
    change(within(dialog).getByLabelText('Authorised by'), 'Legal: hold release LH-2027-03');
    change(within(dialog).getByLabelText('How'), 'Securely destroyed');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dispose and close the chain' }));
    expect(await within(dialog).findByText(/Tick the confirmation/)).toBeTruthy();
    expect(await custodyOf(appDb, item.id)).toHaveLength(1);

    fireEvent.click(within(dialog).getByLabelText(/nothing more can be recorded for this item/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dispose and close the chain' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/The custody chain is closed/)).toBeTruthy();
    for (const name of ['Record transfer…', 'Record access…', 'Record export…', 'Dispose…', 'Verify now']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled, name).toBe(true);
    }
    expect((await custodyOf(appDb, item.id))[1]).toMatchObject({ action: 'disposed', details: { authority: 'Legal: hold release LH-2027-03', method: 'Securely destroyed' } });
    expect((await evidenceEntries()).at(-1)!.text).toBe('Evidence #1 disposed of (Securely destroyed), authorised by Legal: hold release LH-2027-03; custody chain closed');
  });
});

describe('custody chain status', () => {
  test('a custody event altered in the database shows where the chain breaks', async () => {
    const item = await addItem(incident, 'note');
    await notebook.appendCustody(item.id, { action: 'accessed', details: { purpose: 'triage' }, at: '2026-11-23T01:00:00.000Z', zone: 'Asia/Tokyo' }, 'accessed');
    await notebook.appendCustody(item.id, { action: 'accessed', details: { purpose: 'report' }, at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' }, 'accessed');
    renderItemPage(incident, item);
    expect(await screen.findByText('Custody chain intact')).toBeTruthy();

    const second = (await custodyOf(appDb, item.id))[1]!;
    await appDb.custody.update(second.id, { details: { purpose: 'nothing to see' } });
    expect(await screen.findByText('Custody chain broken at event #2 (the event was changed after it was recorded)')).toBeTruthy();
    const rows = within(await timeline()).getAllByRole('listitem');
    expect(rows[1]!.className).toContain('ev-event-broken');
    expect(within(rows[1]!).getByText(/The chain breaks here/)).toBeTruthy();
    expect(rows[0]!.className).not.toContain('ev-event-broken');
    expect(rows[2]!.className).not.toContain('ev-event-broken');
  });
});

describe('links', () => {
  test('entries citing the item are listed (not its custody entries) and open through the incident view', async () => {
    const item = await addItem(incident, 'note');
    const system = await addSystem(incident.id, 'FS01', { criticality: 'high' });
    const sourced = await addItem(incident, 'other', { description: { sourceSystemId: system.id } });
    const cite = await notebook.appendEntry({
      incidentId: incident.id, kind: 'observation', occurredAt: '2026-11-23T03:00:00.000Z', occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute',
      body: null, text: 'The note names a Tor contact site\nsecond line', tags: [], refs: [{ type: 'evidence', id: item.id }],
    });
    const openRef = vi.fn();
    const { unmount } = renderItemPage(incident, item, openRef);
    const list = await screen.findByRole('region', { name: 'Log entries citing this item (1)' });
    expect(within(list).queryByText(/collected/)).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: 'The note names a Tor contact site' }));
    expect(openRef).toHaveBeenCalledWith('entry', cite.id);
    expect(within(list).getByText('Aiko Sato')).toBeTruthy();
    unmount();

    renderItemPage(incident, sourced, openRef);
    fireEvent.click(await screen.findByRole('button', { name: 'FS01' }));
    expect(openRef).toHaveBeenCalledWith('system', system!.id);
  });
});

describe('in Japanese', () => {
  test('actions, timeline and log texts are Japanese', async () => {
    await i18next.changeLanguage('ja');
    const item = await addItem(incident, 'note');
    renderItemPage(incident, item);
    fireEvent.click(await screen.findByRole('button', { name: 'アクセスを記録…' }));
    const dialog = screen.getByRole('dialog', { name: '証拠 #1 へのアクセスを記録' });
    change(within(dialog).getByLabelText('アクセスの目的'), '攻撃者の連絡先を確認');
    fireEvent.click(within(dialog).getByRole('button', { name: 'アクセスを記録' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const list = await screen.findByRole('region', { name: '保管履歴（2 件）' });
    expect(within(list).getByText('取得')).toBeTruthy();
    expect(await within(list).findByText('アクセス')).toBeTruthy();
    expect(screen.getByRole('button', { name: '今すぐ検証' })).toBeTruthy();
    expect(screen.getByText('取り込み後は未検証')).toBeTruthy();
    expect((await evidenceEntries()).at(-1)!.text).toBe('証拠 #1 にアクセス。目的：攻撃者の連絡先を確認');
  });
});
