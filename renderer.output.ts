// The renderer's bundle output, shared by electron.vite.config.ts (the app) and
// vite.web.config.mts (the browser build the preview and e2e tests use).
export const RENDERER_OUTPUT = {
  // ASCII output (non-ASCII escaped): V8 keeps a one-byte script, which decodes and
  // parses markedly faster than the two-byte one a single Japanese string forces.
  charset: 'ascii' as const,
  // One chunk per language: English is part of the first screen, the others load after it (renderer/i18n).
  codeSplitting: {
    groups: [
      { name: 'locale-en', test: /[\\/]i18n[\\/]locales[\\/]en[\\/]/ },
      { name: 'locale-ja', test: /[\\/]i18n[\\/]locales[\\/]ja[\\/]/ },
    ],
  },
};
