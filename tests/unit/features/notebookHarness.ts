// Component tests run against the app's real database (fake-indexeddb) and real
// i18n: each test starts from an empty notebook, in English.
import { cleanup } from '@testing-library/react';
import { appDb } from '../../../renderer/data/app';
import { notebook } from '../../../renderer/data';
import { initI18n } from '../../../renderer/i18n';

export async function freshNotebook(): Promise<void> {
  await appDb.delete();
  await appDb.open();
  await initI18n('en');
  document.documentElement.lang = 'en';
}

/** Unmount first, so no live query outlives its test or watches the next one's database. */
export function tearDown(): void {
  cleanup();
}

export const withResponder = () => notebook.saveProfile({ name: 'Aiko Sato', role: 'Scribe', organization: 'Example KK' });
