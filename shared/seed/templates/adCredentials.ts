// Built-in template `ad-credentials-containment`: the table of domain/reference.md §2.3, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';
import type { LocalizedText } from '../../domain/localized';

/** Shown next to ad-07 and ad-15: which resets happen now and which wait for eradication. */
const resetOrder: LocalizedText = {
  en: "Reset privileged and service accounts at once to cut the attacker's strongest access, but hold the organisation-wide reset until persistence is removed; done earlier, the attacker can capture the new passwords.",
  ja: '攻撃者の最も強力なアクセス手段を断つため、特権・サービスアカウントはすぐに再設定しますが、全社的な再設定は持続化の仕組みを除去してから行います。先に行うと、新しいパスワードも攻撃者に盗まれるおそれがあります。',
};

export const adCredentials: ChecklistTemplate = {
  id: 'ad-credentials-containment',
  version: 1,
  title: { en: 'Active Directory & credentials containment', ja: 'Active Directory・認証情報の封じ込め' },
  description: {
    en: "Scope and contain compromised Active Directory accounts, reset credentials in a safe order and remove the attacker's persistence.",
    ja: '侵害されたActive Directoryアカウントの範囲を特定して封じ込め、安全な順序で認証情報を再設定し、攻撃者の持続化の仕組みを除去するための手順です。',
  },
  scope: 'incident',
  phases: [
    {
      id: 'scope',
      title: { en: 'Scope', ja: '範囲特定' },
      items: [
        {
          id: 'ad-01',
          text: { en: 'Identify accounts used for initial access and lateral movement.', ja: '初期侵入と横展開に使われたアカウントを特定する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-02',
          text: { en: 'List accounts, group changes and machines the attacker added.', ja: '攻撃者が追加したアカウント、グループ変更、端末を洗い出す。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'contain',
      title: { en: 'Contain', ja: '封じ込め' },
      items: [
        {
          id: 'ad-03',
          text: { en: 'Disable confirmed-compromised accounts; do not delete them.', ja: '侵害が確認されたアカウントを無効化する（削除はしない）。' },
          sources: ['S14', 'S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-04',
          text: { en: 'Export, then remove, GPOs and scheduled tasks used to push ransomware.', ja: 'ランサムウェア配布に使われたGPOやタスクを、保存したうえで削除する。' },
          sources: ['S13'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-05',
          text: { en: 'Check SYSVOL/NETLOGON for dropped scripts; save copies, then clean.', ja: 'SYSVOL・NETLOGONに置かれたスクリプトを確認し、複製を保存してから除去する。' },
          sources: ['S13'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-06',
          text: { en: 'Block known-bad hashes, IPs and domains.', ja: '既知の悪性ハッシュ、IP、ドメインを遮断する。' },
          sources: ['S14'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'credentials',
      title: { en: 'Credentials', ja: '認証情報' },
      items: [
        {
          id: 'ad-07',
          text: { en: 'Reset privileged, admin and service-account passwords.', ja: '特権・管理者・サービスアカウントのパスワードを再設定する。' },
          sources: ['S14', 'S10'], evidenceStatus: 'sourced', conflictsWith: ['ad-15'], tradeOff: resetOrder,
        },
        {
          id: 'ad-08',
          text: { en: 'Check that resets will not lock out accounts needed for recovery.', ja: '再設定によって復旧作業に必要なアカウントが使えなくならないか確認する。' },
          sources: ['S10'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-09',
          text: { en: 'Confirm AD replication is healthy before touching krbtgt.', ja: 'krbtgtを変更する前に、ADの複製が正常か確認する。' },
          sources: ['S12'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-10',
          text: { en: 'Reset the krbtgt password twice, waiting at least the ticket lifetime (10 h default) between resets.', ja: 'krbtgtのパスワードを2回リセットする（間隔はチケット有効期間以上、既定では10時間）。' },
          sources: ['S11', 'S12'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-11',
          text: { en: 'Give every local administrator account a unique new password (e.g., LAPS).', ja: 'ローカル管理者アカウントに一意の新しいパスワードを設定する（LAPS等）。' },
          sources: ['S13'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-12',
          text: { en: 'Audit MFA registrations and tokens issued during the incident window.', ja: 'インシデント期間中に行われたMFA登録・トークン発行を確認する。' },
          sources: ['S14'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'eradicate',
      title: { en: 'Eradicate', ja: '根絶' },
      items: [
        {
          id: 'ad-13',
          text: { en: 'Isolate a compromised certificate authority (AD CS) and review certificates it issued.', ja: '侵害された認証局（AD CS）を隔離し、発行済み証明書を確認する。' },
          sources: ['S13'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-14',
          text: { en: 'Hunt for outside-in and inside-out persistence.', ja: '外部からの持続的アクセスと内部に残された持続化の仕組みを調査する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ad-15',
          text: { en: 'Run organisation-wide password resets only after persistence is removed.', ja: '持続化の仕組みを除去した後に、全社的なパスワード再設定を行う。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: ['ad-07'], tradeOff: resetOrder,
        },
        {
          id: 'ad-16',
          text: { en: 'Plan a clean domain/forest rebuild if domain controllers were compromised.', ja: 'ドメインコントローラーが侵害された場合は、ドメイン／フォレストの再構築を計画する。' },
          sources: ['S13', 'S11'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
