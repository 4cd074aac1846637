// Reading a category from import text: the slug or its English label, any case.
import { ContactCategorySchema, type ContactCategory } from '../domain/contact';

const LABELS: Record<ContactCategory, string> = {
  police: 'Police', csirt: 'CSIRT', regulator: 'Regulator', government: 'Government',
  'ir-retainer': 'IR retainer', 'insurer-hotline': 'Insurer hotline', broker: 'Broker', counsel: 'Counsel',
  negotiator: 'Negotiator', pr: 'PR', edr: 'EDR', msp: 'MSP', isp: 'ISP', backup: 'Backup',
  'vpn-firewall-vendor': 'VPN/firewall vendor', cloud: 'Cloud', 'key-partner': 'Key partner', acquirer: 'Acquirer', isac: 'ISAC',
};

const squash = (value: string) => value.toLowerCase().replace(/[\s_/-]+/g, '');

/** The category this word names, or null. */
export function readCategory(word: string): ContactCategory | null {
  const key = squash(word);
  if (!key) return null;
  return ContactCategorySchema.options.find((category) => squash(category) === key || squash(LABELS[category]) === key) ?? null;
}
