// Builds the three Electron bundles. The renderer part mirrors vite.web.config.mts,
// which serves the same renderer to browsers (preview and e2e tests); both take
// their output options from renderer.output.ts.
import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { RENDERER_OUTPUT } from './renderer.output';

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
        output: RENDERER_OUTPUT,
      },
    },
  },
});
