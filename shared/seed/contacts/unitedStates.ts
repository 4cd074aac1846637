// United States law-enforcement, CISA and card-brand contacts, from reference.md §4.2.
import type { Contact } from '../../domain/contact';
import { CHECK_NOW, CHECK_YEARLY, phone, seed } from './build';

export const US_CONTACTS: readonly Contact[] = [
  seed({
    id: 'us-cisa', category: 'government', country: 'US', en: 'CISA 24/7 Operations Center', ja: '米CISA 24時間運用センター',
    emails: ['Report@cisa.gov'], phones: [phone('(888) 282-0870', '24/7', true)],
    notes: 'Older guide listed Central@cisa.gov with same phone.',
    sources: ['S40', 'S2'], seen: 'CISA alert 2025-03-18; guide 2020', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-cisa-web', category: 'government', country: 'US', en: 'CISA reporting', ja: '米CISA 報告窓口',
    web: ['https://www.cisa.gov/report'], sources: ['S40'], seen: '2022 snapshot', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-fbi-field', category: 'police', country: 'US', en: 'FBI field offices', ja: '米FBI 地方支局',
    web: ['https://www.fbi.gov/contact-us/field-offices'], notes: 'FBI leads investigations of intrusions.',
    sources: ['S40', 'S2'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-ic3', category: 'police', country: 'US', en: 'FBI Internet Crime Complaint Center', ja: '米FBI インターネット犯罪苦情センター（IC3）',
    web: ['https://www.ic3.gov'], sources: ['S40'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-ic3-ransom', category: 'police', country: 'US', en: 'IC3 ransomware complaint form', ja: 'IC3 ランサムウェア被害届出フォーム',
    web: ['https://ransomware.ic3.gov'], notes: 'Ransomware-specific referral form.', sources: ['S41'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-fbi-cywatch', category: 'police', country: 'US', en: 'FBI CyWatch (24/7)', ja: '米FBI CyWatch（24時間）',
    phones: [phone('1-855-292-3937', '24/7', true)], emails: ['cywatch@fbi.gov'],
    notes: '[verify] Secondary sources only.', sources: ['S41'], checkBy: CHECK_NOW,
  }),
  seed({
    id: 'us-usss', category: 'police', country: 'US', en: 'US Secret Service field offices', ja: '米シークレットサービス 地方事務所',
    web: ['https://www.secretservice.gov/contact/field-offices/'],
    notes: 'Visa asks merchants to notify the local USSS office.', sources: ['S2', 'S16'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-ms-isac', category: 'isac', country: 'US', en: 'MS-ISAC SOC (state/local/tribal/territorial only)', ja: 'MS-ISAC SOC（州・地方・部族・準州の政府機関のみ）',
    emails: ['soc@msisac.org'], phones: [phone('(866) 787-4722')],
    notes: '[verify] From 2020 guide; may have changed.', sources: ['S2'], seen: '2020', checkBy: CHECK_NOW,
  }),
  seed({
    id: 'us-visa-fraud', category: 'acquirer', country: 'US', en: 'Visa Fraud Control / Investigations', ja: 'Visa 不正対策・調査部門',
    phones: [phone('(650) 432-2978')], notes: "For merchants that can't reach their acquirer.", sources: ['S16'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'us-fusion', category: 'government', country: 'US', en: 'State/local fusion center', ja: '州・地方のフュージョンセンター',
    web: ['https://cisa.gov/reporting-cyber-incident'], notes: 'Found via cisa.gov/reporting-cyber-incident.', sources: ['S40'], checkBy: CHECK_YEARLY,
  }),
];
