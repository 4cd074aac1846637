// The contact the communication tests talk to: an own directory record with one phone and one address.
import type { ContactDraft } from '../../../shared/domain/contact';

export const MPD_DESK: ContactDraft = {
  category: 'police', country: 'JP',
  organization: { en: 'Tokyo MPD Cyber Crime desk', ja: '警視庁サイバー犯罪対策課' },
  person: null, role: null,
  phones: [{ number: '03-3581-4321', label: 'desk', available24x7: false, outOfBand: false }],
  emails: ['cyber-desk@example.jp'], web: [], references: [], notes: { en: '', ja: '' }, lastVerified: null,
};
