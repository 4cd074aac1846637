// The six built-in checklist templates, in the order of domain/reference.md §2, and
// the dataset version they ship under.
import type { ChecklistTemplate } from '../../domain/checklistTemplate';
import { adCredentials } from './adCredentials';
import { cloudTenant } from './cloudTenant';
import { evidencePreservation } from './evidencePreservation';
import { partnerNotification } from './partnerNotification';
import { ransomwareFirstHour } from './ransomwareFirstHour';
import { vpnRemoteAccess } from './vpnRemoteAccess';

/** Bumped whenever any built-in template's content changes (`year.release`). */
export const SEED_DATASET_VERSION = '2026.1';

export const BUILT_IN_TEMPLATES: readonly ChecklistTemplate[] = Object.freeze([
  ransomwareFirstHour,
  vpnRemoteAccess,
  adCredentials,
  cloudTenant,
  evidencePreservation,
  partnerNotification,
]);

/** The built-in template with this id, if there is one. */
export function builtInTemplate(id: string): ChecklistTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
