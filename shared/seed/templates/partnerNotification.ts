// Built-in template `supply-chain-partner-notification`: the table of domain/reference.md §2.6, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';

export const partnerNotification: ChecklistTemplate = {
  id: 'supply-chain-partner-notification',
  version: 1,
  title: { en: 'Supply-chain partner notification', ja: '取引先・サプライチェーンへの通知' },
  description: {
    en: 'Tell partners, customers and suppliers what happened, how it affects them and when they will hear more, and record every notice sent.',
    ja: '取引先・顧客・仕入先に、何が起きたか、どのような影響があるか、次の連絡はいつかを伝え、送ったすべての通知を記録するための手順です。',
  },
  scope: 'incident',
  phases: [
    {
      id: 'scope',
      title: { en: 'Scope', ja: '範囲特定' },
      items: [
        {
          id: 'sc-01',
          text: { en: 'List affected partners: customers, 3PL clients, suppliers, MSPs, connected systems.', ja: '影響を受ける取引先（顧客、物流受託先、仕入先、MSP、接続システム）を洗い出す。' },
          sources: ['S45', 'S44'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-02',
          text: { en: 'Check contracts and NDAs for incident-notice duties and deadlines.', ja: '契約書・NDAのインシデント報告義務と期限を確認する。' },
          sources: ['S47'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-03',
          text: { en: 'Identify partner data you hold that may be exposed.', ja: '自社が預かっている取引先の情報が漏えいした可能性を確認する。' },
          sources: ['S47'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'contain',
      title: { en: 'Contain', ja: '封じ込め' },
      items: [
        {
          id: 'sc-04',
          text: { en: 'Suspend or restrict shared links with partners (EDI, site-to-site VPN, API keys).', ja: '取引先との共有接続（EDI、拠点間VPN、APIキー）を停止または制限する。' },
          sources: ['S2'], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'prepare',
      title: { en: 'Prepare', ja: '準備' },
      items: [
        {
          id: 'sc-05',
          text: { en: 'Have counsel review notice wording before sending.', ja: '通知文は送付前に弁護士の確認を受ける。' },
          sources: ['S47', 'S43'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'notify',
      title: { en: 'Notify', ja: '通知' },
      items: [
        {
          id: 'sc-06',
          text: { en: 'Send a first notice: known facts, impact on orders and deliveries, a contact point.', ja: '判明している事実、受発注・配送への影響、連絡窓口を記載した第一報を送る。' },
          sources: ['S47', 'S45'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-07',
          text: { en: 'Warn partners about possible spoofed e-mail in your name.', ja: '自社を装ったなりすましメールへの注意を取引先に呼びかける。' },
          sources: ['S47'], evidenceStatus: 'verify', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-08',
          text: { en: 'Open a dedicated inquiry line for partners and customers.', ja: '取引先・顧客向けの専用問い合わせ窓口を設ける。' },
          sources: ['S47'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-09',
          text: { en: 'Announce an update cadence (e.g., daily) and keep to it.', ja: '続報の頻度（例：毎日）を示し、それを守る。' },
          sources: ['S44'], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-10',
          text: { en: 'Offer workarounds: phone or e-mail ordering, alternative shipping.', ja: '代替手段（電話・メールでの受注、代替配送）を案内する。' },
          sources: ['S44'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-11',
          text: { en: 'Share indicators of compromise with connected partners once counsel agrees.', ja: '法務の了承を得たうえで、接続先の取引先に侵害の痕跡（IOC）を共有する。' },
          sources: ['S2'], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'sc-12',
          text: { en: 'Tell controllers promptly where you process their personal data.', ja: '委託を受けて個人データを扱っている場合は、委託元へ速やかに報告する。' },
          sources: ['S33'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'record',
      title: { en: 'Record', ja: '記録' },
      items: [
        {
          id: 'sc-13',
          text: { en: 'Log each notice (recipient, time, channel, text version) in the timeline.', ja: '各通知（相手、日時、手段、文面の版）をタイムラインに記録する。' },
          sources: ['S49'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'follow-up',
      title: { en: 'Follow up', ja: 'フォローアップ' },
      items: [
        {
          id: 'sc-14',
          text: { en: 'Send follow-ups on recovery status and prevention measures.', ja: '第二報以降で、復旧状況と再発防止策を報告する。' },
          sources: ['S47'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
