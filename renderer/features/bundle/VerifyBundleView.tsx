// The Verify bundle screen: check a bundle someone sent (or one of ours) the way
// `lantern-verify` does, with the same report. It reads the file and writes nothing.
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { useBundleVerification } from './VerifyBundleRun';
import { VerifyFileChooser } from './VerifyFileChooser';
import { VerifyProgressPanel } from './VerifyProgressPanel';
import { VerifyReport } from './VerifyReport';
import './VerifyBundle.css';

export function VerifyBundleView({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('bundle');
  const { state, start, cancel } = useBundleVerification();
  return (
    <div className="page">
      <div className="vb-page">
        <header className="vb-header">
          <h1>{t('verify.title')}</h1>
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            {t('verify.close')}
          </button>
        </header>
        <p className="muted">{t('verify.intro')}</p>
        {state.phase === 'verifying' ? (
          <VerifyProgressPanel fileName={state.file.name} progress={state.progress} onCancel={cancel} />
        ) : (
          <VerifyFileChooser onFile={(file) => void start(file)} label={state.phase === 'idle' ? undefined : t('verify.choose.another')} />
        )}
        {state.phase === 'cancelled' && <p role="status">{t('verify.cancelled', { name: state.file.name })}</p>}
        {state.phase === 'error' && <ErrorText error={state.error} />}
        {state.phase === 'done' && <VerifyReport verification={state.verification} fileName={state.file.name} />}
        <p className="field-hint">{t('verify.cliHint')}</p>
      </div>
    </div>
  );
}
