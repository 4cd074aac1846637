// Asked when the responder leaves the editor (Cancel, Escape) with unsaved changes.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';

export function DiscardDialog({ open, onKeep, onDiscard }: { open: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation('templates');
  const footer = (
    <>
      <button type="button" className="btn" onClick={onKeep} autoFocus>
        {t('editor.discard.keep')}
      </button>
      <button type="button" className="btn btn-primary btn-danger" onClick={onDiscard}>
        {t('editor.discard.confirm')}
      </button>
    </>
  );
  return (
    <Dialog open={open} title={t('editor.discard.title')} onClose={onKeep} footer={footer}>
      <p>{t('editor.discard.body')}</p>
    </Dialog>
  );
}
