// A fresh notebook per test: its own database name, a clock the test moves, and a responder.
import { v7 as uuidv7 } from 'uuid';
import { LanternDB } from '../../../renderer/data/db';
import { createContext, type DataContext } from '../../../renderer/data/context';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { createIncident } from '../../../renderer/data/repositories/incidents.write';
import type { EntryDraft } from '../../../renderer/data/repositories/entries.write';

let counter = 0;

export interface TestNotebook {
  ctx: DataContext;
  db: LanternDB;
  clock: { now: Date; advance(ms: number): void };
}

export async function openTestNotebook(withProfile = true): Promise<TestNotebook> {
  const db = new LanternDB(`test-${process.pid}-${++counter}-${Date.now()}`);
  const clock = {
    now: new Date('2026-11-23T01:00:00.000Z'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const ctx = createContext(db, { now: () => clock.now, zone: () => 'Asia/Tokyo', newId: () => uuidv7() });
  if (withProfile) await saveProfile(ctx, { name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' });
  return { ctx, db, clock };
}

export async function newIncident(nb: TestNotebook, title = 'Ransomware at HQ') {
  return createIncident(nb.ctx, { title, code: 'IR-1', severity: 'high', timeZone: 'Asia/Tokyo', anchors: [] });
}

export const noteDraft = (incidentId: string, text: string, occurredAt = '2026-11-23T00:30:00.000Z'): EntryDraft => ({
  incidentId,
  kind: 'note',
  occurredAt,
  occurredZone: 'Asia/Tokyo',
  occurredPrecision: 'minute',
  body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } },
  text,
  tags: [],
});
