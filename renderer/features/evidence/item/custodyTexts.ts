// The log texts custody actions write, in the UI language at the moment of writing:
// the log records what the responder saw, not a translation key.
import { useTranslation } from 'react-i18next';
import type { CustodyDetails } from '../../../../shared/domain/evidence';

export interface PersonName {
  name: string;
  role: string | null;
}

export function useCustodyTexts() {
  const { t } = useTranslation('evidence');
  const person = (p: PersonName) => (p.role ? t('custody.person', { name: p.name, role: p.role }) : p.name);
  /** The main sentence, then whichever optional parts were filled in. */
  const joined = (main: string, parts: (string | false)[]) => [main, ...parts.filter((p): p is string => Boolean(p))].join(t('custody.log.separator'));

  return {
    person,
    transferred: (number: number, d: CustodyDetails<'transferred'>) =>
      joined(t('custody.log.transferred', { number, releasedBy: person(d.releasedBy), receivedBy: person(d.receivedBy), method: d.method }), [
        Boolean(d.tracking) && t('custody.log.tracking', { tracking: d.tracking }),
        Boolean(d.fromLocation) && t('custody.log.from', { location: d.fromLocation }),
        Boolean(d.toLocation) && t('custody.log.to', { location: d.toLocation }),
        t('custody.log.purpose', { purpose: d.purpose }),
      ]),
    accessed: (number: number, d: CustodyDetails<'accessed'>) => t('custody.log.accessed', { number, purpose: d.purpose }),
    exported: (number: number, d: CustodyDetails<'exported'>) => t('custody.log.exported', { number, destination: d.destination, purpose: d.purpose }),
    disposed: (number: number, d: CustodyDetails<'disposed'>) => t('custody.log.disposed', { number, method: d.method, authority: d.authority }),
    verified: (number: number, result: 'pass' | 'fail', computed: string) =>
      result === 'pass' ? t('custody.log.verifiedPass', { number }) : t('custody.log.verifiedFail', { number, computed }),
  };
}
