// The systems board: the containment state machine, and exactly one chained log
// entry for every change, written with the change or not at all.
import { describe, expect, it } from 'vitest';
import { CONTAINMENT_STATES, CONTAINMENT_TRANSITIONS, canTransition, type SystemDetails } from '../../../shared/domain/system';
import { addSystems, setSystemFlag, transitionSystem } from '../../../renderer/data/repositories/systems.write';
import { entriesReferencing } from '../../../renderer/data/repositories/systems.read';
import { allEntries, verifyIncidentLog } from '../../../renderer/data/repositories/entries.read';
import { newIncident, openTestNotebook } from './fixtures';

const host = (name: string): SystemDetails => ({ name, type: 'host', addresses: ['10.0.0.5'], owner: 'IT', location: 'DC1', criticality: 'high', notes: '', tags: ['fs'] });

describe('containment state machine', () => {
  it('allows exactly the listed transitions', () => {
    const legal = CONTAINMENT_STATES.flatMap((from) => CONTAINMENT_STATES.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`));
    expect(legal).toEqual([
      'unknown>suspected', 'unknown>isolated',
      'suspected>unknown', 'suspected>isolated',
      'isolated>preserved', 'isolated>rebuilt', 'isolated>restored',
      'preserved>rebuilt', 'preserved>restored',
      'rebuilt>restored',
      'restored>suspected',
    ]);
    for (const from of CONTAINMENT_STATES) expect(canTransition(from, from)).toBe(false);
  });

  it('walks every legal transition through the repository, one chained entry each', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    for (const [from, targets] of Object.entries(CONTAINMENT_TRANSITIONS)) {
      for (const to of targets) {
        const [system] = await addSystems(nb.ctx, incident.id, [{ details: host(`${from}-${to}`), text: 'added' }]);
        // Bring the system to `from` along a legal path first.
        const path: Record<string, string[]> = { unknown: [], suspected: ['suspected'], isolated: ['isolated'], preserved: ['isolated', 'preserved'], rebuilt: ['isolated', 'rebuilt'], restored: ['isolated', 'restored'] };
        for (const step of path[from]!) await transitionSystem(nb.ctx, system!.id, { to: step as never, method: 'edr-containment', detail: '' }, 'step');
        const before = (await entriesReferencing(nb.db, `system:${system!.id}`)).length;
        const moved = await transitionSystem(nb.ctx, system!.id, { to, method: 'switch-port-shut', detail: 'core-sw1 Gi1/0/12' }, `→ ${to}`);
        expect(moved.state).toBe(to);
        const after = await entriesReferencing(nb.db, `system:${system!.id}`);
        expect(after).toHaveLength(before + 1);
        expect(after.at(-1)).toMatchObject({ kind: 'system', text: `→ ${to}`, data: { system: { action: 'transition', from, to, method: 'switch-port-shut', detail: 'core-sw1 Gi1/0/12' } } });
      }
    }
    expect((await verifyIncidentLog(nb.db, incident.id)).ok).toBe(true);
  });

  it('refuses an illegal transition and writes nothing', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const [system] = await addSystems(nb.ctx, incident.id, [{ details: host('FS01'), text: 'added' }]);
    const count = (await allEntries(nb.db, incident.id)).length;
    await expect(transitionSystem(nb.ctx, system!.id, { to: 'restored', method: 'reimaged', detail: '' }, 'x')).rejects.toMatchObject({ code: 'system.illegalTransition' });
    await expect(transitionSystem(nb.ctx, system!.id, { to: 'isolated', method: 'other', detail: ' ' }, 'x')).rejects.toMatchObject({ code: 'system.transitionInvalid' });
    expect((await allEntries(nb.db, incident.id)).length).toBe(count);
    expect((await nb.db.systems.get(system!.id))?.state).toBe('unknown');
  });
});

describe('systems', () => {
  it('adds systems all or nothing, one entry each', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    await expect(addSystems(nb.ctx, incident.id, [{ details: host('ok'), text: 'a' }, { details: { ...host(''), name: ' ' }, text: 'b' }])).rejects.toMatchObject({ code: 'system.invalid' });
    expect(await nb.db.systems.count()).toBe(0);
    const added = await addSystems(nb.ctx, incident.id, [{ details: host('FS01'), text: 'System added: FS01' }, { details: host('FS02'), text: 'System added: FS02' }]);
    expect(added.map((s) => s.state)).toEqual(['unknown', 'unknown']);
    expect((await allEntries(nb.db, incident.id)).map((e) => e.text)).toEqual(['System added: FS01', 'System added: FS02']);
  });

  it('sets a flag once, with its detail in the log', async () => {
    const nb = await openTestNotebook();
    const incident = await newIncident(nb);
    const [system] = await addSystems(nb.ctx, incident.id, [{ details: host('VPN-GW'), text: 'added' }]);
    const updated = await setSystemFlag(nb.ctx, system!.id, 'poweredOff', true, 'could not be unplugged', 'Powered off');
    expect(updated.poweredOff).toBe(true);
    await expect(setSystemFlag(nb.ctx, system!.id, 'poweredOff', true, '', 'again')).rejects.toMatchObject({ code: 'system.flagUnchanged' });
    const entries = await entriesReferencing(nb.db, `system:${system!.id}`);
    expect(entries.at(-1)?.data).toEqual({ system: { systemId: system!.id, action: 'flag', flag: 'poweredOff', value: true, detail: 'could not be unplugged' } });
  });
});
