// Severity and status as small coloured badges, with the words spelled out (never colour alone).
import { useTranslation } from 'react-i18next';
import type { IncidentStatus, Severity } from '../../../shared/domain/incident';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('incidents');
  const label = t(`common:severity.${severity}`);
  return (
    <span className={`badge sev-${severity}`} title={t('fields.severityIs', { severity: label })}>
      {label}
    </span>
  );
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('common');
  return <span className={status === 'closed' ? 'badge badge-closed' : 'badge badge-open'}>{t(`status.${status}`)}</span>;
}
