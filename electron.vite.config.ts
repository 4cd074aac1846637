// Builds the three Electron bundles. The renderer part mirrors vite.web.config.mts,
// which serves the same renderer to browsers (preview and e2e tests).
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } } },
  },
  // Sandboxed preloads can require only `electron` (and a few Node shims), so zod
  // and the shared contract must be bundled in, not left as require() calls.
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // As in vite.web.config.mts: ASCII output (a one-byte script for V8) and one chunk per language.
        output: {
          charset: 'ascii',
          codeSplitting: {
            groups: [
              { name: 'locale-en', test: /[\\/]i18n[\\/]locales[\\/]en[\\/]/ },
              { name: 'locale-ja', test: /[\\/]i18n[\\/]locales[\\/]ja[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
