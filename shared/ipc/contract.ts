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

export const invokeChannels = {
  'app:get-info': { request: empty, response: AppInfoSchema },
  'app:set-language': { request: z.object({ language: LanguageSchema }).strict(), response: empty },
  'shell:open-external': { request: z.object({ url: ExternalUrlSchema }).strict(), response: empty },
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
