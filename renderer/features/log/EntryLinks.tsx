// The one compact line a timeline row gives to what a communication, contact or evidence
// entry points to: channel, direction, the contact as a button that opens it, and the
// reference number; or the evidence item and its custody action, as a button to the item.
// It fits the row's fixed height: the row clamps its body to one line when this line is shown.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LogEntry } from '../../../shared/domain/logEntry';
import { CUSTODY_ACTIONS, type CustodyAction } from '../../../shared/domain/evidence';
import type { EntryThread } from '../../../shared/domain/revisions';
import type { OpenRef } from '../../editor';
import { useContact } from '../../data';
import { ChannelIcon } from '../contacts/communication/ChannelIcon';
import { communicationOf, referenceStands } from '../contacts/communication/communicationData';
import { contactName } from '../contacts/communication/communicationTexts';
import './entryLinks.css';

/** The contact an engagement entry (kind `contact`) is about, or null. */
function engagedContactId(entry: LogEntry): string | null {
  if (entry.kind !== 'contact') return null;
  const value = entry.data?.contact;
  const id = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.contactId : null;
  return typeof id === 'string' ? id : null;
}

interface EvidenceLink {
  itemId: string;
  itemNumber: number;
  action: CustodyAction | null;
}

/** The item an evidence entry (kind `evidence`, one per custody event) is about, or null. */
function evidenceLinkOf(entry: LogEntry): EvidenceLink | null {
  if (entry.kind !== 'evidence') return null;
  const value = entry.data?.evidence;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { itemId, itemNumber, action } = value;
  if (typeof itemId !== 'string' || typeof itemNumber !== 'number' || !Number.isSafeInteger(itemNumber) || itemNumber < 1) return null;
  return { itemId, itemNumber, action: CUSTODY_ACTIONS.find((known) => known === action) ?? null };
}

/** Whether the row shows a links line (and so clamps its body to one line). */
export const hasEntryLinks = (entry: LogEntry): boolean =>
  communicationOf(entry) !== null || engagedContactId(entry) !== null || evidenceLinkOf(entry) !== null;

export interface EntryLinksProps {
  /** The timeline's `t` (namespace log); communication strings are read with their namespace prefix. */
  t: TFunction;
  thread: EntryThread;
  openRef: OpenRef | undefined;
}

export function EntryLinks({ t, thread, openRef }: EntryLinksProps) {
  const details = communicationOf(thread.original);
  if (details) {
    return (
      <div className="entry-links small">
        <span className="entry-links-channel">
          <ChannelIcon channel={details.channel} />
          {t(`communications:channel.${details.channel}`)}
        </span>
        <span className="muted">{t(`communications:direction.${details.direction}`)}</span>
        <ContactButton t={t} contactId={details.contactId} name={details.contactName} openRef={openRef} />
        {referenceStands(thread, details) && (
          <span className="entry-ref-chip" title={t('communications:item.reference')}>
            <span className="entry-ref-label">{t('communications:row.reference')}</span> <span className="mono">{details.reference}</span>
          </span>
        )}
      </div>
    );
  }
  const evidence = evidenceLinkOf(thread.original);
  if (evidence) {
    return (
      <div className="entry-links small">
        <EvidenceButton t={t} link={evidence} openRef={openRef} />
      </div>
    );
  }
  const contactId = engagedContactId(thread.original);
  return contactId ? (
    <div className="entry-links small">
      <EngagedContact t={t} contactId={contactId} openRef={openRef} />
    </div>
  ) : null;
}

function EvidenceButton({ t, link, openRef }: { t: TFunction; link: EvidenceLink; openRef: OpenRef | undefined }) {
  const { itemId, itemNumber: number, action } = link;
  const label = action
    ? t('editor:evidenceMention.entryLink', { number, action: t(`evidence:custody.action.${action}`) })
    : t('editor:evidenceMention.entryLinkBare', { number });
  // Outside an incident view nothing can open the item: show the label only.
  if (!openRef) return <span className="entry-links-evidence">{label}</span>;
  return (
    <button type="button" className="btn-link entry-links-evidence" title={t('editor:evidenceMention.open', { number })} onClick={() => openRef('evidence', itemId)}>
      {label}
    </button>
  );
}

function ContactButton({ t, contactId, name, openRef }: { t: TFunction; contactId: string; name: string; openRef: OpenRef | undefined }) {
  // Outside an incident view nothing can open the contact: show its name only.
  if (!openRef) return <span className="entry-links-contact">{name}</span>;
  return (
    <button type="button" className="btn-link entry-links-contact" aria-label={t('communications:row.openContact', { name })} onClick={() => openRef('contact', contactId)}>
      {name}
    </button>
  );
}

/**
 * Engagement entries carry only the contact's id, so the name is read from the directory. Such
 * rows are few (one per engage or release), so their one live query each costs nothing on scroll.
 */
function EngagedContact({ t, contactId, openRef }: { t: TFunction; contactId: string; openRef: OpenRef | undefined }) {
  const { i18n } = useTranslation();
  const contact = useContact(contactId);
  if (contact === undefined) return null;
  if (contact === null) return <span className="muted">{t('communications:row.contactGone')}</span>;
  return <ContactButton t={t} contactId={contactId} name={contactName(contact, t, i18n.language)} openRef={openRef} />;
}
