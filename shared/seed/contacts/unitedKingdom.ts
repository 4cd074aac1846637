// United Kingdom police, NCSC and ICO contacts, from reference.md §4.3.
import type { Contact } from '../../domain/contact';
import { CHECK_NOW, phone, seed } from './build';

export const UK_CONTACTS: readonly Contact[] = [
  seed({
    id: 'uk-report-fraud', category: 'police', country: 'UK', en: 'Report Fraud (City of London Police) — replaced Action Fraud', ja: 'Report Fraud（ロンドン市警察、旧Action Fraud）',
    web: ['https://www.reportfraud.police.uk'], phones: [phone('0300 123 2040', 'Mon–Fri 8am–8pm (one police alert)')],
    notes: 'Live since 2025-12-04 for England, Wales, NI; phone hours stated as Mon–Fri 8am–8pm by one police alert; [verify] whether the old 24/7 "live cyber attack" option survives.',
    sources: ['S39'], seen: '2025-12-04', checkBy: CHECK_NOW,
  }),
  seed({
    id: 'uk-scotland', category: 'police', country: 'UK', en: 'Police Scotland', ja: 'スコットランド警察',
    phones: [phone('101')], notes: 'Scotland uses Police Scotland instead of Report Fraud.', sources: ['S39'], seen: '2025-12-04', checkBy: '2026-12-31',
  }),
  seed({
    id: 'uk-ncsc', category: 'csirt', country: 'UK', en: 'NCSC incident reporting', ja: '英NCSC インシデント報告',
    web: ['https://ncsc.gov.uk'],
    notes: 'Report via ncsc.gov.uk ([verify] exact form URL). Form monitored 24/7 by an NCSC duty officer; for significant incidents.',
    sources: ['S39'], checkBy: CHECK_NOW,
  }),
  seed({
    id: 'uk-ico', category: 'regulator', country: 'UK', en: 'ICO breach reporting', ja: '英ICO 侵害報告',
    web: ['https://ico.org.uk'], notes: 'ico.org.uk (report a breach). UK GDPR 72 h.', sources: ['S39'], checkBy: '2026-12-31',
  }),
];
