// Renderer entry: picks the language (saved setting, else the system locale),
// then mounts the app. The first screen's data (profile, incidents, the last
// incident's newest entries) is read meanwhile, through the data layer.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, languageFromLocale, loadAllLanguages, preloadLanguage } from './i18n';
import { platform } from './platform';
import { notebook, readOpeningState } from './data';
import { App } from './app/App';
import { startBackupAgent } from './backup';
import './styles/app.css';

let started = false;
/** Work the first screen must not wait for: after the first commit, and once. */
function afterFirstScreen(): void {
  if (started) return;
  started = true;
  setTimeout(() => {
    // Scheduled and quit-time backups (renderer/backup/agent.ts) run from the start, first-run
    // screen included; their first reads (counting a large notebook) wait for the first screen.
    startBackupAgent();
    // The other language (exports, bundles and system aliases read both).
    void loadAllLanguages().catch(() => undefined);
  }, 0);
}

function AfterFirstScreen() {
  useEffect(afterFirstScreen, []);
  return null;
}

async function start(): Promise<void> {
  // English is the fallback of every language; the browser's locale is a good guess at the other.
  preloadLanguage('en');
  preloadLanguage(languageFromLocale(navigator.language));
  // Not awaited yet: it runs while the host answers and the translations load. A failed
  // read only means the app asks again through its hooks, as it would without it.
  const opening = readOpeningState().catch(() => null);
  const [info, saved] = await Promise.all([platform().getInfo(), notebook.readSetting('language').catch(() => undefined)]);
  const language = saved ?? languageFromLocale(info.systemLocale);
  await initI18n(language, { onlyLanguage: true });
  document.documentElement.lang = language;
  // The menu's language follows; the first screen need not wait for it.
  void platform().setLanguage(language).catch(() => undefined);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App appInfo={info} opening={await opening} />
      <AfterFirstScreen />
    </StrictMode>,
  );
}

void start();
