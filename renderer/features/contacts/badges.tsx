// The contact's marks as small badges with words (never colour alone). The list renders a few
// hundred rows, so these are plain functions taking the list's `t`.
import type { TFunction } from 'i18next';
import { needsCheck, type Phone } from '../../../shared/domain/contact';
import type { DirectoryContact } from '../../data';
import { isEmptySlot } from './contactNames';

export function phoneMarks(t: TFunction, phone: Phone) {
  return (
    <>
      {phone.available24x7 && (
        <span className="badge contact-24x7" title={t('badge.24x7Hint')}>
          {t('badge.24x7')}
        </span>
      )}
      {phone.outOfBand && (
        <span className="badge contact-oob" title={t('badge.oobHint')}>
          {t('badge.oob')}
        </span>
      )}
    </>
  );
}

export interface StatusMarks {
  today: string;
  engaged: boolean;
}

export function statusBadges(t: TFunction, contact: DirectoryContact, { today, engaged }: StatusMarks) {
  return (
    <>
      {engaged && <span className="badge badge-ok">{t('badge.engaged')}</span>}
      {needsCheck(contact, today) && (
        <span className="badge badge-warn" title={t('badge.checkHint', { date: contact.checkBy })}>
          {t('badge.check')}
        </span>
      )}
      {contact.edited && <span className="badge contact-edited">{t('badge.edited')}</span>}
      {isEmptySlot(contact) && <span className="badge contact-to-fill">{t('badge.toFill')}</span>}
      {contact.kind === 'own' && <span className="badge contact-own">{t('badge.own')}</span>}
    </>
  );
}
