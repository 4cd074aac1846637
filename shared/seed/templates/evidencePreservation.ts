// Built-in template `evidence-preservation`: the table of domain/reference.md §2.5, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';
import type { LocalizedText } from '../../domain/localized';

/** Shown next to ev-04: the ransomware checklist allows a power-off that would erase memory. */
const memoryBeforePowerOff: LocalizedText = {
  en: 'Shutting a host down erases its memory, so unplug it from the network and leave it running until RAM is captured. Power it off first only if it cannot be disconnected, accepting that the memory evidence is lost.',
  ja: 'ホストをシャットダウンするとメモリの内容が消えるため、ネットワークから切り離し、RAMを取得するまで電源は入れたままにしてください。切り離せない場合に限って先に電源を切りますが、その場合メモリ上の証拠は失われます。',
};

export const evidencePreservation: ChecklistTemplate = {
  id: 'evidence-preservation',
  version: 1,
  title: { en: 'Evidence preservation (order of volatility, RFC 3227)', ja: '証拠保全（揮発性の順序・RFC 3227）' },
  description: {
    en: 'Collect evidence from the most to the least volatile, in the order RFC 3227 gives, and keep a chain of custody for every item.',
    ja: 'RFC 3227の揮発性の順序に従って揮発性の高いものから証拠を取得し、証拠ごとに保管の連鎖を記録するための手順です。',
  },
  scope: 'either',
  phases: [
    {
      id: 'prepare',
      title: { en: 'Prepare', ja: '準備' },
      items: [
        {
          id: 'ev-01',
          text: { en: "Record each system's clock offset from UTC and whether timestamps are UTC or local.", ja: '各システムの時計とUTCとの差を記録し、時刻がUTCか現地時刻かを明記する。' },
          sources: ['S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-02',
          text: { en: 'Avoid logging in, browsing or changing passwords on affected hosts.', ja: '影響を受けたホストでは、ログイン、ファイル閲覧、パスワード変更を避ける。' },
          sources: ['S16', 'S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-03',
          text: { en: 'Record every tool used (name, version) and every command run.', ja: '使用したツール（名称・バージョン）と実行したコマンドをすべて記録する。' },
          sources: ['S48'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'collect',
      title: { en: 'Collect', ja: '取得' },
      items: [
        {
          id: 'ev-04',
          text: { en: 'Capture memory (RAM) first where feasible.', ja: '可能であれば、まずメモリ（RAM）を取得する。' },
          sources: ['S9', 'S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: memoryBeforePowerOff,
        },
        {
          id: 'ev-05',
          text: { en: 'Capture network and process state: connections, routing/ARP tables, process list.', ja: '通信状況、ルーティング表・ARPキャッシュ、プロセス一覧を取得する。' },
          sources: ['S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-06',
          text: { en: 'Collect temporary file systems and swap before disks.', ja: 'ディスクより先に一時ファイル領域やスワップを取得する。' },
          sources: ['S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-07',
          text: { en: 'Image disks, or snapshot VMs, after the volatile data.', ja: '揮発性データの後に、ディスクイメージまたはVMスナップショットを取得する。' },
          sources: ['S9', 'S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-08',
          text: { en: 'Pull remote logs (firewall, VPN, EDR, SIEM, cloud audit) before they roll over.', ja: '上書きされる前に、外部のログ（FW、VPN、EDR、SIEM、クラウド監査）を取得する。' },
          sources: ['S9', 'S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-09',
          text: { en: 'Record physical configuration and network topology.', ja: '物理構成とネットワーク構成を記録する。' },
          sources: ['S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-10',
          text: { en: 'Keep ransom notes, encrypted samples, malware, attacker messages and wallet addresses.', ja: '脅迫文、暗号化ファイルの見本、マルウェア検体、攻撃者とのやり取り、ウォレットアドレスを保存する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'custody',
      title: { en: 'Custody', ja: '管理' },
      items: [
        {
          id: 'ev-11',
          text: { en: 'Hash every acquired item and record the algorithm and value.', ja: '取得したすべての証拠のハッシュ値と算出方式を記録する。' },
          sources: ['S48'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-12',
          text: { en: 'Write-protect originals and analyse only copies.', ja: '原本は書き込みを防止し、解析は複製に対してのみ行う。' },
          sources: ['S48'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-13',
          text: { en: 'Open a chain-of-custody record for each item when it is collected.', ja: '証拠ごとに、取得時点で受け渡し記録（保管の連鎖）を作成する。' },
          sources: ['S9', 'S48'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-14',
          text: { en: 'Log every hand-over: who released, who received, when, why, how shipped.', ja: '受け渡しのたびに、引渡者・受領者・日時・理由・輸送方法を記録する。' },
          sources: ['S9', 'S48'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-15',
          text: { en: 'Store evidence in a secured place with access logging.', ja: 'アクセス記録の残る安全な場所に証拠を保管する。' },
          sources: ['S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'coordinate',
      title: { en: 'Coordinate', ja: '連携' },
      items: [
        {
          id: 'ev-16',
          text: { en: 'Ask police which data to preserve (logs, malware, system diagrams).', ja: '警察に保全すべきデータ（ログ、不正プログラム、システム構成図等）を確認する。' },
          sources: ['S22'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-17',
          text: { en: 'Consult legal before delaying containment to watch the attacker.', ja: '攻撃者の観察のために封じ込めを遅らせる場合は、事前に法務と協議する。' },
          sources: ['S7'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'ev-18',
          text: { en: 'Keep evidence until legal and regulatory matters are closed.', ja: '法的・規制上の対応が終わるまで証拠を保持する。' },
          sources: [], evidenceStatus: 'practice', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
