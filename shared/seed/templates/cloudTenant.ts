// Built-in template `cloud-saas-tenant-containment`: the table of domain/reference.md §2.4, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';

export const cloudTenant: ChecklistTemplate = {
  id: 'cloud-saas-tenant-containment',
  version: 1,
  title: { en: 'Cloud / SaaS tenant containment', ja: 'クラウド／SaaSテナントの封じ込め' },
  description: {
    en: "Preserve logs in a cloud or SaaS tenant, revoke the attacker's access, undo their changes and confirm the access is gone.",
    ja: 'クラウド／SaaSテナントのログを保全し、攻撃者のアクセスを失効させて変更を取り消し、アクセスが断たれたことを確認するための手順です。',
  },
  scope: 'either',
  phases: [
    {
      id: 'preserve',
      title: { en: 'Preserve', ja: '保全' },
      items: [
        {
          id: 'cloud-01',
          text: { en: 'Export sign-in and audit logs before their retention window ends.', ja: '保存期間が切れる前に、サインインログと監査ログを取得する。' },
          sources: ['S2', 'S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'scope',
      title: { en: 'Scope', ja: '範囲特定' },
      items: [
        {
          id: 'cloud-02',
          text: { en: 'Review who holds admin roles; note roles granted during the incident.', ja: '管理者ロールの保有者を確認し、インシデント期間中に付与されたロールを記録する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'contain',
      title: { en: 'Contain', ja: '封じ込め' },
      items: [
        {
          id: 'cloud-03',
          text: { en: 'Revoke sessions and refresh tokens of compromised users.', ja: '侵害されたユーザーのセッションとリフレッシュトークンを失効させる。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-04',
          text: { en: "Reset those users' passwords and make them re-register MFA.", ja: '該当ユーザーのパスワードを再設定し、MFAを再登録させる。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-05',
          text: { en: 'Disable the account for a while if existing access tokens may stay valid.', ja: '既存のアクセストークンが有効な間は、アカウントを一時的に無効化する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-06',
          text: { en: 'For hybrid identities, disable on-prem too and apply a block-access policy.', ja: 'ハイブリッド構成では、オンプレミス側でも無効化し、アクセス遮断ポリシーを適用する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-07',
          text: { en: 'Review and revoke suspicious OAuth consents and app registrations.', ja: '不審なOAuth同意とアプリ登録を確認し、取り消す。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-08',
          text: { en: 'Delete mail-forwarding and inbox rules created by the attacker.', ja: '攻撃者が作成したメール転送設定と受信トレイルールを削除する。' },
          sources: ['S14', 'S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-09',
          text: { en: 'Remove role assignments, secrets and keys added during the incident.', ja: 'インシデント期間中に追加されたロール割当、シークレット、鍵を削除する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-10',
          text: { en: 'Disable device registrations the attacker used.', ja: '攻撃者が利用した端末登録を無効化する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-11',
          text: { en: 'Pause file-sync clients so encrypted files do not overwrite good cloud copies.', ja: '暗号化ファイルがクラウド上の正常なデータを上書きしないよう、同期を一時停止する。' },
          sources: ['S50'], evidenceStatus: 'verify', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'verify',
      title: { en: 'Verify', ja: '検証' },
      items: [
        {
          id: 'cloud-12',
          text: { en: 'Confirm no successful sign-ins from attacker IPs after revocation.', ja: '失効処理の後、攻撃者IPからのサインイン成功がないことを確認する。' },
          sources: ['S15'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'cloud-13',
          text: { en: 'Open a provider support case and record its number in the timeline.', ja: 'クラウド事業者にサポートケースを起票し、その番号をタイムラインに記録する。' },
          sources: [], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
