// Renderer entry: picks the language (saved setting, else the system locale),
// then mounts the app. The first screen's data (profile, incidents, the last
// incident's newest entries) is read meanwhile, through the data layer.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, isLanguage, languageFromLocale, loadAllLanguages, preloadLanguage } from './i18n';
import { platform } from './platform';
import { notebook, readOpeningState } from './data';
import { App } from './app/App';
import { afterPaint } from './lib/afterPaint';
import type { AppInfo, Language } from '../shared/ipc/contract';
import { startBackupAgent } from './backup';
import './styles/app.css';

let started = false;
/** Work the first screen must not wait for: once, after it is painted. */
function afterFirstScreen(): void {
  if (started) return;
  started = true;
  afterPaint(() => {
    // Scheduled and quit-time backups (renderer/backup/agent.ts) run from the start, first-run
    // screen included; their first reads (counting a large notebook) wait for the first screen.
    startBackupAgent();
    // The other language (exports, bundles and system aliases read both).
    void loadAllLanguages().catch(() => undefined);
  });
}

function AfterFirstScreen() {
  useEffect(afterFirstScreen, []);
  return null;
}

/** The system's language as main last reported it (a UI cache, not notebook data). */
const SYSTEM_LANGUAGE_KEY = 'lantern.systemLanguage';

function rememberedSystemLanguage(): Language | null {
  try {
    const value = localStorage.getItem(SYSTEM_LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberSystemLanguage(language: Language): void {
  try {
    localStorage.setItem(SYSTEM_LANGUAGE_KEY, language);
  } catch {
    // Only the next start is slower.
  }
}

async function start(): Promise<void> {
  // English is always in; the browser's locale is a good guess at the language needed besides.
  preloadLanguage(languageFromLocale(navigator.language));
  // Not awaited yet: it runs while the host answers and the translations load. A failed
  // read only means the app asks again through its hooks, as it would without it.
  const opening = readOpeningState().catch(() => null);
  let appInfo: AppInfo | null = null;
  const askHost = () =>
    platform()
      .getInfo()
      .then((answer) => (appInfo = answer));
  // The system's language as main reported it last time, else main is asked at once. With
  // it (or a saved language) the first screen does not wait for main, which is asked after it.
  const remembered = rememberedSystemLanguage();
  let info = remembered ? null : askHost();
  const saved = await notebook.readSetting('language').catch(() => undefined);
  let language = saved ?? remembered ?? languageFromLocale((await (info ??= askHost())).systemLocale);
  await initI18n(language, { onlyLanguage: true });
  document.documentElement.lang = language;

  const root = createRoot(document.getElementById('root')!);
  const openingState = await opening;
  const render = () =>
    root.render(
      <StrictMode>
        <App appInfo={appInfo} opening={openingState} />
        <AfterFirstScreen />
      </StrictMode>,
    );
  render();

  info ??= askHost();
  const answer = await info.catch(() => null);
  if (!answer) return;
  const system = languageFromLocale(answer.systemLocale);
  rememberSystemLanguage(system);
  if (!saved && system !== language) {
    // The system's language changed since the last start: follow it.
    language = system;
    await initI18n(language, { onlyLanguage: true });
    document.documentElement.lang = language;
  }
  render();
  // The menu's language follows; the first screen need not wait for it.
  void platform().setLanguage(language).catch(() => undefined);
}

void start();
