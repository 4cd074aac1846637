// Asked before the shell leaves a screen holding unsaved work (a half-written
// entry, an edited template): leaving would drop what the responder typed.
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function LeaveDialog({ open, onStay, onLeave }: { open: boolean; onStay(): void; onLeave(): void }) {
  const { t } = useTranslation('common');
  const footer = (
    <>
      <button type="button" className="btn" onClick={onStay} autoFocus>
        {t('leave.stay')}
      </button>
      <button type="button" className="btn btn-primary btn-danger" onClick={onLeave}>
        {t('leave.confirm')}
      </button>
    </>
  );
  return (
    <Dialog open={open} title={t('leave.title')} onClose={onStay} footer={footer}>
      <p>{t('leave.body')}</p>
    </Dialog>
  );
}
