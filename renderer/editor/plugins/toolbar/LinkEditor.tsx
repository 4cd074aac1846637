// The inline link form under the toolbar (never window.prompt): takes a URL,
// refuses anything but http, https and mailto with a message, Escape cancels.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeLinkUrl } from '../../../../shared/domain/links';

export interface LinkEditorProps {
  initialUrl: string;
  /** The caret is in a link: offer to remove it. */
  hasLink: boolean;
  onApply(url: string): void;
  onRemove(): void;
  onClose(): void;
}

export function LinkEditor({ initialUrl, hasLink, onApply, onRemove, onClose }: LinkEditorProps) {
  const { t } = useTranslation('editor');
  const [url, setUrl] = useState(initialUrl);
  const [refused, setRefused] = useState(false);
  const errorId = `${useId()}-error`;

  const apply = () => {
    const candidate = url.trim();
    if (isSafeLinkUrl(candidate)) onApply(candidate);
    else setRefused(true);
  };

  return (
    <div className="lx-link-editor" role="group" aria-label={t('link.editorLabel')}>
      <input
        type="text"
        inputMode="url"
        className="lx-link-input"
        aria-label={t('link.urlLabel')}
        placeholder={t('link.placeholder')}
        value={url}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-invalid={refused}
        aria-describedby={refused ? errorId : undefined}
        onChange={(event) => {
          setUrl(event.target.value);
          setRefused(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation(); // close this form, not a surrounding dialog
            onClose();
          }
        }}
      />
      <button type="button" className="lx-link-button lx-link-apply" onClick={apply}>
        {t('link.apply')}
      </button>
      {hasLink && (
        <button type="button" className="lx-link-button" onClick={onRemove}>
          {t('link.remove')}
        </button>
      )}
      <button type="button" className="lx-link-button" onClick={onClose}>
        {t('link.cancel')}
      </button>
      {refused && (
        <p id={errorId} className="lx-link-error" role="alert">
          {t('link.unsafe')}
        </p>
      )}
    </div>
  );
}
