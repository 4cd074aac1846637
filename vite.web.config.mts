// Browser-only build of the renderer: `npm run preview:web` and the e2e suite use it,
// since electron-vite's own dev/preview need the Electron binary.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './main/security/csp';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    // ASCII output (non-ASCII escaped): V8 keeps a one-byte script, which decodes and
    // parses markedly faster than the two-byte one a single Japanese string forces.
    rolldownOptions: {
      output: {
        charset: 'ascii',
        // One chunk per language: English is part of the first screen, the others load after it (renderer/i18n).
        codeSplitting: {
          groups: [
            { name: 'locale-en', test: /[\\/]i18n[\\/]locales[\\/]en[\\/]/ },
            { name: 'locale-ja', test: /[\\/]i18n[\\/]locales[\\/]ja[\\/]/ },
          ],
        },
      },
    },
  },
  // The preview sends the app's own CSP, so what works here works under app://lantern.
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
