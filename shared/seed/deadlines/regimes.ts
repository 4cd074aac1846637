// Regimes: the groups of §3 rules a lead switches on for an incident ("APPI applies", "GDPR applies").
import type { AnchorType } from '../../domain/deadline';
import type { LocalizedText } from '../../domain/localized';

export interface Regime {
  id: string;
  name: LocalizedText;
  ruleIds: readonly string[];
}

export const REGIMES: readonly Regime[] = [
  { id: 'jp-appi', name: { en: 'APPI (Japan, personal data)', ja: '個人情報保護法' }, ruleIds: ['jp-appi-prelim', 'jp-appi-final', 'jp-appi-final-malicious', 'jp-appi-individual'] },
  { id: 'jp-acd', name: { en: 'Active Cyber Defense Act (Japan, critical infrastructure)', ja: '能動的サイバー防御法（基幹インフラ）' }, ruleIds: ['jp-acd-critical-infra'] },
  { id: 'eu-gdpr', name: { en: 'GDPR (EU)', ja: 'GDPR（EU）' }, ruleIds: ['eu-gdpr-33', 'eu-gdpr-33-2', 'eu-gdpr-34'] },
  { id: 'uk-gdpr', name: { en: 'UK GDPR', ja: '英国GDPR' }, ruleIds: ['uk-gdpr-33'] },
  { id: 'eu-nis2', name: { en: 'NIS2 (EU)', ja: 'NIS2指令（EU）' }, ruleIds: ['eu-nis2-early', 'eu-nis2-notif', 'eu-nis2-interim', 'eu-nis2-final', 'eu-nis2-progress', 'eu-nis2-final-ongoing'] },
  { id: 'eu-dora', name: { en: 'DORA (EU finance)', ja: 'DORA（EU金融）' }, ruleIds: ['eu-dora-initial', 'eu-dora-interim', 'eu-dora-final'] },
  { id: 'us-sec', name: { en: 'SEC Form 8-K (US listed companies)', ja: '米SEC 様式8-K（米国上場企業）' }, ruleIds: ['us-sec-8k-105', 'us-sec-8k-105-amend'] },
  { id: 'us-circia', name: { en: 'CIRCIA (US, proposed)', ja: 'CIRCIA（米国・規則案）' }, ruleIds: ['us-circia-incident', 'us-circia-ransom', 'us-circia-supplement'] },
  { id: 'us-hipaa', name: { en: 'HIPAA (US health)', ja: 'HIPAA（米国医療）' }, ruleIds: ['us-hipaa-individual', 'us-hipaa-hhs-500', 'us-hipaa-hhs-lt500', 'us-hipaa-media', 'us-hipaa-ba'] },
  { id: 'pci-visa', name: { en: 'Card brands (Visa)', ja: 'カードブランド（Visa）' }, ruleIds: ['pci-visa-immediate', 'pci-visa-report', 'pci-visa-accounts'] },
  { id: 'insurance', name: { en: 'Cyber insurance policy', ja: 'サイバー保険契約' }, ruleIds: ['insurer-notice', 'insurer-consent'] },
];

export const regimeById = (id: string): Regime | undefined => REGIMES.find((regime) => regime.id === id);

/**
 * Reports whose submission starts a chained clock: marking the rule met records its anchor
 * at the time of the entry that met it (NIS2 final report from the 72 h notification, DORA's
 * intermediate from the initial notification, DORA's final from the intermediate).
 */
export const SUBMISSION_ANCHORS: Readonly<Record<string, AnchorType>> = {
  'eu-nis2-notif': 'nis2_notification_submitted',
  'eu-dora-initial': 'dora_initial_submitted',
  'eu-dora-interim': 'dora_intermediate_submitted',
};
