// Deadline clocks in the notebook: regimes switched on with a log entry, anchors recorded as
// attributed decisions, rules met by an entry, and chained clocks started by a met report.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../../shared/seed/deadlines';
import { dueTime } from '../../../shared/deadlines';
import { deadlineStateOf } from '../../../renderer/data/repositories/deadlines.read';
import { clearDeadlineMet, markDeadlineMet, recordDeadlineAnchor, setRegime } from '../../../renderer/data/repositories/deadlines.write';
import { appendEntry, retractEntry } from '../../../renderer/data/repositories/entries.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { recordAnchor } from '../../../renderer/data/repositories/incidents.write';
import { newIncident, noteDraft, openTestNotebook } from './fixtures';

const at = (occurredAt: string) => ({ occurredAt, occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute' as const });

describe('deadline clocks', () => {
  it('switches regimes on and off with a deadline entry each and refuses unknown or repeated ones', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await setRegime(nb.ctx, incident.id, 'eu-gdpr', true, 'GDPR on');
    await setRegime(nb.ctx, incident.id, 'jp-appi', true, 'APPI on');
    await expect(setRegime(nb.ctx, incident.id, 'eu-gdpr', true, 'again')).rejects.toMatchObject({ code: 'deadline.regimeUnchanged' });
    await expect(setRegime(nb.ctx, incident.id, 'xx', true, 'x')).rejects.toMatchObject({ code: 'deadline.unknownRegime' });
    await setRegime(nb.ctx, incident.id, 'eu-gdpr', false, 'GDPR off');
    expect((await deadlineStateOf(nb.db, incident.id))?.regimeIds).toEqual(['jp-appi']);
    expect((await allEntries(nb.db, incident.id)).map((e) => [e.kind, e.text])).toEqual([
      ['deadline', 'GDPR on'], ['deadline', 'APPI on'], ['deadline', 'GDPR off'],
    ]);
  });

  it('records awareness as the incident anchor and other anchors as decisions, each with who decided', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await recordDeadlineAnchor(nb.ctx, incident.id, { anchor: 'awareness', ...at('2026-11-22T23:00:00.000Z'), decidedBy: 'K. Tanaka (lead)', text: 'Became aware' });
    await recordDeadlineAnchor(nb.ctx, incident.id, { anchor: 'classification_major', ...at('2026-11-23T00:00:00.000Z'), decidedBy: '  ', text: 'Classified as major' });
    expect((await nb.db.incidents.get(incident.id))?.becameAwareAt).toBe('2026-11-22T23:00:00.000Z');
    const state = await deadlineStateOf(nb.db, incident.id);
    expect(state?.anchors).toEqual({ awareness: '2026-11-22T23:00:00.000Z', classification_major: '2026-11-23T00:00:00.000Z' });
    expect(state?.anchorRecords.awareness).toMatchObject({ decidedBy: 'K. Tanaka (lead)', recordedBy: { name: 'Aiko Sato' } });
    expect(state?.anchorRecords.classification_major).toMatchObject({ decidedBy: null });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.map((e) => [e.kind, e.data])).toEqual([
      ['decision', { anchor: 'became-aware', decidedBy: 'K. Tanaka (lead)' }],
      ['decision', { deadlineAnchor: 'classification_major' }],
    ]);
    expect(state?.anchorRecords.classification_major?.entryId).toBe(entries[1]!.id);
    await expect(recordDeadlineAnchor(nb.ctx, incident.id, { anchor: 'calendar_year_end', ...at('2026-11-23T00:00:00.000Z'), decidedBy: null, text: 'x' })).rejects.toMatchObject({ code: 'deadline.derivedAnchor' });
  });

  it('keeps the incident header anchors and the clocks in step', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await recordAnchor(nb.ctx, incident.id, { anchor: 'detected', ...at('2026-11-22T20:00:00.000Z'), text: 'Detected' });
    expect((await deadlineStateOf(nb.db, incident.id))?.anchors).toEqual({ discovery: '2026-11-22T20:00:00.000Z' });
  });

  it('marks a rule met by an entry of the incident, undoes it, and refuses retracted or foreign entries', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const other = await newIncident(nb, 'Other');
    const call = await appendEntry(nb.ctx, { ...noteDraft(incident.id, 'Notified the DPA'), kind: 'communication' });
    const foreign = await appendEntry(nb.ctx, noteDraft(other.id, 'elsewhere'));
    const wrong = await appendEntry(nb.ctx, noteDraft(incident.id, 'wrong'));
    await retractEntry(nb.ctx, { incidentId: incident.id, targetId: wrong.id, reason: 'mistake', text: 'retracted' });

    await expect(markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-gdpr-33', entryId: foreign.id, text: 'x' })).rejects.toMatchObject({ code: 'deadline.entryMissing' });
    await expect(markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-gdpr-33', entryId: wrong.id, text: 'x' })).rejects.toMatchObject({ code: 'deadline.entryRetracted' });
    await markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-gdpr-33', entryId: call.id, text: 'GDPR met' });
    await expect(markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-gdpr-33', entryId: call.id, text: 'x' })).rejects.toMatchObject({ code: 'deadline.alreadyMet' });
    expect((await deadlineStateOf(nb.db, incident.id))?.marks['eu-gdpr-33']).toMatchObject({ entryId: call.id, metAt: call.occurredAt });

    await clearDeadlineMet(nb.ctx, incident.id, 'eu-gdpr-33', 'GDPR not met after all');
    expect((await deadlineStateOf(nb.db, incident.id))?.marks).toEqual({});
    const log = await allEntries(nb.db, incident.id);
    expect(log.filter((e) => e.kind === 'deadline').map((e) => [e.text, e.refs])).toEqual([
      ['GDPR met', [{ type: 'entry', id: call.id }]],
      ['GDPR not met after all', [{ type: 'entry', id: call.id }]],
    ]);
    expect(await verifyIncidentLog(nb.db, incident.id)).toMatchObject({ ok: true });
  });

  it('starts the NIS2 final report clock when the 72 h notification is marked met', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const sent = await appendEntry(nb.ctx, { ...noteDraft(incident.id, 'NIS2 notification sent', '2026-11-24T03:00:00.000Z'), kind: 'communication' });
    await expect(markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-nis2-notif', entryId: sent.id, text: 'met' })).rejects.toMatchObject({ code: 'deadline.invalid' });
    await markDeadlineMet(nb.ctx, { incidentId: incident.id, ruleId: 'eu-nis2-notif', entryId: sent.id, text: 'met', anchorText: 'NIS2 notification submitted' });
    const state = (await deadlineStateOf(nb.db, incident.id))!;
    expect(state.anchors.nis2_notification_submitted).toBe('2026-11-24T03:00:00.000Z');
    expect(dueTime(ruleById('eu-nis2-final')!, state.anchors, 'Europe/Berlin').due).toBe('2026-12-24T03:00:00.000Z');
    const anchorEntry = (await allEntries(nb.db, incident.id)).at(-1)!;
    expect(anchorEntry).toMatchObject({ kind: 'decision', text: 'NIS2 notification submitted', occurredAt: sent.occurredAt, data: { deadlineAnchor: 'nis2_notification_submitted' } });
    expect(anchorEntry.refs[0]).toEqual({ type: 'entry', id: sent.id });
  });
});
