// Checklist runs: item state is what the run's chained log entries say; every
// change is exactly one entry; reasons are required where a reviewer will ask.
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../../shared/seed/templates';
import { progressOf, statusOf } from '../../../shared/domain/checklistRun';
import { templateItems } from '../../../shared/domain/checklistTemplate';
import { changeItem, startRun } from '../../../renderer/data/repositories/checklists.write';
import { retractEntry } from '../../../renderer/data/repositories/entries.write';
import { runsWithStatus, runWithStatus } from '../../../renderer/data/repositories/checklists.read';
import { addSystems } from '../../../renderer/data/repositories/systems.write';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, openTestNotebook } from './fixtures';

const template = builtInTemplate('ransomware-first-hour')!;

async function setUp() {
  const nb = await openTestNotebook();
  const incident = await newIncident(nb);
  const systems = await addSystems(nb.ctx, incident.id, ['FS01', 'FS02'].map((name) => ({
    details: { name, type: 'host', addresses: [], owner: '', location: '', criticality: 'high', notes: '', tags: [] },
    text: `added ${name}`,
  })));
  return { nb, incident, systems };
}

describe('checklist runs', () => {
  it('runs of one template for two hosts coexist, each change one chained entry', async () => {
    const { nb, incident, systems } = await setUp();
    const [a, b] = [await startRun(nb.ctx, { incidentId: incident.id, template, systemId: systems[0]!.id, text: 'started FS01' }), await startRun(nb.ctx, { incidentId: incident.id, template, systemId: systems[1]!.id, text: 'started FS02' })];
    const before = (await allEntries(nb.db, incident.id)).length;
    await changeItem(nb.ctx, { runId: a.id, itemId: 'rfh-05', action: 'done', reason: '', note: '', text: 'Done: disconnect FS01' });
    await changeItem(nb.ctx, { runId: b.id, itemId: 'rfh-07', action: 'not-applicable', reason: 'FS02 could be unplugged', note: '', text: 'N/A' });
    await changeItem(nb.ctx, { runId: b.id, itemId: 'rfh-08', action: 'blocked', reason: 'no memory capture tool on site', note: '', text: 'Blocked' });
    const entries = await allEntries(nb.db, incident.id);
    expect(entries.length).toBe(before + 3);
    expect(entries.slice(-3).map((e) => [e.kind, e.refs.map((r) => r.type)])).toEqual([
      ['checklist', ['checklistRun', 'system']],
      ['checklist', ['checklistRun', 'system']],
      ['checklist', ['checklistRun', 'system']],
    ]);
    const runs = await runsWithStatus(nb.db, incident.id);
    expect(runs).toHaveLength(2);
    expect(statusOf(runs[0]!.statuses, 'rfh-05').state).toBe('done');
    expect(statusOf(runs[1]!.statuses, 'rfh-05').state).toBe('open');
    expect(statusOf(runs[1]!.statuses, 'rfh-07')).toMatchObject({ state: 'not-applicable', reason: 'FS02 could be unplugged' });
    const progress = progressOf(templateItems(template).map((i) => i.id), runs[1]!.statuses);
    expect(progress).toMatchObject({ total: 20, done: 0, notApplicable: 1, blocked: 1, open: 18 });
    expect((await verifyIncidentLog(nb.db, incident.id)).ok).toBe(true);
  });

  it('follows the item state machine and its reason rules', async () => {
    const { nb, incident } = await setUp();
    const run = await startRun(nb.ctx, { incidentId: incident.id, template, systemId: null, text: 'started' });
    const change = (action: 'done' | 'not-applicable' | 'blocked' | 'reopen' | 'note', reason = '', note = '') =>
      changeItem(nb.ctx, { runId: run.id, itemId: 'rfh-01', action, reason, note, text: action });
    await expect(change('not-applicable')).rejects.toMatchObject({ code: 'checklist.reasonRequired' });
    await expect(change('reopen', 'why')).rejects.toMatchObject({ code: 'checklist.actionNotAllowed' });
    await change('blocked', 'waiting for the lead');
    await change('done');
    await expect(change('done')).rejects.toMatchObject({ code: 'checklist.actionNotAllowed' });
    await expect(change('reopen', ' ')).rejects.toMatchObject({ code: 'checklist.reasonRequired' });
    await change('note', '', 'lead named: K. Tanaka');
    await change('reopen', 'lead changed');
    const { statuses } = (await runWithStatus(nb.db, run.id))!;
    expect(statusOf(statuses, 'rfh-01')).toMatchObject({ state: 'open', reason: 'lead changed', note: 'lead named: K. Tanaka' });
    await expect(changeItem(nb.ctx, { runId: run.id, itemId: 'no-such-item', action: 'done', reason: '', note: '', text: '' })).rejects.toMatchObject({ code: 'checklist.itemMissing' });
  });

  it('refuses a run for a system of another incident', async () => {
    const { nb, systems } = await setUp();
    const other = await newIncident(nb, 'Other');
    await expect(startRun(nb.ctx, { incidentId: other.id, template, systemId: systems[0]!.id, text: '' })).rejects.toMatchObject({ code: 'system.missing' });
    expect(await nb.db.checklistRuns.count()).toBe(0);
  });

  it('refuses to correct or retract the entries item state is read from', async () => {
    const { nb, incident } = await setUp();
    const run = await startRun(nb.ctx, { incidentId: incident.id, template, systemId: null, text: 'started' });
    await changeItem(nb.ctx, { runId: run.id, itemId: 'rfh-02', action: 'done', reason: '', note: '', text: 'Done' });
    const tick = (await allEntries(nb.db, incident.id)).at(-1)!;
    await expect(retractEntry(nb.ctx, { incidentId: incident.id, targetId: tick.id, reason: 'mistake', text: '' })).rejects.toMatchObject({ code: 'revision.stateEntry' });
  });
});

