// The one IPC contract between main and renderer. Main registers a handler for
// every invoke channel (main/ipc), the preload builds `window.lantern` from the
// same map (preload/api.ts), and both validate payloads with these schemas.
// Channel names are `domain:action`, kebab case, declared only here.
import { z } from '../zod';
import { isSafeLinkUrl } from '../domain/links';

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
  /** Prints a self-contained HTML document to A4 PDF in a hidden window with JavaScript off. */
  'pdf:print': { request: z.object({ html: z.string().max(PDF_HTML_MAX_CHARS) }).strict(), response: z.object({ pdf: BytesSchema }).strict() },
} as const;

export const MENU_COMMANDS = ['new-entry', 'new-incident', 'verify-log', 'open-settings', 'focus-search', 'open-incidents'] as const;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Main → renderer notifications. */
export const eventChannels = {
  'menu:command': z.object({ command: MenuCommandSchema }).strict(),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type RequestOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['response']>;
export type EventOf<C extends EventChannel> = z.infer<(typeof eventChannels)[C]>;

export const isInvokeChannel = (value: unknown): value is InvokeChannel =>
  typeof value === 'string' && Object.hasOwn(invokeChannels, value);
