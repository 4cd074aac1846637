// EU CSIRT network and the per-member-state recipients, from reference.md §4.4.
import type { Contact } from '../../domain/contact';
import { CHECK_YEARLY, seed } from './build';

export const EU_CONTACTS: readonly Contact[] = [
  seed({
    id: 'eu-csirts-network', category: 'csirt', country: 'EU', en: 'EU CSIRTs Network (member list)', ja: 'EU CSIRTsネットワーク（加盟一覧）',
    web: ['https://csirtsnetwork.eu/'], notes: 'National CSIRTs + CERT-EU; ENISA is secretariat.', sources: ['S42'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'eu-enisa-map', category: 'csirt', country: 'EU', en: 'ENISA CSIRTs map', ja: 'ENISA CSIRTマップ',
    web: ['https://enisa.europa.eu'], notes: 'Via enisa.europa.eu: interactive map of known European CSIRTs.', sources: ['S42'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'eu-national-csirt', category: 'csirt', country: 'EU', en: '(your national CSIRT / NIS2 competent authority)', ja: '（各国CSIRT・NIS2所管当局）',
    notes: 'User-defined. NIS2 recipient per member state.', sources: ['S34'], checkBy: null,
  }),
  seed({
    id: 'eu-dpa', category: 'regulator', country: 'EU', en: '(your lead / competent data-protection authority)', ja: '（主監督・所管のデータ保護機関）',
    notes: 'User-defined. GDPR Art. 33 recipient.', sources: ['S33'], checkBy: null,
  }),
];
