// A full disk for every writer that changes an incident and logs it in the same transaction:
// incidents, the systems board, checklist runs and deadline clocks. Each refused write says
// storage.full (the UI's translated "disk full" message), stores nothing — not the change, not
// its log entry, not a moved chain head — even when only the log's store is full and the
// change itself had already been written inside the transaction; and once there is room the
// same write, with the same input, goes through and the log verifies.
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/seed/templates';
import type { SystemDetails } from '../../../shared/domain/system';
import { addSystems, setSystemFlag, transitionSystem, updateSystemDetails } from '../../../renderer/data/repositories/systems.write';
import { changeItem, startRun } from '../../../renderer/data/repositories/checklists.write';
import { clearDeadlineMet, markDeadlineMet, recordDeadlineAnchor, setRegime } from '../../../renderer/data/repositories/deadlines.write';
import { createIncident, recordAnchor, setIncidentStatus, updateIncidentDetails } from '../../../renderer/data/repositories/incidents.write';
import { appendEntry } from '../../../renderer/data/repositories/entries.write';
import { verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, noteDraft, openTestNotebook, type TestNotebook } from './fixtures';
import { DISK_FULL_MODES, diskFreed, fillDisk, snapshot } from './storageFullDisk';

const host = (name: string): SystemDetails => ({ name, type: 'host', addresses: ['10.0.0.5'], owner: 'IT', location: 'DC1', criticality: 'high', notes: '', tags: ['fs'] });
const at = (occurredAt: string) => ({ occurredAt, occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute' as const });
const template = builtInTemplate('ransomware-first-hour')!;

/** An incident with a system, a checklist run and a communication entry to write about. */
async function incidentWithBoard(nb: TestNotebook) {
  const incident = await newIncident(nb);
  const [system] = await addSystems(nb.ctx, incident.id, [{ details: host('FS01'), text: 'Added FS01' }]);
  const run = await startRun(nb.ctx, { incidentId: incident.id, template, systemId: system!.id, text: 'Started the first hour on FS01' });
  const call = await appendEntry(nb.ctx, { ...noteDraft(incident.id, 'NIS2 notification sent to the CSIRT', '2026-11-23T00:40:00.000Z'), kind: 'communication' });
  await markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-gdpr-33', entryId: call.id, text: 'GDPR met by the call' });
  return { incident, system: system!, run, call };
}
type Board = Awaited<ReturnType<typeof incidentWithBoard>>;

/** Each writer, with the input a responder gave it. */
const WRITERS: [string, (nb: TestNotebook, board: Board) => Promise<unknown>][] = [
  ['createIncident', (nb) => createIncident(nb.ctx, { title: 'Phishing at branch', code: 'IR-2', severity: 'medium', timeZone: 'Asia/Tokyo', anchors: [{ anchor: 'detected', ...at('2026-11-23T00:10:00.000Z'), text: 'Detected: EDR alert' }] })],
  ['updateIncidentDetails', (nb, b) => updateIncidentDetails(nb.ctx, b.incident.id, { title: 'Ransomware at HQ and DC', code: 'IR-1', severity: 'critical', timeZone: 'Asia/Tokyo' }, 'Severity raised to critical')],
  ['setIncidentStatus', (nb, b) => setIncidentStatus(nb.ctx, b.incident.id, 'closed', 'Incident closed')],
  ['recordAnchor', (nb, b) => recordAnchor(nb.ctx, b.incident.id, { anchor: 'became-aware', ...at('2026-11-23T00:20:00.000Z'), text: 'Became aware: ransom note' })],
  ['addSystems', (nb, b) => addSystems(nb.ctx, b.incident.id, [{ details: host('FS02'), text: 'Added FS02' }, { details: host('WS-17'), text: 'Added WS-17' }])],
  ['updateSystemDetails', (nb, b) => updateSystemDetails(nb.ctx, b.system.id, { ...host('FS01'), owner: 'Facilities' }, 'FS01 owner: Facilities')],
  ['transitionSystem', (nb, b) => transitionSystem(nb.ctx, b.system.id, { to: 'isolated', method: 'switch-port-shut', detail: 'core-sw1 Gi1/0/12' }, 'FS01 isolated')],
  ['setSystemFlag', (nb, b) => setSystemFlag(nb.ctx, b.system.id, 'poweredOff', true, 'pulled the plug', 'FS01 powered off')],
  ['startRun', (nb, b) => startRun(nb.ctx, { incidentId: b.incident.id, template, systemId: null, text: 'Started the first hour' })],
  ['changeItem', (nb, b) => changeItem(nb.ctx, { runId: b.run.id, itemId: 'rfh-05', action: 'done', reason: '', note: '', text: 'Done: disconnect FS01' })],
  ['setRegime', (nb, b) => setRegime(nb.ctx, b.incident.id, 'jp-appi', true, 'APPI on')],
  ['recordDeadlineAnchor', (nb, b) => recordDeadlineAnchor(nb.ctx, b.incident.id, { anchor: 'classification_major', ...at('2026-11-23T00:30:00.000Z'), decidedBy: 'K. Tanaka (lead)', text: 'Classified as major' })],
  ['recordDeadlineAnchor (awareness)', (nb, b) => recordDeadlineAnchor(nb.ctx, b.incident.id, { anchor: 'awareness', ...at('2026-11-23T00:25:00.000Z'), decidedBy: null, text: 'Became aware' })],
  ['markDeadlineMet (chained)', (nb, b) => markDeadlineMet(nb.ctx, { incidentId: b.incident.id, ruleId: 'eu-nis2-notif', entryId: b.call.id, text: 'NIS2 notification met', anchorText: 'NIS2 notification submitted' })],
  ['clearDeadlineMet', (nb, b) => clearDeadlineMet(nb.ctx, b.incident.id, 'eu-gdpr-33', 'GDPR not met after all')],
];

describe.each(DISK_FULL_MODES)('a full disk (%s)', (mode) => {
  it.each(WRITERS)('%s: refused as storage.full, nothing stored, the same write goes through once there is room', async (_name, write) => {
    const nb = await openTestNotebook();
    const board = await incidentWithBoard(nb);
    const before = await snapshot(nb.db);

    fillDisk(mode);
    await expect(write(nb, board)).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();

    expect(await snapshot(nb.db)).toEqual(before);
    await write(nb, board);
    expect(await nb.db.entries.count()).toBeGreaterThan(before.entries!.length);
    for (const incident of await nb.db.incidents.toArray()) expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it.each(WRITERS)('%s: only the log is full — the change written before it in the transaction is undone too', async (_name, write) => {
    const nb = await openTestNotebook();
    const board = await incidentWithBoard(nb);
    const before = await snapshot(nb.db);

    fillDisk(mode, ['entries']);
    await expect(write(nb, board)).rejects.toMatchObject({ code: 'storage.full' });
    diskFreed();

    expect(await snapshot(nb.db)).toEqual(before);
    expect(await verifyIncidentLog(nb.db, board.incident.id)).toMatchObject({ ok: true });
  });
});

describe('not every failure is a full disk', () => {
  it('a refused change keeps its own code while the disk is full', async () => {
    const nb = await openTestNotebook();
    const { incident, system } = await incidentWithBoard(nb);
    fillDisk('commit');
    await expect(transitionSystem(nb.ctx, system.id, { to: 'restored', method: 'reimaged', detail: '' }, 'x')).rejects.toMatchObject({ code: 'system.illegalTransition' });
    await expect(setRegime(nb.ctx, incident.id, 'eu-gdpr', false, 'x')).rejects.toMatchObject({ code: 'deadline.regimeUnchanged' });
    await expect(setIncidentStatus(nb.ctx, incident.id, 'open', 'x')).rejects.toMatchObject({ code: 'incident.statusUnchanged' });
  });
});
