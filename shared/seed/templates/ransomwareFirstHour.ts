// Built-in template `ransomware-first-hour`: the table of domain/reference.md §2.1, item text as written there.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';
import type { LocalizedText } from '../../domain/localized';

/** Shown next to rfh-07 and rfh-08: isolating a host and keeping its memory pull against each other. */
const powerOffVersusMemory: LocalizedText = {
  en: 'Powering off destroys the evidence held in memory, so isolate a machine from the network and keep it running; power it off only when it cannot be disconnected.',
  ja: '電源を切るとメモリ上の証拠が失われます。機器はネットワークから切り離したうえで電源を入れたままにし、切り離せない場合に限って電源を切ってください。',
};

export const ransomwareFirstHour: ChecklistTemplate = {
  id: 'ransomware-first-hour',
  version: 1,
  title: { en: 'Ransomware: first hour', ja: 'ランサムウェア初動：最初の1時間' },
  description: {
    en: 'The first hour after ransomware is found: mobilize the team, contain affected hosts, preserve evidence, assess the impact and start notifications.',
    ja: 'ランサムウェアの発見から最初の1時間で、体制を立ち上げ、影響を受けた端末を封じ込め、証拠を保全し、状況を把握して通知を始めるための手順です。',
  },
  scope: 'either',
  phases: [
    {
      id: 'mobilize',
      title: { en: 'Mobilize', ja: '体制立ち上げ' },
      items: [
        {
          id: 'rfh-01',
          text: { en: 'Open an incident record and log the detection time with its time zone.', ja: 'インシデント記録を開始し、検知日時をタイムゾーン付きで記録する。' },
          sources: ['S49', 'S9'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-02',
          text: { en: 'Name an incident lead and a scribe for this notebook.', ja: 'インシデント責任者と記録担当者を指名する。' },
          sources: ['S49'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-03',
          text: { en: 'Move coordination to an out-of-band channel (phone, pre-agreed chat).', ja: '連絡・調整を帯域外の手段（電話、事前に決めたチャット等）に切り替える。' },
          sources: ['S8'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'contain',
      title: { en: 'Contain', ja: '封じ込め' },
      items: [
        {
          id: 'rfh-04',
          text: { en: 'Identify systems showing encryption, ransom notes or changed file extensions.', ja: '暗号化、脅迫文、拡張子の変化が見られるシステムを特定する。' },
          sources: ['S1', 'S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-05',
          text: { en: 'Disconnect affected hosts from every network (cable, Wi-Fi, switch port).', ja: '影響を受けた端末をすべてのネットワーク（有線・無線・スイッチポート）から切り離す。' },
          sources: ['S2', 'S10'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-06',
          text: { en: 'If many hosts or subnets are hit, take those segments offline at the switch.', ja: '多数の端末・サブネットが影響を受けている場合は、スイッチ単位でセグメントを遮断する。' },
          sources: ['S3', 'S10'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-07',
          text: { en: 'Power a device off only if you cannot disconnect it from the network.', ja: 'ネットワークから切り離せない機器に限り、電源を切る。' },
          sources: ['S1', 'S2'], evidenceStatus: 'sourced', conflictsWith: ['rfh-08'], tradeOff: powerOffVersusMemory,
        },
      ],
    },
    {
      id: 'preserve',
      title: { en: 'Preserve', ja: '保全' },
      items: [
        {
          id: 'rfh-08',
          text: { en: 'Leave isolated machines powered on so memory can be captured.', ja: '隔離した機器は、メモリを取得できるよう電源を入れたままにする。' },
          sources: ['S16', 'S20', 'S50'], evidenceStatus: 'sourced', conflictsWith: ['rfh-07'], tradeOff: powerOffVersusMemory,
        },
        {
          id: 'rfh-09',
          text: { en: 'Photograph ransom notes and error screens with a separate device.', ja: '脅迫文やエラー画面を別の端末で撮影する。' },
          sources: ['S50'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-10',
          text: { en: 'Do not delete ransom-note files or encrypted files.', ja: '脅迫文ファイルや暗号化されたファイルを削除しない。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-11',
          text: { en: 'Disconnect backup repositories and restrict backup-admin access.', ja: 'バックアップ保存先を切り離し、バックアップ管理者のアクセスを制限する。' },
          sources: ['S50'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-12',
          text: { en: 'Pause automatic jobs (log rotation, temp cleanup) on affected systems.', ja: '影響システムの自動処理（ログローテーション、一時ファイル削除等）を停止する。' },
          sources: ['S50'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'assess',
      title: { en: 'Assess', ja: '状況把握' },
      items: [
        {
          id: 'rfh-13',
          text: { en: 'List critical services and their dependencies to set restore priority.', ja: '重要サービスとその依存システムを洗い出し、復旧の優先順位を決める。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-14',
          text: { en: 'Write down the current understanding of what happened.', ja: '現時点で把握している状況を文書化する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-15',
          text: { en: 'Do not contact the attacker or pay before legal and insurer review.', ja: '法務・保険会社の確認前に、攻撃者への連絡や支払いをしない。' },
          sources: ['S2', 'S43'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
    {
      id: 'notify',
      title: { en: 'Notify', ja: '連絡・通知' },
      items: [
        {
          id: 'rfh-16',
          text: { en: 'Record when the organisation became aware; this starts regulatory clocks.', ja: '組織が認知した日時を記録する（各種報告期限の起点になる）。' },
          sources: ['S33', 'S34', 'S32'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-17',
          text: { en: 'Call the cyber-insurance hotline and send formal notice via the broker.', ja: 'サイバー保険の緊急窓口に連絡し、代理店経由で正式に通知する。' },
          sources: ['S43'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-18',
          text: { en: 'Engage the IR retainer / DFIR provider.', ja: 'インシデント対応支援・フォレンジック事業者に支援を依頼する。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-19',
          text: { en: 'Contact police early (JP: prefectural cyber desk; US: FBI / CISA).', ja: '早期に警察等へ通報・相談する（日本：都道府県警察のサイバー窓口、米国：FBI・CISA）。' },
          sources: ['S22', 'S40'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
        {
          id: 'rfh-20',
          text: { en: 'Brief executives and legal, and set the next update time.', ja: '経営層と法務に報告し、次回の報告時刻を決める。' },
          sources: ['S2'], evidenceStatus: 'sourced', conflictsWith: [], tradeOff: null,
        },
      ],
    },
  ],
};
