// The door for components: read through hooks, write through these functions.
// Writers throw CodedError (`error.code` is translated by the UI as errors:<code>).
import { appContext as ctx, appDb } from './app';
import { createDeviceKeys, saveProfile } from './repositories/identity.write';
import { createIncident, recordAnchor, setIncidentStatus, updateIncidentDetails } from './repositories/incidents.write';
import type { AnchorInput, IncidentDetails, NewIncidentInput } from './repositories/incidents.write';
import { amendEntry, appendEntry, retractEntry } from './repositories/entries.write';
import type { AmendmentInput, EntryDraft } from './repositories/entries.write';
import { verifyOffThread } from './verifier';
import type { IncidentVerification } from './repositories/entries.read';
import { readSetting, writeSetting, type SettingKey, type SettingValue } from './repositories/settings';
import type { ResponderProfileInput } from '../../shared/domain/responder';
import type { ChecklistTemplate } from '../../shared/domain/checklistTemplate';
import type { SystemDetails, SystemFlag, TransitionInput } from '../../shared/domain/system';
import { addSystems, setSystemFlag, transitionSystem, updateSystemDetails } from './repositories/systems.write';
import { changeItem, startRun, type ItemChangeInput, type StartRunInput } from './repositories/checklists.write';
import { deleteTemplate, exportTemplates, importTemplates, saveTemplate } from './repositories/templates';
import type { StoredTemplate } from './db';
import type { ContactDraft } from '../../shared/domain/contact';
import type { EvidenceItem } from '../../shared/domain/evidence';
import type { HashOptions } from '../evidence/hashFile';
import { addEvidence, appendCustody, verifyEvidence, type CustodyInput, type IntakeInput } from './repositories/evidence.write';
import { evidenceBlob } from './repositories/evidence.read';
import { gatherBundle } from './repositories/bundle.read';
import { exportTimelineOffThread, type ExportRunOptions } from './exporter';
import type { TimelineExportRequest } from './repositories/timelineExport.read';
import { deleteContact, importContacts, logCommunication, restoreContact, saveContact, setEngaged, type CommunicationInput } from './repositories/contacts.write';
import { importBundle, type ImportableBundle } from './repositories/handoff.write';
import { clearDeadlineMet, markDeadlineMet, recordDeadlineAnchor, setRegime, type DeadlineAnchorInput, type MarkMetInput } from './repositories/deadlines.write';
import { backupTableShapes, notebookCounts, readSnapshot } from './repositories/backup.read';
import { restoreNotebook, type RenewedDevice, type RestorableNotebook, type RestoreMode } from './repositories/backup.write';
import { checkChains, markPending, readBookkeeping, recordBackup, setIntervalMinutes, watchNotebookChanges, type BackupStatus } from './repositories/backup.state';

export * from './hooks';
export { readOpeningState, type OpeningState } from './opening';
export type { JournalRecovery } from './journal';
export type { StoredEntry, StoredTemplate, StoredContact, EngagementRecord, AnchorRecord, DeadlineMarkRecord } from './db';
export type { DirectoryContact } from './repositories/contacts.read';
export type { BundleEstimate, BundleSource } from './repositories/bundle.read';
export type { DeadlineState } from './repositories/deadlines.read';
export type { CommunicationInput } from './repositories/contacts.write';
export type { DeadlineAnchorInput, MarkMetInput } from './repositories/deadlines.write';
export type { CustodyInput, IntakeInput, VerifyOutcome } from './repositories/evidence.write';
export type { RunWithStatus } from './repositories/checklists.read';
export type { ItemChangeInput, StartRunInput } from './repositories/checklists.write';
export type { IncidentLogSnapshot } from './stores/incidentLog';
export type { IncidentVerification } from './repositories/entries.read';
export type { AnchorInput, IncidentDetails, NewIncidentInput } from './repositories/incidents.write';
export type { AmendmentInput, EntryDraft, EventTime } from './repositories/entries.write';
export type { AuthorCount, ImportableBundle, ImportSummary } from './repositories/handoff.write';
export type { TimelineExportPhase, TimelineExportProgress, TimelineExportRequest } from './repositories/timelineExport.read';
export type { ExportRunOptions } from './exporter';
export type { NotebookCounts, NotebookSnapshot, TableShape } from './repositories/backup.read';
export type { RenewedDevice, RestorableNotebook, RestoreMode } from './repositories/backup.write';
export type { BackupBookkeeping, BackupStatus, RestoredChecks } from './repositories/backup.state';
export { BACKUP_INTERVALS } from './repositories/backup.state';

export const notebook = {
  saveProfile: (input: ResponderProfileInput) => saveProfile(ctx, input),
  createIncident: (input: NewIncidentInput) => createIncident(ctx, input),
  updateIncidentDetails: (id: string, details: IncidentDetails, text: string) => updateIncidentDetails(ctx, id, details, text),
  setIncidentStatus: (id: string, status: 'open' | 'closed', text: string) => setIncidentStatus(ctx, id, status, text),
  recordAnchor: (id: string, anchor: AnchorInput) => recordAnchor(ctx, id, anchor),
  appendEntry: (draft: EntryDraft) => appendEntry(ctx, draft),
  amendEntry: (input: AmendmentInput) => amendEntry(ctx, input),
  retractEntry: (input: { incidentId: string; targetId: string; reason: string; text: string }) => retractEntry(ctx, input),
  /** Runs in a Web Worker where there is one: the UI keeps responding on large logs. */
  verifyIncidentLog: (incidentId: string, since: IncidentVerification | null = null) => verifyOffThread(appDb, incidentId, since),
  readSetting: <K extends SettingKey>(key: K) => readSetting(appDb, key),
  writeSetting: <K extends SettingKey>(key: K, value: SettingValue<K>) => writeSetting(appDb, key, value),
  addSystems: (incidentId: string, rows: readonly { details: SystemDetails; text: string }[]) => addSystems(ctx, incidentId, rows),
  updateSystemDetails: (systemId: string, details: SystemDetails, text: string) => updateSystemDetails(ctx, systemId, details, text),
  transitionSystem: (systemId: string, input: TransitionInput, text: string) => transitionSystem(ctx, systemId, input, text),
  setSystemFlag: (systemId: string, flag: SystemFlag, value: boolean, detail: string, text: string) => setSystemFlag(ctx, systemId, flag, value, detail, text),
  startRun: (input: StartRunInput) => startRun(ctx, input),
  changeItem: (input: ItemChangeInput) => changeItem(ctx, input),
  saveTemplate: (template: ChecklistTemplate, basedOn: StoredTemplate['basedOn'] = null) => saveTemplate(ctx, template, basedOn),
  deleteTemplate: (id: string) => deleteTemplate(appDb, id),
  importTemplates: (fileText: string) => importTemplates(ctx, fileText),
  exportTemplates,
  saveContact: (id: string | null, draft: ContactDraft) => saveContact(ctx, id, draft),
  restoreContact: (id: string) => restoreContact(appDb, id),
  deleteContact: (id: string) => deleteContact(appDb, id),
  importContacts: (drafts: readonly ContactDraft[]) => importContacts(ctx, drafts),
  setEngaged: (incidentId: string, contactId: string, engaged: boolean, text: string) => setEngaged(ctx, incidentId, contactId, engaged, text),
  logCommunication: (input: CommunicationInput) => logCommunication(ctx, input),
  setRegime: (incidentId: string, regimeId: string, enabled: boolean, text: string) => setRegime(ctx, incidentId, regimeId, enabled, text),
  recordDeadlineAnchor: (incidentId: string, input: DeadlineAnchorInput) => recordDeadlineAnchor(ctx, incidentId, input),
  markDeadlineMet: (input: MarkMetInput) => markDeadlineMet(ctx, input),
  clearDeadlineMet: (incidentId: string, ruleId: string, text: string) => clearDeadlineMet(ctx, incidentId, ruleId, text),
  /** Stores a file hashed beforehand (renderer/evidence/hashFile) as the incident's next evidence item. */
  addEvidence: (input: IntakeInput) => addEvidence(ctx, input),
  appendCustody: (itemId: string, input: CustodyInput, text: string) => appendCustody(ctx, itemId, input, text),
  verifyEvidence: (itemId: string, text: (outcome: { item: EvidenceItem; result: 'pass' | 'fail'; computedSha256: string }) => string, options?: HashOptions) =>
    verifyEvidence(ctx, itemId, text, options),
  /** The stored bytes of an item, for preview (never opened or run). */
  evidenceBlob: (itemId: string) => evidenceBlob(appDb, itemId),
  /** Everything an evidence bundle holds, read at one moment (files as Blob handles): renderer/bundle writes it. */
  gatherBundle: (incidentId: string, withFiles: boolean) => gatherBundle(appDb, incidentId, withFiles),
  /** Merges a bundle verifyBundle passed into its incident (`targetIncidentId`), or adds it as a new incident (null); all or nothing. */
  importBundle: (verified: ImportableBundle, targetIncidentId: string | null) =>
    importBundle(ctx, verified, targetIncidentId === null ? { newIncident: true } : { incidentId: targetIncidentId }),
  /** A timeline export file (HTML for PDF), built in its own worker; rejects with code export.cancelled on abort. */
  exportTimeline: (request: TimelineExportRequest, options?: ExportRunOptions) => exportTimelineOffThread(appDb, request, options),
  /** The device zone now, for defaults. */
  deviceZone: () => ctx.zone(),
  now: () => ctx.now(),
};

/** Backups (renderer/backup): the notebook read at one moment, restored in one transaction, and the agent's bookkeeping. */
export const backupData = {
  dbName: appDb.name,
  /** In this thread; renderer/backup reads in a worker where there is one. */
  readSnapshot: () => readSnapshot(appDb),
  tableShapes: () => backupTableShapes(appDb),
  counts: () => notebookCounts(appDb),
  /**
   * Fills an empty notebook, or replaces exactly the one the responder was shown; all or nothing.
   * A backup holding this device's own chains gives the device a new identity (the change is returned).
   */
  restore: async (backup: RestorableNotebook, mode: RestoreMode): Promise<RenewedDevice | null> => restoreNotebook(appDb, backup, mode, await createDeviceKeys(ctx)),
  /** Every incident's log chains (off the main thread) and every item's custody chain. */
  checkChains: () => checkChains(appDb, (incidentId) => verifyOffThread(appDb, incidentId)),
  readBookkeeping: () => readBookkeeping(appDb),
  record: (status: BackupStatus, stillPending: boolean) => recordBackup(appDb, status, stillPending),
  markPending: () => markPending(appDb),
  setIntervalMinutes: (minutes: number) => setIntervalMinutes(appDb, minutes),
  watchChanges: (listener: () => void) => watchNotebookChanges(appDb, listener),
};
