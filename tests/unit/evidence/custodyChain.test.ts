// The custody chain must name the first event that was altered, removed, moved,
// inserted or filed under another item, and the schemas must keep details per action.
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../shared/crypto/sha256';
import {
  CustodyEventSchema,
  EvidenceItemSchema,
  type CustodyEvent,
  type CustodyEventContent,
} from '../../../shared/domain/evidence';
import { computeCustodyHash, nextCustodyLink, sealCustodyEvent, verifyCustodyChain } from '../../../shared/evidence/custodyChain';

const INCIDENT = '0190a0b0-0000-7000-8000-00000000000a';
const ITEM = '0190a0b0-0000-7000-8000-0000000000b1';
const OTHER_ITEM = '0190a0b0-0000-7000-8000-0000000000b2';
const SHA = 'a'.repeat(64);
const sato = { name: '佐藤 花子', role: 'CSIRT' };
const kimura = { name: 'Kimura Ken', role: 'forensics vendor' };

type Step = Pick<CustodyEventContent, 'action' | 'details'>;
const STEPS: Step[] = [
  { action: 'collected', details: { location: 'Osaka DC rack 4', reason: 'ransom note on file server', sha256: SHA } },
  {
    action: 'transferred',
    details: {
      releasedBy: sato,
      receivedBy: kimura,
      method: 'courier',
      tracking: '4455-6677-8899',
      fromLocation: 'Osaka DC',
      toLocation: 'Vendor lab, Tokyo',
      purpose: 'forensic analysis',
    },
  },
  { action: 'accessed', details: { purpose: 'timeline of encryption' } },
  { action: 'verified', details: { result: 'pass', computedSha256: SHA } },
  { action: 'exported', details: { destination: 'evidence bundle for counsel', purpose: 'legal review' } },
  { action: 'disposed', details: { authority: 'Legal hold release LH-2026-014', method: 'returned to owner' } },
] as Step[];

function custodyChain(itemId = ITEM, steps = STEPS): CustodyEvent[] {
  const events: CustodyEvent[] = [];
  for (const [i, step] of steps.entries()) {
    const content = {
      schemaVersion: 1,
      id: `0190a0b0-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`,
      itemId,
      incidentId: INCIDENT,
      ...nextCustodyLink(events.at(-1) ?? null),
      at: new Date(Date.UTC(2026, 10, 23, 1, i)).toISOString(),
      zone: 'Asia/Tokyo',
      by: sato,
      ...step,
    } as CustodyEventContent;
    events.push(sealCustodyEvent(content));
  }
  return events;
}

describe('custody event schema', () => {
  it('accepts each action with its own details and refuses details of another action', () => {
    const events = custodyChain();
    for (const event of events) expect(CustodyEventSchema.parse(event)).toEqual(event);
    const accessedWithTransferDetails = { ...events[2]!, details: events[1]!.details };
    expect(CustodyEventSchema.safeParse(accessedWithTransferDetails).success).toBe(false);
    expect(CustodyEventSchema.safeParse({ ...events[3]!, details: { result: 'maybe', computedSha256: SHA } }).success).toBe(false);
  });

  it('keeps an item’s original name as data, whatever characters it holds', () => {
    const item = {
      schemaVersion: 1,
      id: ITEM,
      incidentId: INCIDENT,
      itemNumber: 7,
      description: 'Ransom note from FS01',
      type: 'ransom-note',
      sourceSystemId: null,
      collectedBy: sato,
      collectedAt: '2026-11-23T01:00:00.000Z',
      collectedZone: 'Asia/Tokyo',
      method: 'copied with robocopy /B',
      toolVersion: '',
      originalName: '../..\\README\u202Etxt.exe\n',
      size: 1234,
      detectedType: { mime: 'text/plain; charset=utf-8', label: 'Plain text' },
      sha256: SHA,
      storedAt: '2026-11-23T01:05:00.000Z',
    };
    expect(EvidenceItemSchema.parse(item)).toEqual(item);
    expect(EvidenceItemSchema.safeParse({ ...item, itemNumber: 0 }).success).toBe(false);
    expect(EvidenceItemSchema.safeParse({ ...item, sha256: SHA.toUpperCase() }).success).toBe(false);
    expect(EvidenceItemSchema.safeParse({ ...item, size: -1 }).success).toBe(false);
    expect(EvidenceItemSchema.safeParse({ ...item, originalName: 'x'.repeat(1025) }).success).toBe(false);
  });
});

describe('verifyCustodyChain', () => {
  it('accepts an intact chain from collection to disposal and returns its head', () => {
    const events = custodyChain();
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyCustodyChain(events, { itemId: ITEM, head: { seq: 6, hash: events[5]!.hash } })).toEqual({
      ok: true,
      head: { seq: 6, hash: events[5]!.hash },
    });
    expect(verifyCustodyChain([])).toEqual({ ok: true, head: null });
  });

  it('hashes the canonical form, so key order does not matter', () => {
    const { hash: _hash, ...content } = custodyChain()[1]!;
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as CustodyEventContent;
    expect(computeCustodyHash(reordered)).toBe(computeCustodyHash(content as CustodyEventContent));
  });

  it('names an event whose field was changed', () => {
    const events = custodyChain();
    const transfer = events[1] as Extract<CustodyEvent, { action: 'transferred' }>;
    events[1] = { ...transfer, details: { ...transfer.details, tracking: '0000-0000-0000' } };
    expect(verifyCustodyChain(events)).toEqual({ ok: false, problem: 'content-altered', index: 1, eventId: events[1]!.id, seq: 2 });
  });

  it('names the first event out of place when two are swapped', () => {
    const events = custodyChain();
    [events[2], events[3]] = [events[3]!, events[2]!];
    expect(verifyCustodyChain(events)).toMatchObject({ ok: false, problem: 'sequence-gap', index: 2, eventId: events[2]!.id, seq: 4 });
  });

  it('names the event after a deleted middle event', () => {
    const events = custodyChain();
    events.splice(2, 1);
    expect(verifyCustodyChain(events)).toMatchObject({ ok: false, problem: 'sequence-gap', index: 2, seq: 4, eventId: events[2]!.id });
  });

  it('names a resealed event whose seq skips one', () => {
    const events = custodyChain().slice(0, 3);
    const { hash: _hash, ...third } = events[2]!;
    events[2] = sealCustodyEvent({ ...third, seq: 4 } as CustodyEventContent);
    expect(verifyCustodyChain(events)).toMatchObject({ ok: false, problem: 'sequence-gap', index: 2, eventId: events[2]!.id, seq: 4 });
  });

  it('names a resealed replacement whose link no longer matches', () => {
    const events = custodyChain();
    const { hash: _hash, ...second } = events[1]!;
    events[1] = sealCustodyEvent({ ...second, at: '2026-11-24T09:00:00.000Z' } as CustodyEventContent);
    expect(verifyCustodyChain(events)).toMatchObject({ ok: false, problem: 'broken-link', index: 2, eventId: events[2]!.id });
  });

  it('names an event filed under another item', () => {
    const events = custodyChain();
    const foreign = custodyChain(OTHER_ITEM)[3]!;
    events[3] = foreign;
    expect(verifyCustodyChain(events)).toMatchObject({ ok: false, problem: 'foreign-item', index: 3, eventId: foreign.id });
    expect(verifyCustodyChain(custodyChain(OTHER_ITEM), { itemId: ITEM })).toMatchObject({ ok: false, problem: 'foreign-item', index: 0 });
  });

  it('refuses a chain that does not start with collection or goes on after disposal', () => {
    const late = custodyChain(ITEM, [...STEPS, STEPS[2]!]);
    expect(verifyCustodyChain(late)).toMatchObject({ ok: false, problem: 'invalid-action', index: 6 });
    const headless = custodyChain(ITEM, STEPS.slice(1));
    expect(verifyCustodyChain(headless)).toMatchObject({ ok: false, problem: 'invalid-action', index: 0 });
  });

  it('notices removed newest events against the stored head, and events beyond it', () => {
    const events = custodyChain();
    const head = { seq: 6, hash: events[5]!.hash };
    expect(verifyCustodyChain(events.slice(0, 4), { head })).toMatchObject({ ok: false, problem: 'missing-tail', index: 4, eventId: events[3]!.id, seq: 6 });
    expect(verifyCustodyChain(events, { head: { seq: 4, hash: events[3]!.hash } })).toMatchObject({
      ok: false,
      problem: 'beyond-head',
      index: 4,
      eventId: events[4]!.id,
    });
  });
});
