// The contact categories as a <select>'s option groups: authorities, then vendors, in the
// order the directory lists them. The filter adds an "all of this group" choice to each.
import { useTranslation } from 'react-i18next';
import { AUTHORITY_CATEGORIES, VENDOR_CATEGORIES } from '../../../shared/domain/contact';

export function CategoryOptions({ withGroupChoices = false }: { withGroupChoices?: boolean }) {
  const { t } = useTranslation('contacts');
  return (
    <>
      <optgroup label={t('section.authorities')}>
        {withGroupChoices && <option value="authorities">{t('list.allAuthorities')}</option>}
        {AUTHORITY_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`category.${category}`)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('section.vendors')}>
        {withGroupChoices && <option value="vendors">{t('list.allVendors')}</option>}
        {VENDOR_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(`category.${category}`)}
          </option>
        ))}
      </optgroup>
    </>
  );
}
