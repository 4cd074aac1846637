// Browser-only build of the renderer: `npm run preview:web` and the e2e suite use it,
// since electron-vite's own dev/preview need the Electron binary.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './main/security/csp';
import { RENDERER_OUTPUT } from './renderer.output';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    rolldownOptions: { output: RENDERER_OUTPUT },
  },
  // The preview sends the app's own CSP, so what works here works under app://lantern.
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
