// An evidence file's original name shown safely: monospace, isolated from the
// surrounding text, hidden characters as visible markers, and why it looks wrong.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFileName, MARKER } from './fileNameCheck';

export function FileNameText({ name }: { name: string }) {
  const { t } = useTranslation('evidence');
  const { text, warnings } = checkFileName(name);
  const markers = text.match(MARKER) ?? [];
  const parts = text.split(MARKER);
  return (
    <div className="ev-filename">
      {/* <bdi> plus dir=ltr: nothing in the name can reorder the page around it. */}
      <bdi dir="ltr" className="mono ev-filename-text">
        {parts.map((part, i) => (
          <Fragment key={i}>
            {part}
            {i < markers.length && <mark className="ev-hidden-char">{markers[i]}</mark>}
          </Fragment>
        ))}
      </bdi>
      {warnings.length > 0 && (
        <div className="ev-filename-warning" role="note">
          <strong>
            <span aria-hidden="true">⚠ </span>
            {t('item.name.suspicious')}
          </strong>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{t(`item.name.${warning}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
