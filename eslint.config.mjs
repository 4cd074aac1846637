// Lint for the whole repository: typescript-eslint's recommended rules, React hook
// rules for components, and the architecture fences that keep each runtime in its lane
// (see STYLE.md "A layout that shows the architecture"). Fences apply to source
// folders, not to tests, which may mock `electron` to exercise main's modules.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

// ---------------------------------------------------------------------------
// Fences. Options of one rule do not merge across config objects (the last match
// wins), so every source file falls into exactly one region below and each region
// lists all of its restrictions.

const ipcMainBan = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only main/ipc/handle.ts may use ipcMain: it checks the sender and validates payloads for every channel.',
};
const ipcMainSubpathBan = { ...ipcMainBan, name: 'electron/main' };
const bridgeBan = {
  name: 'electron',
  importNames: ['ipcRenderer', 'contextBridge'],
  message: 'Only preload/index.ts may use ipcRenderer or contextBridge: the renderer gets the contract-built API, never raw IPC.',
};
const bridgeSubpathBan = { ...bridgeBan, name: 'electron/renderer' };
const electronBan = {
  name: 'electron',
  message: 'No Electron here: this code must also run in a plain browser (e2e harness) or any runtime (shared/).',
};
const electronSubpathBan = { group: ['electron/*'], message: electronBan.message };

const sharedBans = {
  paths: [
    electronBan,
    ...['react', 'react-dom', 'react-dom/client', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next'].map(
      (name) => ({ name, message: 'shared/ is runtime-neutral: no UI, storage or i18n libraries.' }),
    ),
    ...builtinModules.map((name) => ({ name, message: 'shared/ is runtime-neutral: no Node built-ins.' })),
  ],
  patterns: [
    electronSubpathBan,
    { group: ['node:*'], message: 'shared/ is runtime-neutral: no Node built-ins.' },
    { group: ['react/*', 'react-dom/*', 'dexie/*'], message: 'shared/ is runtime-neutral: no UI or storage libraries.' },
    {
      regex: '^(\\.\\./)+(renderer|main|preload)(/|$)',
      message: 'shared/ may not import from renderer/, main/ or preload/: they import shared, never the other way.',
    },
  ],
};

const dbBan = {
  regex: '(^|/)data/db(/index)?(\\.ts)?$',
  message: 'Components and features read through data hooks and write through repository functions, never the Dexie class.',
};

const restrictImports = (options) => ({ 'no-restricted-imports': ['error', options] });

const dynamicElectronImport = [
  {
    selector: "ImportExpression[source.value=/^electron(\\u002F|$)/]",
    message: electronBan.message,
  },
  {
    selector: "CallExpression[callee.name='require'][arguments.0.value=/^electron(\\u002F|$)/]",
    message: electronBan.message,
  },
];

const webContentsSend = [
  {
    selector: 'MemberExpression[property.name=/^(send|sendToFrame)$/]',
    message: 'Only main/ipc/emit.ts may send to a renderer: it validates every event against the contract.',
  },
  {
    selector: "MemberExpression[computed=true][property.value=/^(send|sendToFrame)$/]",
    message: 'Only main/ipc/emit.ts may send to a renderer: it validates every event against the contract.',
  },
];

const uiFolders = ['renderer/features/**', 'renderer/components/**', 'renderer/app/**', 'renderer/editor/**'];

const fences = [
  // main/
  { files: ['main/ipc/handle.ts'], rules: restrictImports({ paths: [bridgeBan, bridgeSubpathBan] }) },
  {
    files: ['main/**/*.{ts,tsx,mts}'],
    ignores: ['main/ipc/handle.ts'],
    rules: restrictImports({ paths: [ipcMainBan, ipcMainSubpathBan, bridgeBan, bridgeSubpathBan] }),
  },
  {
    files: ['main/**/*.{ts,tsx,mts}'],
    ignores: ['main/ipc/emit.ts'],
    rules: { 'no-restricted-syntax': ['error', ...webContentsSend] },
  },
  // preload/
  { files: ['preload/index.ts'], rules: restrictImports({ paths: [ipcMainBan, ipcMainSubpathBan] }) },
  {
    files: ['preload/api.ts'],
    rules: {
      ...restrictImports({ paths: [electronBan], patterns: [electronSubpathBan] }),
      'no-restricted-syntax': ['error', ...dynamicElectronImport],
    },
  },
  {
    files: ['preload/**/*.{ts,tsx,mts}'],
    ignores: ['preload/index.ts', 'preload/api.ts'],
    rules: restrictImports({ paths: [ipcMainBan, ipcMainSubpathBan, bridgeBan, bridgeSubpathBan] }),
  },
  // shared/
  {
    files: ['shared/**/*.{ts,tsx,mts}'],
    rules: { ...restrictImports(sharedBans), 'no-restricted-syntax': ['error', ...dynamicElectronImport] },
  },
  // renderer/
  {
    files: ['renderer/**/*.{ts,tsx,mts}'],
    ignores: uiFolders,
    rules: {
      ...restrictImports({ paths: [electronBan], patterns: [electronSubpathBan] }),
      'no-restricted-syntax': ['error', ...dynamicElectronImport],
    },
  },
  {
    files: uiFolders.map((folder) => `${folder}/*.{ts,tsx,mts}`),
    rules: {
      ...restrictImports({ paths: [electronBan], patterns: [electronSubpathBan, dbBan] }),
      'no-restricted-syntax': ['error', ...dynamicElectronImport],
    },
  },
];

// ---------------------------------------------------------------------------

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Security code here rejects control characters on purpose (paths, links).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Which globals each runtime has.
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['main/**', 'preload/**', 'scripts/**', 'bin/**', '*.{js,mjs,cjs,ts,mts}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Playwright reads fixture dependencies from the destructuring pattern: `async ({}, use)`.
    rules: { 'no-empty-pattern': 'off' },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['**/*.tsx', 'renderer/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  ...fences,
);
