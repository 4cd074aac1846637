// Built-in template `vpn-remote-access-compromise`: the table of domain/reference.md §2.2, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';

export const vpnRemoteAccess: ChecklistTemplate = {
  id: 'vpn-remote-access-compromise',
  version: 1,
  title: { en: 'VPN / remote-access compromise', ja: 'VPN・リモートアクセス侵害への対応' },
  description: {
    en: 'Preserve, contain and remediate a VPN or remote-access appliance suspected as the entry point, then reopen remote access safely.',
    ja: '侵入口と疑われるVPN・リモートアクセス機器について、証拠を保全し、封じ込めと是正を行ったうえで、安全にリモートアクセスを再開するための手順です。',
  },
  scope: 'either',
  phases: [
    {
      id: 'preserve',
      title: { en: 'Preserve', ja: '保全' },
      items: [
        {
          id: 'vpn-01',
          text: { en: 'Keep the VPN appliance powered on; its logs may exist only in memory.', ja: 'VPN機器の電源は切らない（ログが機器のメモリ上にしかない場合がある）。' },
          sources: ['S20'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-02',
          text: { en: 'Export appliance logs, configuration and active-session list before changing anything.', ja: '設定変更の前に、機器のログ・設定・接続中セッション一覧を取得する。' },
          sources: ['S20', 'S22'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'contain',
      title: { en: 'Contain', ja: '封じ込め' },
      items: [
        {
          id: 'vpn-03',
          text: { en: "Cut the appliance's network uplink or block new remote-access logins.", ja: '機器の上流回線を抜線する、または新規のリモート接続を停止する。' },
          sources: ['S2', 'S20'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-04',
          text: { en: 'Terminate all active VPN sessions.', ja: '接続中のVPNセッションをすべて切断する。' },
          sources: ['S2'], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-05',
          text: { en: 'Turn off RDP and other remote-admin services exposed to the internet.', ja: 'インターネットに公開されたRDP等の遠隔管理機能を停止する。' },
          sources: ['S21', 'S23'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'investigate',
      title: { en: 'Investigate', ja: '調査' },
      items: [
        {
          id: 'vpn-06',
          text: { en: 'Compare the firmware version with vendor advisories and exploited-vulnerability lists.', ja: 'ファームウェアの版数を、ベンダーの脆弱性情報や悪用が確認された脆弱性と照合する。' },
          sources: ['S23', 'S51'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-07',
          text: { en: 'Review auth logs for password spraying, unknown source IPs and off-hours logins.', ja: '認証ログでパスワードスプレー、不審な接続元IP、業務時間外のログインを確認する。' },
          sources: ['S44', 'S51'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-08',
          text: { en: 'Look for unexpected config changes (new VPN users, DDNS, internet-facing admin UI).', ja: '見覚えのない設定変更（VPNユーザー追加、DDNS、外部からの管理画面接続）を確認する。' },
          sources: ['S24'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-09',
          text: { en: 'Trace internal hosts reached from VPN-assigned addresses.', ja: 'VPNで割り当てられたアドレスから接続された社内ホストを追跡する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'remediate',
      title: { en: 'Remediate', ja: '是正' },
      items: [
        {
          id: 'vpn-10',
          text: { en: 'Inventory VPN accounts; disable unknown, unused and default accounts.', ja: 'VPNアカウントを棚卸しし、不明・不要・初期設定のアカウントを無効化する。' },
          sources: ['S23', 'S24'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-11',
          text: { en: 'Reset passwords for every account that used the VPN.', ja: 'VPNを利用した全アカウントのパスワードを再設定する。' },
          sources: ['S23', 'S44'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-12',
          text: { en: "Rotate the appliance's admin credentials, certificates and pre-shared keys.", ja: '機器の管理者認証情報、証明書、事前共有鍵を更新する。' },
          sources: [], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-13',
          text: { en: 'Patch the appliance, or replace it if it is out of vendor support.', ja: '機器を最新化し、サポート終了製品は交換する。' },
          sources: ['S23', 'S51'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-14',
          text: { en: 'Rebuild the appliance from known-good firmware and configuration if tampering is suspected.', ja: '改ざんの疑いがある場合は、正常なファームウェアと設定で機器を再構築する。' },
          sources: ['S24'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'restore',
      title: { en: 'Restore', ja: '復旧' },
      items: [
        {
          id: 'vpn-15',
          text: { en: 'Require MFA on remote access before reopening it.', ja: 'リモートアクセスの再開前に多要素認証を必須にする。' },
          sources: ['S23', 'S44'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'vpn-16',
          text: { en: 'Reopen remote access in stages and watch the logs closely.', ja: 'リモートアクセスを段階的に再開し、ログを重点的に監視する。' },
          sources: ['S44', 'S10'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
