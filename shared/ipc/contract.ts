// The one IPC contract between main and renderer. Main registers a handler for
// every invoke channel (main/ipc), the preload builds `window.lantern` from the
// same map (preload/api.ts), and both validate payloads with these schemas.
// Channel names are `domain:action`, kebab case, declared only here.
import { z } from '../zod';
import { isSafeLinkUrl } from '../domain/links';
import { IncidentSchema } from '../domain/incident';
import { LogEntrySchema } from '../domain/logEntry';

export const LANGUAGES = ['en', 'ja'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** The operating system's preferred locale, e.g. `ja-JP`. */
  systemLocale: z.string(),
  systemTimeZone: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Only these schemes may leave the app, and only through the system browser or mail client. */
export const ExternalUrlSchema = z
  .string()
  .max(2048)
  .refine(isSafeLinkUrl, 'only http, https and mailto links can be opened');

const empty = z.object({}).strict();

/** Bytes crossing the bridge (a Node Buffer is one too); checked by tag, so any realm's Uint8Array passes. */
export const BytesSchema = z.custom<Uint8Array>(
  (value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]',
  'expected bytes',
);

/** One write of a streamed save; larger bodies arrive in several. */
export const SAVE_CHUNK_MAX_BYTES = 8 * 1024 * 1024;
/** The HTML a PDF is printed from: a 100,000-entry report is well under this. */
export const PDF_HTML_MAX_CHARS = 128 * 1024 * 1024;

/**
 * The name the save dialog proposes: a plain file name, never a path. Main still
 * takes only the name's last segment and the user chooses the folder.
 */
export const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/u, 'a file name without path separators or control characters')
  .refine((name) => !name.startsWith('.') && name.trim() === name, 'no leading dot or surrounding spaces');

/** Issued by main when the user has chosen where to save; names one open file for the chunks that follow. */
export const SaveTokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'expected a save token');

/** Why a backup is written; main keeps nothing of it but the file. */
export const BACKUP_REASONS = ['manual', 'scheduled', 'quit', 'before-restore'] as const;
export const BackupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/**
 * A backup file as main names it in its rotating folder (UTC time of writing, a counter when
 * two fall in one second). The renderer only ever sees such names, never sends a path.
 */
export const BackupNameSchema = z.string().regex(/^lantern-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,3})?\.zip$/, 'expected a backup file name');
/** Issued by main for one backup being written; names the open `.part` file. */
export const BackupTokenSchema = SaveTokenSchema;
/** Names one quit-time backup request, so a late answer to an earlier quit is ignored. */
export const BackupRequestIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'expected a request id');
/** A folder main shows the responder (its own backups folder, or the one they chose); display only. */
const FolderPathSchema = z.string().min(1).max(4096);

/** What became of the copy to the responder's own folder (a USB drive, say) after a backup. */
export const BackupCopySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }).strict(),
  z.object({ status: z.literal('copied'), folder: FolderPathSchema }).strict(),
  z
    .object({
      status: z.literal('failed'),
      folder: FolderPathSchema,
      /** errors:<code>: backup.folderUnavailable, backup.folderFull, backup.copyFailed. */
      code: z.string().regex(/^backup\.[A-Za-z]+$/),
      detail: z.string().max(300),
    })
    .strict(),
]);
export type BackupCopy = z.infer<typeof BackupCopySchema>;

export const BackupFileSchema = z
  .object({ name: BackupNameSchema, bytes: z.number().int().min(0), createdAt: z.string().max(40) })
  .strict();
export type BackupFile = z.infer<typeof BackupFileSchema>;

export const BackupListingSchema = z
  .object({
    /** main's rotating folder under the app's data directory. */
    folder: FolderPathSchema,
    /** How many backups the rotation keeps. */
    keep: z.number().int().min(1).max(1000),
    /** Newest first. */
    backups: z.array(BackupFileSchema).max(1000),
    /** The responder's own folder every backup is also copied to; null when none is set. */
    copyFolder: FolderPathSchema.nullable(),
  })
  .strict();
export type BackupListing = z.infer<typeof BackupListingSchema>;

/**
 * One record of the log journal: a second, fsync'd copy in main of what the notebook's
 * database commits that a lost database would need back — each log entry as hashed, the
 * incidents they belong to, the responder's profile — and `reset` where a restore replaced
 * the notebook (records before it are no longer the notebook's).
 */
export const JournalRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entry: LogEntrySchema }).strict(),
  z.object({ kind: z.literal('incident'), incident: IncidentSchema }).strict(),
  z
    .object({
      kind: z.literal('profile'),
      profile: z.object({ name: z.string().min(1).max(200), role: z.string().max(200), organization: z.string().max(200) }).strict(),
    })
    .strict(),
  z.object({ kind: z.literal('reset') }).strict(),
]);
export type JournalRecord = z.infer<typeof JournalRecordSchema>;
/** Records in one append: a handoff import or a restore sends its entries in batches of this many. */
export const JOURNAL_BATCH_MAX = 2_000;
/** Records in one `journal:tail` answer. */
export const JOURNAL_TAIL_MAX = 1_000;
/** A byte offset into the journal file, as main hands it out for the next page. */
const JournalCursorSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const invokeChannels = {
  'app:get-info': { request: empty, response: AppInfoSchema },
  'app:set-language': { request: z.object({ language: LanguageSchema }).strict(), response: empty },
  'shell:open-external': { request: z.object({ url: ExternalUrlSchema }).strict(), response: empty },
  /** Shows the save dialog; on a choice, main opens `<path>.part` and returns a token (null: cancelled). */
  'save:begin': {
    request: z.object({ suggestedName: SuggestedNameSchema, mime: z.string().max(100) }).strict(),
    response: z.object({ token: SaveTokenSchema.nullable(), name: z.string().max(1024).nullable() }).strict(),
  },
  'save:chunk': {
    request: z.object({ token: SaveTokenSchema, bytes: BytesSchema.refine((b) => b.byteLength <= SAVE_CHUNK_MAX_BYTES, 'chunk too large') }).strict(),
    response: z.object({ written: z.number().int().min(0) }).strict(),
  },
  /** Flushes and renames `<path>.part` to the chosen path. */
  'save:finish': { request: z.object({ token: SaveTokenSchema }).strict(), response: z.object({ name: z.string().max(1024) }).strict() },
  /** Deletes `<path>.part`; unknown tokens are ignored. */
  'save:abort': { request: z.object({ token: SaveTokenSchema }).strict(), response: empty },
  /** Opens `<userData>/backups/<main-chosen name>.part` for a notebook snapshot; the renderer never names a path. */
  'backup:begin': { request: z.object({ reason: BackupReasonSchema }).strict(), response: z.object({ token: BackupTokenSchema, name: BackupNameSchema }).strict() },
  'backup:chunk': {
    request: z.object({ token: BackupTokenSchema, bytes: BytesSchema.refine((b) => b.byteLength <= SAVE_CHUNK_MAX_BYTES, 'chunk too large') }).strict(),
    response: z.object({ written: z.number().int().min(0) }).strict(),
  },
  /** Flushes and renames the backup into place, copies it to the chosen folder, then rotates. */
  'backup:finish': {
    request: z.object({ token: BackupTokenSchema }).strict(),
    response: z.object({ name: BackupNameSchema, bytes: z.number().int().min(0), copy: BackupCopySchema, removed: z.number().int().min(0) }).strict(),
  },
  /** Deletes the `.part` file; unknown tokens are ignored. */
  'backup:abort': { request: z.object({ token: BackupTokenSchema }).strict(), response: empty },
  'backup:list': { request: empty, response: BackupListingSchema },
  /** Shows main's folder dialog; main keeps the choice in its own settings file. */
  'backup:choose-folder': { request: empty, response: z.object({ copyFolder: FolderPathSchema.nullable() }).strict() },
  'backup:clear-folder': { request: empty, response: empty },
  /** The renderer's answer to `backup:quit-requested`: its backup is written (or not needed, or failed); main may quit. */
  'backup:quit-done': {
    request: z.object({ requestId: BackupRequestIdSchema, outcome: z.enum(['written', 'unchanged', 'failed']) }).strict(),
    response: empty,
  },
  /** Appends records to `<userData>/journal/log.ndjson` and fsyncs it before answering. */
  'journal:append': { request: z.object({ records: z.array(JournalRecordSchema).min(1).max(JOURNAL_BATCH_MAX) }).strict(), response: empty },
  /** The newest `count` records, oldest first; `complete` when there are none before them. */
  'journal:tail': {
    request: z.object({ count: z.number().int().min(1).max(JOURNAL_TAIL_MAX) }).strict(),
    response: z.object({ records: z.array(JournalRecordSchema).max(JOURNAL_TAIL_MAX), complete: z.boolean() }).strict(),
  },
  /** The whole journal, a page at a time from `cursor` (0: the start); `next` is null at the end. Unreadable lines are counted, not returned. */
  'journal:read': {
    request: z.object({ cursor: JournalCursorSchema }).strict(),
    response: z.object({ records: z.array(JournalRecordSchema), next: JournalCursorSchema.nullable(), unreadable: z.number().int().min(0) }).strict(),
  },
  /** Prints a self-contained HTML document to A4 PDF in a hidden window with JavaScript off. */
  'pdf:print': { request: z.object({ html: z.string().max(PDF_HTML_MAX_CHARS) }).strict(), response: z.object({ pdf: BytesSchema }).strict() },
} as const;

export const MENU_COMMANDS = ['new-entry', 'new-incident', 'verify-log', 'open-settings', 'focus-search', 'open-incidents'] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Main → renderer notifications. */
export const eventChannels = {
  'menu:command': z.object({ command: MenuCommandSchema }).strict(),
  /** main is about to quit: write a last backup if anything changed, then answer `backup:quit-done`. */
  'backup:quit-requested': z.object({ requestId: BackupRequestIdSchema }).strict(),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type RequestOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['response']>;
export type EventOf<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

export const isInvokeChannel = (value: unknown): value is InvokeChannel =>
  typeof value === 'string' && Object.hasOwn(invokeChannels, value);
