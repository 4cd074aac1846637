// A directory contact: a shipped reference record (police, CSIRT, regulator, vendor slot) or one of the responder's own.
import { z } from '../zod';
import { IdSchema, text } from './common';
import { isSafeLinkUrl } from './links';
import { LocalizedTextSchema } from './localized';

export const AUTHORITY_CATEGORIES = ['police', 'csirt', 'regulator', 'government'] as const;
export const VENDOR_CATEGORIES = [
  'ir-retainer', 'insurer-hotline', 'broker', 'counsel', 'negotiator', 'pr', 'edr', 'msp', 'isp', 'backup',
  'vpn-firewall-vendor', 'cloud', 'key-partner', 'acquirer', 'isac',
] as const;
export const ContactCategorySchema = z.enum([...AUTHORITY_CATEGORIES, ...VENDOR_CATEGORIES]);
export type ContactCategory = z.infer<typeof ContactCategorySchema>;

export const ContactCountrySchema = z.enum(['JP', 'US', 'UK', 'EU']);
export type ContactCountry = z.infer<typeof ContactCountrySchema>;

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'no such date');

/** Digits with the usual separators; `#` and `*` for short codes such as #9110. */
export const PHONE_PATTERN = /^[+#*(]?[0-9][0-9 ()\-.#*]{0,39}$/;
export const EMAIL_PATTERN = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export const PhoneSchema = z
  .object({
    number: z.string().trim().regex(PHONE_PATTERN, 'not a phone number'),
    label: text(200).pipe(z.string().trim()).nullable(),
    available24x7: z.boolean(),
    /** Reachable when the corporate network and phones are down (a personal mobile, a satellite phone …). */
    outOfBand: z.boolean(),
  })
  .strict();
export type Phone = z.infer<typeof PhoneSchema>;

export const WebUrlSchema = z
  .string()
  .refine((url) => /^https?:\/\//i.test(url) && isSafeLinkUrl(url), 'only http(s) links are allowed');

/** Free text in either language; unlike LocalizedText both may be empty. */
export const ContactNotesSchema = z.object({ en: text(4000), ja: text(4000) }).strict();
export type ContactNotes = z.infer<typeof ContactNotesSchema>;

const fields = {
  category: ContactCategorySchema.nullable(),
  country: ContactCountrySchema.nullable(),
  organization: LocalizedTextSchema.nullable(),
  person: text(200).pipe(z.string().trim().min(1)).nullable(),
  role: text(200).pipe(z.string().trim().min(1)).nullable(),
  phones: z.array(PhoneSchema).max(20),
  emails: z.array(z.string().trim().max(254).regex(EMAIL_PATTERN, 'not an e-mail address')).max(20),
  web: z.array(WebUrlSchema).max(20),
  /** Contract, policy, account or customer numbers. */
  references: z.array(z.object({ label: text(120).pipe(z.string().trim().min(1)), value: text(200).pipe(z.string().trim().min(1)) }).strict()).max(20),
  notes: ContactNotesSchema,
  lastVerified: IsoDateSchema.nullable(),
};
const named = (value: { organization: unknown; person: unknown }) => value.organization !== null || value.person !== null;

/** What a responder enters or imports (vCard, CSV); the store adds id and kind. */
export const ContactDraftSchema = z.object(fields).strict().refine(named, 'a contact needs an organisation or a person');
export type ContactDraft = z.infer<typeof ContactDraftSchema>;

/** Shipped records have slug ids (`jp-110`, `v-ir-retainer`); the responder's own have UUIDs. */
export const SeedContactIdSchema = z.string().regex(/^(?:jp|us|uk|eu|v)-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a seed contact id');

export const ContactSchema = z
  .object({
    ...fields,
    id: z.string(),
    kind: z.enum(['seed', 'own']),
    /** reference.md §7 source ids. */
    sources: z.array(z.string().regex(/^S\d{1,3}$/, 'expected a source id such as S25')).max(10),
    /** Date or period the source showed, as the reference states it. */
    sourceSeen: text(200).nullable(),
    /** "Check before use" once this date has passed. */
    checkBy: IsoDateSchema.nullable(),
  })
  .strict()
  .refine(named, 'a contact needs an organisation or a person')
  .superRefine((value, ctx) => {
    const ok = value.kind === 'seed' ? SeedContactIdSchema.safeParse(value.id).success : IdSchema.safeParse(value.id).success;
    if (!ok) ctx.addIssue({ code: 'custom', path: ['id'], message: value.kind === 'seed' ? 'expected a seed contact id' : 'expected a UUID' });
  });
export type Contact = z.infer<typeof ContactSchema>;

/**
 * Whether the record's "check before use" date has passed on `today` (YYYY-MM-DD) without the
 * responder having verified it since.
 */
export const needsCheck = (contact: Pick<Contact, 'checkBy' | 'lastVerified'>, today: string): boolean =>
  contact.checkBy !== null && contact.checkBy < today && !(contact.lastVerified !== null && contact.lastVerified >= contact.checkBy);
