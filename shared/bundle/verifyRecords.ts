// The record layer of verification: the JSON artefacts against their schemas, every
// device's hash chain against chain-heads.json, every item's custody chain against its
// head, and each included evidence file against the SHA-256 recorded at acquisition.
import type { z } from '../zod';
import { verifyLog, type ChainProblem } from '../crypto/hashChain';
import { verifyCustodyChain, type CustodyProblem } from '../evidence/custodyChain';
import type { CustodyEvent } from '../domain/evidence';
import {
  BUNDLE_PATHS,
  BoardFileSchema,
  ChainHeadsFileSchema,
  ContactsEngagedFileSchema,
  CustodyFileSchema,
  TimelineFileSchema,
  type ChainHeadsFile,
  type CustodyFile,
  type TimelineFile,
} from './format';
import { fileOf, textOf, type BagFiles } from './verifyBag';
import { BundleFault, type BoardFile, type ContactsEngagedFile } from './verifyTypes';

export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export interface Artefacts {
  chainHeads: ChainHeadsFile;
  timeline: TimelineFile;
  custody: CustodyFile;
  contactsEngaged: ContactsEngagedFile;
  board: BoardFile;
}

function parseJson<S extends z.ZodType>(files: BagFiles, path: string, schema: S): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(textOf(files, path, 'malformedJson'));
  } catch (error) {
    if (error instanceof BundleFault) throw error;
    throw new BundleFault('malformedJson', `the file is not JSON: ${error instanceof Error ? error.message : String(error)}`, path);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new BundleFault('malformedJson', `${at}: ${issue.message}`, path);
  }
  return parsed.data;
}

export function checkJson(files: BagFiles): { artefacts: Artefacts; detail: string } {
  const artefacts: Artefacts = {
    chainHeads: parseJson(files, BUNDLE_PATHS.chainHeads, ChainHeadsFileSchema),
    timeline: parseJson(files, BUNDLE_PATHS.timelineJson, TimelineFileSchema),
    custody: parseJson(files, BUNDLE_PATHS.custody, CustodyFileSchema),
    contactsEngaged: parseJson(files, BUNDLE_PATHS.contactsEngaged, ContactsEngagedFileSchema),
    board: parseJson(files, BUNDLE_PATHS.board, BoardFileSchema),
  };
  return { artefacts, detail: '5 JSON files parse against their schemas' };
}

const CHAIN_PROBLEMS: Record<ChainProblem, string> = {
  'content-altered': 'its content no longer matches its hash',
  'broken-link': "its previous-hash is not the previous entry's hash (an entry was inserted or replaced)",
  'sequence-gap': 'its sequence number is not the next one (an entry was removed or moved)',
  'foreign-device': 'it belongs to another device',
  'missing-tail': "the chain stops before its head in chain-heads.json (the newest entries were removed)",
  'beyond-head': 'it follows the head in chain-heads.json',
  'unknown-device': 'its device has no head in chain-heads.json',
};

export function checkChains({ timeline, chainHeads }: Pick<Artefacts, 'timeline' | 'chainHeads'>): { devices: number; detail: string } {
  const incidentId = timeline.incident.id;
  const seen = new Set<string>();
  for (const head of chainHeads.heads) {
    if (head.incidentId !== incidentId || seen.has(head.deviceId)) {
      throw new BundleFault('chainBroken', `the head for device ${head.deviceId} is not the one head of this incident's chain`, BUNDLE_PATHS.chainHeads);
    }
    seen.add(head.deviceId);
  }
  const foreign = timeline.entries.find((entry) => entry.incidentId !== incidentId);
  if (foreign) throw new BundleFault('chainBroken', 'the entry belongs to another incident', BUNDLE_PATHS.timelineJson, foreign.id);
  // The file may list entries in any order (by event time, interleaved): each chain is read by sequence.
  const ordered = [...timeline.entries].sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
  const verdict = verifyLog(ordered, chainHeads.heads);
  if (!verdict.ok) {
    const { problem, deviceId, seq, entryId } = verdict.failure!;
    throw new BundleFault('chainBroken', `device ${deviceId}, seq ${seq}: ${CHAIN_PROBLEMS[problem]}`, BUNDLE_PATHS.timelineJson, entryId);
  }
  const anomalies = verdict.clockAnomalies.length > 0 ? ` (${verdict.clockAnomalies.length} recorded out of clock order, flagged)` : '';
  // Each device by its full id, as chain-heads.json and the entries name it: after a handoff the
  // reader sees every responder's chain pass, not only how many there were.
  const perDevice = new Map<string, number>();
  for (const entry of timeline.entries) perDevice.set(entry.deviceId, (perDevice.get(entry.deviceId) ?? 0) + 1);
  const chains = chainHeads.heads.map((head) => `device ${head.deviceId}: ${count(perDevice.get(head.deviceId) ?? 0, 'entry', 'entries')}, head #${head.seq} ${head.hash.slice(0, 12)}…`);
  return {
    devices: verdict.devices,
    detail: `${count(verdict.entries, 'entry', 'entries')} from ${count(verdict.devices, 'device')} match their chain heads${anomalies}${chains.length > 0 ? `: ${chains.join('; ')}` : ''}`,
  };
}

const CUSTODY_PROBLEMS: Record<CustodyProblem, string> = {
  'foreign-item': 'it belongs to another item or incident',
  'content-altered': 'its content no longer matches its hash',
  'sequence-gap': 'its sequence number is not the next one (an event was removed or moved)',
  'broken-link': "its previous-hash is not the previous event's hash (an event was inserted or replaced)",
  'invalid-action': 'its action cannot come at this point of a custody chain',
  'missing-tail': "the chain stops before its head (the newest events were removed)",
  'beyond-head': "it follows the chain's head",
};

export function checkCustody({ custody, timeline }: Pick<Artefacts, 'custody' | 'timeline'>): string {
  const path = BUNDLE_PATHS.custody;
  const incidentId = timeline.incident.id;
  const eventsByItem = new Map<string, CustodyEvent[]>(custody.items.map((item) => [item.id, []]));
  for (const item of custody.items) {
    if (item.incidentId !== incidentId) throw new BundleFault('custodyBroken', 'the evidence item belongs to another incident', path, item.id);
  }
  if (eventsByItem.size !== custody.items.length) throw new BundleFault('custodyBroken', 'two evidence items have the same id', path);
  for (const event of custody.events) {
    const list = eventsByItem.get(event.itemId);
    if (!list) throw new BundleFault('custodyBroken', 'the custody event belongs to no evidence item in the bundle', path, event.id);
    list.push(event);
  }
  const heads = new Map(custody.heads.map((head) => [head.itemId, head]));
  for (const item of custody.items) {
    const events = eventsByItem.get(item.id)!.sort((a, b) => a.seq - b.seq);
    const head = heads.get(item.id);
    if (!head) throw new BundleFault('custodyBroken', 'the evidence item has no custody chain head', path, item.id);
    const verdict = verifyCustodyChain(events, { itemId: item.id, incidentId, head });
    if (!verdict.ok) {
      throw new BundleFault('custodyBroken', `item #${item.itemNumber}, seq ${verdict.seq}: ${CUSTODY_PROBLEMS[verdict.problem]}`, path, verdict.eventId ?? item.id);
    }
  }
  return `${count(custody.items.length, 'custody chain')} (${count(custody.events.length, 'event')}) match their heads`;
}

/**
 * Each included file must be its item's: the same SHA-256 and size the item recorded at
 * acquisition, and that hash the one its `collected` event sealed. A bundle written without
 * evidence files gives items a null path; a file that no item claims is extra.
 */
export function checkEvidence(files: BagFiles, { custody }: Pick<Artefacts, 'custody'>): { included: number; detail: string } {
  const claimed = new Set<string>();
  for (const item of custody.items) {
    const collected = custody.events.find((event) => event.itemId === item.id && event.seq === 1);
    if (collected?.action === 'collected' && collected.details.sha256 !== item.sha256) {
      throw new BundleFault('evidenceHashMismatch', "the item's SHA-256 differs from the one its collection recorded", item.bundlePath, item.id);
    }
    if (item.bundlePath === null) continue;
    if (claimed.has(item.bundlePath)) throw new BundleFault('custodyBroken', 'two evidence items claim the same file', BUNDLE_PATHS.custody, item.id);
    claimed.add(item.bundlePath);
    const file = fileOf(files, item.bundlePath);
    if (file.sha256 !== item.sha256 || file.size !== item.size) {
      throw new BundleFault('evidenceHashMismatch', `the file's SHA-256 or size differs from item #${item.itemNumber}'s recorded ones`, item.bundlePath, item.id);
    }
  }
  for (const path of files.keys()) {
    if (path.startsWith(BUNDLE_PATHS.evidenceDir) && !claimed.has(path)) throw new BundleFault('extraFile', 'the file belongs to no evidence item', path);
  }
  const detail =
    claimed.size === 0
      ? `no evidence files included (custody records of ${count(custody.items.length, 'item')} only)`
      : `${claimed.size} of ${custody.items.length} evidence files included, each matching its item's recorded SHA-256`;
  return { included: claimed.size, detail };
}
