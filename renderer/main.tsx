// Renderer entry: picks the language (saved setting, else the system locale),
// then mounts the app. Nothing here touches the database directly.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, languageFromLocale } from './i18n';
import { platform } from './platform';
import { notebook } from './data';
import { App } from './app/App';
import { startBackupAgent } from './backup';
import './styles/app.css';

async function start(): Promise<void> {
  const [info, saved] = await Promise.all([platform().getInfo(), notebook.readSetting('language').catch(() => undefined)]);
  const language = saved ?? languageFromLocale(info.systemLocale);
  await initI18n(language);
  document.documentElement.lang = language;
  // The menu's language follows; the first screen need not wait for it.
  void platform().setLanguage(language).catch(() => undefined);
  // Scheduled and quit-time backups (renderer/backup/agent.ts) run from the start, first-run screen included.
  startBackupAgent();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App appInfo={info} />
    </StrictMode>,
  );
}

void start();
