// The contact's name and the log text of a communication, in the UI language at the moment of
// writing: the log records what the responder saw, and stays readable without the directory.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CommunicationDetails } from '../../../../shared/domain/communication';
import type { Contact } from '../../../../shared/domain/contact';
import { localized } from '../../../../shared/domain/localized';

/** CommunicationDetailsSchema caps the stored name at 400 characters. */
const NAME_LIMIT = 400;

/** "Organisation, person" in the UI language; either alone when the other is missing. */
export function contactName(contact: Pick<Contact, 'organization' | 'person'>, t: TFunction, language: string): string {
  const organization = contact.organization ? localized(contact.organization, language) : '';
  const person = contact.person ?? '';
  const name = organization && person ? t('communications:name.withPerson', { organization, person }) : organization || person;
  return name.length > NAME_LIMIT ? `${name.slice(0, NAME_LIMIT - 1)}…` : name;
}

const ENDS_SENTENCE = /[.!?。！？]$/u;

export function useCommunicationTexts() {
  const { t, i18n } = useTranslation('communications');
  const sentence = (text: string) => (ENDS_SENTENCE.test(text) ? text : `${text}${t('text.stop')}`);

  return {
    name: (contact: Pick<Contact, 'organization' | 'person'>) => contactName(contact, t, i18n.language),

    /** "Call to Tokyo MPD via 03-… — Reference: 2025-0412. Outcome: … Follow-up: …" */
    entry(details: CommunicationDetails): string {
      const named = t(`text.head.${details.channel}.${details.direction}`, { name: details.contactName });
      const head = details.via ? t('text.via', { head: named, via: details.via }) : named;
      const parts = [
        details.reference && t('text.reference', { value: details.reference }),
        details.outcome && t('text.outcome', { value: details.outcome }),
        details.followUp && t('text.followUp', { value: details.followUp }),
      ].filter(Boolean);
      if (parts.length === 0) return head;
      // Sentences are joined by the language's own spacing: a space in English, none in Japanese.
      const body = parts.map(sentence).reduce((a, b) => t('text.join', { a, b }));
      return `${head}${t('text.separator')}${body}`;
    },
  };
}
