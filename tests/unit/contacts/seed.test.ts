// The shipped directory must be valid copies of reference.md §4 and cover every vendor category.
import { describe, expect, it } from 'vitest';
import { ContactSchema, VENDOR_CATEGORIES, needsCheck } from '../../../shared/domain/contact';
import { CHECK_NOW, SEED_CONTACTS, VENDOR_SLOTS, seedContact } from '../../../shared/seed/contacts';

const all = [...SEED_CONTACTS, ...VENDOR_SLOTS];

describe('seed contacts', () => {
  it.each(all.map((contact) => [contact.id, contact] as const))('%s parses with ContactSchema', (_id, contact) => {
    const result = ContactSchema.safeParse(contact);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the rows of reference.md §4.1–4.4 per country, with unique ids', () => {
    const count = (country: string) => SEED_CONTACTS.filter((contact) => contact.country === country).length;
    expect([count('JP'), count('US'), count('UK'), count('EU')]).toEqual([13, 10, 4, 4]);
    expect(new Set(all.map((contact) => contact.id)).size).toBe(all.length);
    expect(SEED_CONTACTS.every((contact) => contact.kind === 'seed')).toBe(true);
  });

  it('ships the reference numbers and links as given', () => {
    expect(seedContact('jp-9110')?.phones[0]?.number).toBe('#9110');
    expect(seedContact('us-cisa')).toMatchObject({ emails: ['Report@cisa.gov'], phones: [{ number: '(888) 282-0870', available24x7: true }] });
    expect(seedContact('uk-report-fraud')?.web).toEqual(['https://www.reportfraud.police.uk']);
    expect(seedContact('jp-npa-cyber-online')?.web).toEqual(['https://www.npa.go.jp/bureau/cyber/soudan.html']);
  });

  it('marks [verify] and outdated records for checking before use', () => {
    for (const id of ['jp-pref-cyber-desks', 'jp-jpcert-email', 'us-fbi-cywatch', 'us-ms-isac', 'uk-report-fraud', 'uk-ncsc']) {
      expect(seedContact(id)?.checkBy).toBe(CHECK_NOW);
      expect(needsCheck(seedContact(id)!, '2026-11-23')).toBe(true);
    }
    expect(needsCheck(seedContact('jp-110')!, '2026-11-23')).toBe(false);
  });

  it('has an empty slot for each of the 15 vendor categories', () => {
    expect(VENDOR_SLOTS.map((slot) => slot.category).sort()).toEqual([...VENDOR_CATEGORIES].sort());
    expect(VENDOR_CATEGORIES).toHaveLength(15);
    for (const slot of VENDOR_SLOTS) {
      expect(slot.phones).toEqual([]);
      expect(slot.emails).toEqual([]);
      expect(slot.organization?.en).toMatch(/^\(your .+\)$/);
      expect(slot.organization?.ja).toMatch(/^（.+）$/);
    }
  });
});
