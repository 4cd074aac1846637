// A notebook written in the order its features arrived, with the real writers, and a
// snapshot after each stage: stage N uses only what schema version N had, so its
// snapshot (restricted to version N's tables) is a realistic database of that version,
// with valid hash chains. Add a stage here whenever schema.ts gains a version.
import { createHash } from 'node:crypto';
import { builtInTemplate } from '../../../../shared/seed/templates';
import { detectFileType } from '../../../../shared/evidence/magic';
import { amendEntry, appendEntry, retractEntry } from '../../../../renderer/data/repositories/entries.write';
import { createIncident, recordAnchor, setIncidentStatus, updateIncidentDetails } from '../../../../renderer/data/repositories/incidents.write';
import { writeSetting } from '../../../../renderer/data/repositories/settings';
import { saveTemplate } from '../../../../renderer/data/repositories/templates';
import { addSystems, setSystemFlag, transitionSystem } from '../../../../renderer/data/repositories/systems.write';
import { changeItem, startRun } from '../../../../renderer/data/repositories/checklists.write';
import { logCommunication, saveContact, setEngaged } from '../../../../renderer/data/repositories/contacts.write';
import { markDeadlineMet, recordDeadlineAnchor, setRegime } from '../../../../renderer/data/repositories/deadlines.write';
import { addEvidence, appendCustody, verifyEvidence } from '../../../../renderer/data/repositories/evidence.write';
import { noteDraft, openTestNotebook, type TestNotebook } from '../fixtures';

const MINUTE = 60_000;
const at = (occurredAt: string) => ({ occurredAt, occurredZone: 'Asia/Tokyo', occurredPrecision: 'minute' as const });
const host = (name: string, type: 'host' | 'server' = 'server') => ({
  name,
  type,
  addresses: ['10.20.0.5', 'fs01.corp.example.jp'],
  owner: '情報システム部',
  location: 'Tokyo DC rack 4',
  criticality: 'high' as const,
  notes: 'ファイルサーバー',
  tags: ['fs'],
});

/** Ids the later stages build on. */
interface Story {
  incidentId: string;
  otherIncidentId: string;
  systemIds: string[];
  callEntryId: string;
}

type Stage = (nb: TestNotebook, story: Story) => Promise<void>;

/** Version 1: the responder, incidents and their logs (notes, corrections, retractions, anchors), settings. */
const v1: Stage = async (nb, story) => {
  const incident = await createIncident(nb.ctx, {
    title: 'ランサムウェア感染（東京DC）',
    code: 'IR-2026-014',
    severity: 'high',
    timeZone: 'Asia/Tokyo',
    anchors: [{ anchor: 'detected', ...at('2026-11-22T22:10:00.000Z'), text: 'EDR alert on FS01', decidedBy: null }],
  });
  const other = await createIncident(nb.ctx, { title: 'VPN compromise', code: 'IR-2026-015', severity: 'medium', timeZone: 'Europe/London', anchors: [] });
  story.incidentId = incident.id;
  story.otherIncidentId = other.id;
  const texts = ['Ransom note found on FS01', 'FS01 のスイッチポートを遮断した', 'Backups on NAS02 look intact 👍', 'Called the CSIRT lead'];
  const written = [];
  for (const text of texts) {
    nb.clock.advance(MINUTE);
    written.push(await appendEntry(nb.ctx, { ...noteDraft(incident.id, text, nb.clock.now.toISOString()), tags: ['triage'] }));
  }
  // v1's entry schema already carried refs (v2's upgrade indexes them): a follow-up citing an earlier entry, twice.
  const cite = { type: 'entry', id: written[2]!.id };
  await appendEntry(nb.ctx, { ...noteDraft(incident.id, 'NAS02 snapshot copied offline', nb.clock.now.toISOString()), refs: [cite, cite] });
  nb.clock.advance(MINUTE);
  await amendEntry(nb.ctx, { ...noteDraft(incident.id, 'Ransom note found on FS01 and FS02'), targetId: written[0]!.id, reason: 'FS02 too', tags: ['triage'] });
  await retractEntry(nb.ctx, { incidentId: incident.id, targetId: written[3]!.id, reason: 'wrong incident', text: 'Retracted' });
  await recordAnchor(nb.ctx, incident.id, { anchor: 'became-aware', ...at('2026-11-22T23:00:00.000Z'), text: 'Became aware: ransom note', decidedBy: 'K. Tanaka (lead)' });
  await updateIncidentDetails(nb.ctx, incident.id, { title: 'ランサムウェア感染（東京DC・FS01/FS02）', code: 'IR-2026-014', severity: 'critical', timeZone: 'Asia/Tokyo' }, 'Severity raised to critical');
  await appendEntry(nb.ctx, noteDraft(other.id, 'Unusual logins on the FortiGate'));
  await setIncidentStatus(nb.ctx, other.id, 'closed', 'Closed: false positive');
  await writeSetting(nb.db, 'language', 'ja');
  await writeSetting(nb.db, 'secondaryZone', 'UTC');
  await writeSetting(nb.db, 'lastIncidentId', incident.id);
};

/** Version 2: the systems board, own checklist templates and checklist runs. */
const v2: Stage = async (nb, story) => {
  const template = builtInTemplate('ransomware-first-hour')!;
  await saveTemplate(nb.ctx, { ...structuredClone(builtInTemplate('vpn-remote-access-compromise')!), id: 'vpn-our-fortigate' }, { id: 'vpn-remote-access-compromise', version: 1 });
  const systems = await addSystems(nb.ctx, story.incidentId, ['FS01', 'FS02'].map((name) => ({ details: host(name), text: `Added ${name}` })));
  story.systemIds = systems.map((s) => s.id);
  nb.clock.advance(MINUTE);
  await transitionSystem(nb.ctx, systems[0]!.id, { to: 'isolated', method: 'switch-port-shut', detail: 'core-sw1 Gi1/0/12' }, 'FS01 isolated');
  await setSystemFlag(nb.ctx, systems[0]!.id, 'compromiseConfirmed', true, 'ransom note', 'FS01 compromise confirmed');
  const run = await startRun(nb.ctx, { incidentId: story.incidentId, template, systemId: systems[0]!.id, text: 'Started first-hour checklist on FS01' });
  await changeItem(nb.ctx, { runId: run.id, itemId: 'rfh-05', action: 'done', reason: '', note: '', text: 'Done: disconnect FS01' });
  await changeItem(nb.ctx, { runId: run.id, itemId: 'rfh-08', action: 'blocked', reason: 'メモリ取得ツールが現地にない', note: '', text: 'Blocked' });
};

/** Version 3: the contact directory, engagements, communications and the deadline clocks. */
const v3: Stage = async (nb, story) => {
  await saveContact(nb.ctx, null, {
    category: 'counsel',
    country: 'JP',
    organization: { en: 'Example Law Office', ja: '例示法律事務所' },
    person: 'Ken Mori',
    role: 'Partner',
    phones: [{ number: '+81-90-0000-0000', label: 'mobile', available24x7: true, outOfBand: true }],
    emails: ['mori@example.jp'],
    web: [],
    references: [{ label: 'Engagement', value: 'EL-2026-7' }],
    notes: { en: '', ja: '' },
    lastVerified: '2026-11-01',
  });
  await setEngaged(nb.ctx, story.incidentId, 'jp-pref-cyber-desks', true, 'Engaged: prefectural police cyber desk');
  const call = await logCommunication(nb.ctx, {
    incidentId: story.incidentId,
    details: { contactId: 'jp-pref-cyber-desks', contactName: '都道府県警察 サイバー犯罪相談窓口', channel: 'call', direction: 'outbound', via: '03-0000-0000', outcome: '被害届の受理', reference: '2026-0412', followUp: '明日10時に再連絡' },
    ...at('2026-11-23T00:50:00.000Z'),
    text: '電話（発信）：受理番号 2026-0412',
  });
  story.callEntryId = call.id;
  await setRegime(nb.ctx, story.incidentId, 'eu-gdpr', true, 'GDPR on');
  await setRegime(nb.ctx, story.incidentId, 'jp-appi', true, 'APPI on');
  await recordDeadlineAnchor(nb.ctx, story.incidentId, { anchor: 'classification_major', ...at('2026-11-23T00:00:00.000Z'), decidedBy: 'K. Tanaka (lead)', text: 'Classified as major' });
  await markDeadlineMet(nb.ctx, { incidentId: story.incidentId, ruleId: 'eu-gdpr-33', entryId: call.id, text: 'GDPR Art. 33 notification met' });
};

/** Version 4: the evidence locker, stored files and custody chains. */
const v4: Stage = async (nb, story) => {
  const files = [
    { name: 'README_RESTORE.txt', bytes: new TextEncoder().encode('YOUR FILES ARE ENCRYPTED') },
    { name: '脅迫文_FS02.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
  ];
  const items = [];
  for (const [i, file] of files.entries()) {
    items.push(
      await addEvidence(nb.ctx, {
        incidentId: story.incidentId,
        file: new Blob([file.bytes]),
        originalName: file.name,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        detectedType: detectFileType(file.bytes, file.bytes.length),
        description: {
          description: `Ransom note ${i + 1}`,
          type: 'ransom-note',
          sourceSystemId: story.systemIds[i] ?? null,
          collectedBy: { name: 'Aiko Sato', role: 'Scribe' },
          ...{ collectedAt: '2026-11-23T00:40:00.000Z', collectedZone: 'Asia/Tokyo' },
          method: 'robocopy /COPY:DAT',
          toolVersion: '10.0',
        },
        collection: { location: 'Tokyo DC rack 4', reason: 'for the police report' },
        text: (n) => `Evidence #${n} collected`,
      }),
    );
  }
  const when = { at: '2026-11-23T02:00:00.000Z', zone: 'Asia/Tokyo' };
  await appendCustody(
    nb.ctx,
    items[0]!.id,
    {
      action: 'transferred',
      ...when,
      details: { releasedBy: { name: 'Aiko Sato', role: null }, receivedBy: { name: 'Det. Yamamoto', role: 'Tokyo MPD' }, method: 'courier', tracking: 'YMT-1234', fromLocation: 'HQ', toLocation: 'MPD', purpose: 'police analysis' },
    },
    'Evidence #1 transferred',
  );
  await verifyEvidence(nb.ctx, items[1]!.id, ({ result }) => `Evidence #2 verified: ${result}`);
};

/** The stages by schema version, oldest first. */
export const STAGES: ReadonlyMap<number, Stage> = new Map([
  [1, v1],
  [2, v2],
  [3, v3],
  [4, v4],
]);

/** Runs the stages up to `version` on a fresh notebook (current schema) and returns it with the ids used. */
export async function writeHistory(version: number): Promise<{ nb: TestNotebook; story: Story }> {
  const nb = await openTestNotebook();
  const story: Story = { incidentId: '', otherIncidentId: '', systemIds: [], callEntryId: '' };
  for (const [stageVersion, stage] of STAGES) if (stageVersion <= version) await stage(nb, story);
  return { nb, story };
}
