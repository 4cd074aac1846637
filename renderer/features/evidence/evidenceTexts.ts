// The log texts the locker writes, in the UI language at the moment of writing:
// the log records what the responder saw. File names go in with hidden characters
// made visible, so the log cannot be made to lie by a right-to-left override.
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { displayFileName } from '../../../shared/evidence/fileName';

export function useEvidenceTexts() {
  const { t } = useTranslation('evidence');
  return {
    collected: (itemNumber: number, description: string, originalName: string, sha256: string): string =>
      t('intake.logText', { number: itemNumber, description, name: displayFileName(originalName).text, sha256 }),

    verified: ({ item, result }: { item: EvidenceItem; result: 'pass' | 'fail' }): string =>
      t(result === 'pass' ? 'verifyAll.logPass' : 'verifyAll.logFail', { number: item.itemNumber, description: item.description }),
  };
}
