// An evidence file name shown so it cannot lie: monospace, isolated from the text around it,
// hidden characters as highlighted ⟨U+202E⟩ markers, and flagged with why it looks wrong.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFileName, MARKER, type NameWarning } from './fileNameCheck';

export interface FileNameTextProps {
  name: string;
  /** The item page explains each warning; lists and the intake say it in a line. */
  explain?: boolean;
}

export function FileNameText({ name, explain = false }: FileNameTextProps) {
  const { text, warnings } = checkFileName(name);
  const markers = text.match(MARKER) ?? [];
  const parts = text.split(MARKER);
  const suspicious = warnings.length > 0;
  // A block only where it explains: the short form sits inside legends and table cells.
  const Wrapper = explain ? 'div' : 'span';
  return (
    <Wrapper className={['ev-name', explain ? 'ev-name-full' : 'ev-name-brief', suspicious ? 'ev-name-suspicious' : ''].filter(Boolean).join(' ')}>
      {/* <bdi> plus dir=ltr: nothing in the name can reorder the page around it. */}
      <bdi dir="ltr" className="mono ev-name-text">
        {parts.map((part, i) => (
          <Fragment key={i}>
            {part}
            {i < markers.length && <mark className="ev-hidden-char">{markers[i]}</mark>}
          </Fragment>
        ))}
      </bdi>
      {suspicious && (explain ? <Explained warnings={warnings} /> : <Brief warnings={warnings} />)}
    </Wrapper>
  );
}

function Brief({ warnings }: { warnings: NameWarning[] }) {
  const { t } = useTranslation('evidence');
  return (
    <span className="ev-name-warning">
      <span aria-hidden="true">⚠ </span>
      {t('locker.suspiciousName', { reasons: warnings.map((w) => t(`locker.nameWarning.${w}`)).join(t('locker.listSeparator')) })}
    </span>
  );
}

function Explained({ warnings }: { warnings: NameWarning[] }) {
  const { t } = useTranslation('evidence');
  return (
    <div className="ev-name-explained" role="note">
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
  );
}
