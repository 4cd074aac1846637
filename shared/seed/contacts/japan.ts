// Japan's police, CSIRT and regulator contacts, from reference.md §4.1.
import type { Contact } from '../../domain/contact';
import { CHECK_NOW, CHECK_YEARLY, phone, seed } from './build';

export const JAPAN_CONTACTS: readonly Contact[] = [
  seed({
    id: 'jp-110', category: 'police', country: 'JP', en: 'Police emergency', ja: '警察（緊急）',
    phones: [phone('110', 'for emergencies only', true)],
    notes: 'For emergencies only.', notesJa: '緊急時のみ。',
    sources: ['S25'], seen: '2024-07-29 (Saitama PP page)', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-9110', category: 'police', country: 'JP', en: 'Police consultation line', ja: '警察相談専用電話',
    phones: [phone('#9110', 'weekdays 8:30–17:15 (varies by prefecture)')],
    notes: 'Weekdays 8:30–17:15 (varies by prefecture); not from rotary / some IP phones.',
    sources: ['S27'], seen: '政府広報 2015-11; hours via pages quoting 政府広報', checkBy: CHECK_NOW,
  }),
  seed({
    id: 'jp-npa-cyber-online', category: 'police', country: 'JP',
    en: 'NPA national online desk for cyber reports, consultation, tips (routes to chosen prefecture)',
    ja: '警察庁 サイバー事案に関する通報等のオンライン受付窓口',
    web: ['https://www.npa.go.jp/bureau/cyber/soudan.html'],
    notes: 'Not a formal damage report (被害届); replies can take days; not read on weekends/holidays; use 110 / local station if urgent.',
    notesJa: '被害届にはならない。緊急時は110番。',
    sources: ['S25'], seen: 'operating since 2024-03-29 (news 2024-04-01)', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-pref-cyber-desks', category: 'police', country: 'JP',
    en: 'Prefectural police cyber-crime desks (list)', ja: '都道府県警察本部のサイバー犯罪相談窓口',
    web: ['https://www.npa.go.jp/bureau/cyber/soudan.html'],
    notes: 'Linked from the NPA page above. The stored list page (npa.go.jp/cyber/soudan.htm) is an old copy with outdated numbers — do not ship its numbers.',
    sources: ['S26'], seen: 'old', checkBy: CHECK_NOW,
  }),
  seed({
    id: 'jp-jpcert-report', category: 'csirt', country: 'JP',
    en: 'JPCERT/CC incident report / response request', ja: 'JPCERT/CC インシデント報告・対応依頼',
    web: ['https://www.jpcert.or.jp/form/'],
    notes: 'Free; accepts reports from victims and from vendors/operators supporting them.',
    sources: ['S19'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-jpcert-consult', category: 'csirt', country: 'JP',
    en: 'JPCERT/CC consultation (first-response support, second opinion)', ja: 'JPCERT/CC インシデント対応に関する相談',
    web: ['https://www.jpcert.or.jp/ir/consult.html'],
    notes: 'E.g., identify ransomware family, guess entry route, decryptability; no recovery work.',
    sources: ['S18'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-jpcert-email', category: 'csirt', country: 'JP', en: 'JPCERT/CC', ja: 'JPCERT/CC',
    emails: ['info@jpcert.or.jp'],
    notes: "[verify] Seen only in public-repo data and JPCERT's PGP user ID (source: a public-repository copy, not in the source register).",
    sources: [], checkBy: CHECK_NOW,
  }),
  seed({
    id: 'jp-ipa-org', category: 'government', country: 'JP',
    en: 'IPA cyber-security consultation desk for companies/organisations', ja: 'IPA 企業組織向けサイバーセキュリティ相談窓口',
    emails: ['cs-support@ipa.go.jp'],
    notes: 'First-response advice, referral to IR vendors; no investigation/analysis; since 2025-04-01.',
    sources: ['S28'], seen: 'IPA page published 2025-04-01, updated 2025-04-15, archived 2025-04-23', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-ipa-anshin', category: 'government', country: 'JP',
    en: 'IPA consultation desk for individuals', ja: 'IPA 情報セキュリティ安心相談窓口',
    web: ['https://www.ipa.go.jp/security/anshin/'],
    notes: 'Phone/e-mail listed on the page; numbers not captured.',
    sources: ['S29', 'S28'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-ipa-todoke', category: 'government', country: 'JP',
    en: 'IPA virus / unauthorised-access report', ja: 'IPA ウイルス・不正アクセス届出',
    web: ['https://www.ipa.go.jp/security/support/soudan.html'],
    notes: 'Reached via the page linked. Ransomware infection is a listed example.',
    sources: ['S28'], seen: '2025-04', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-ppc-leak', category: 'regulator', country: 'JP',
    en: 'Personal Information Protection Commission breach report', ja: '個人情報保護委員会 漏えい等報告',
    web: ['https://www.ppc.go.jp/personalinfo/legal/leakAction/'],
    notes: "Web form. Enter the organisation's name as reporter; questions route you (My Number? sector delegated?).",
    sources: ['S31'], checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-nco', category: 'government', country: 'JP',
    en: 'National Cybersecurity Office (formerly NISC)', ja: '国家サイバー統括室（NCO、旧NISC）',
    notes: 'NISC reorganised into NCO on 2025-07-01; government coordination body, not a general reporting desk; private firms normally go via their ministry.',
    sources: ['S30'], seen: '2025-07-07', checkBy: CHECK_YEARLY,
  }),
  seed({
    id: 'jp-ministry', category: 'regulator', country: 'JP', en: '(your sector ministry)', ja: '（所管省庁）',
    notes: 'User-defined. Needed for delegated APPI reports and sector rules.',
    sources: ['S31'], checkBy: null,
  }),
];
