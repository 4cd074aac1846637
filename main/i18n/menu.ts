// Every label of the application menu, in English and Japanese. The menu template
// (main/modules/menuTemplate.ts) reads labels only from here, so a language switch
// rebuilds the whole menu and nothing stays in the other language.
import type { Language } from '../../shared/ipc/contract';

const en = {
  appMenu: 'Lantern',
  about: 'About Lantern',
  services: 'Services',
  hide: 'Hide Lantern',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quit: 'Quit Lantern',
  exit: 'Exit',

  file: 'File',
  newEntry: 'New Entry',
  newIncident: 'New Incident…',
  openIncidents: 'Incidents…',
  verifyLog: 'Verify Log…',
  settings: 'Settings…',
  closeWindow: 'Close Window',

  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete',
  selectAll: 'Select All',
  find: 'Find…',

  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',

  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  bringAllToFront: 'Bring All to Front',

  help: 'Help',
};

export type MenuLabels = typeof en;
export type MenuLabelKey = keyof MenuLabels;

const ja: MenuLabels = {
  appMenu: 'Lantern',
  about: 'Lantern について',
  services: 'サービス',
  hide: 'Lantern を隠す',
  hideOthers: 'ほかを隠す',
  showAll: 'すべてを表示',
  quit: 'Lantern を終了',
  exit: '終了',

  file: 'ファイル',
  newEntry: '新しい記録',
  newIncident: '新しいインシデント…',
  openIncidents: 'インシデント一覧…',
  verifyLog: 'ログを検証…',
  settings: '設定…',
  closeWindow: 'ウインドウを閉じる',

  edit: '編集',
  undo: '取り消す',
  redo: 'やり直す',
  cut: '切り取り',
  copy: 'コピー',
  paste: '貼り付け',
  pasteAndMatchStyle: 'ペーストしてスタイルを合わせる',
  delete: '削除',
  selectAll: 'すべてを選択',
  find: '検索…',

  view: '表示',
  reload: '再読み込み',
  forceReload: '強制的に再読み込み',
  toggleDevTools: '開発者ツールの表示切り替え',
  resetZoom: '実際のサイズ',
  zoomIn: '拡大',
  zoomOut: '縮小',
  toggleFullScreen: 'フルスクリーンの切り替え',

  window: 'ウインドウ',
  minimize: 'しまう',
  zoom: '拡大/縮小',
  bringAllToFront: 'すべてを手前に移動',

  help: 'ヘルプ',
};

/** Labels that are proper nouns and stay the same in every language. */
export const UNTRANSLATED_LABELS: ReadonlySet<MenuLabelKey> = new Set<MenuLabelKey>(['appMenu']);

export const menuLabels: Readonly<Record<Language, MenuLabels>> = { en, ja };
