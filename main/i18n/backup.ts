// The words main shows for backups (its folder dialog), in English and Japanese, in the
// language the renderer last asked main to use (app:set-language).
import type { Language } from '../../shared/ipc/contract';

const en = {
  chooseFolderTitle: 'Also copy backups to this folder',
  chooseFolderButton: 'Use this folder',
  chooseFolderMessage: 'Each backup is also copied here, for example to a USB drive. The newest backups are kept; older ones are deleted.',
};

export type BackupDialogLabels = typeof en;

const ja: BackupDialogLabels = {
  chooseFolderTitle: 'バックアップのコピー先フォルダー',
  chooseFolderButton: 'このフォルダーを使う',
  chooseFolderMessage: 'バックアップのたびにこのフォルダー（USB ドライブなど）にもコピーします。新しいものから一定数を残し、古いものは削除します。',
};

export const backupDialogLabels: Readonly<Record<Language, BackupDialogLabels>> = { en, ja };
