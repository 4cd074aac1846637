// The architecture fences in eslint.config.mjs, each checked on a violating and an
// allowed snippet, so a config edit cannot silently switch one off.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface FenceCase {
  name: string;
  file: string;
  code: string;
}

let eslint: ESLint;

/** The fence rules that fire for `code` at `file` (the file need not exist). */
async function fenceErrors({ file, code }: FenceCase): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const sendCode = "declare const win: { webContents: { send(c: string, p: unknown): void } };\nwin.webContents.send('menu:command', {});\n";

const fences: { fence: string; violations: FenceCase[]; allowed: FenceCase[] }[] = [
  {
    fence: 'ipcMain only in main/ipc/handle.ts',
    violations: [
      { name: 'named import in main', file: 'main/index.ts', code: "import { ipcMain } from 'electron';\nipcMain.removeHandler('x');\n" },
      { name: 'namespace import in main', file: 'main/modules/appMenu.ts', code: "import * as electron from 'electron';\nexport const e = electron;\n" },
      { name: 'electron/main subpath', file: 'main/ipc/emit.ts', code: "import { ipcMain } from 'electron/main';\nexport const i = ipcMain;\n" },
      { name: 'in the preload', file: 'preload/index.ts', code: "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n" },
    ],
    allowed: [
      { name: 'handle.ts', file: 'main/ipc/handle.ts', code: "import { ipcMain } from 'electron';\nipcMain.removeHandler('x');\n" },
      { name: 'other electron imports in main', file: 'main/index.ts', code: "import { app, BrowserWindow } from 'electron';\nexport const a = [app, BrowserWindow];\n" },
    ],
  },
  {
    fence: 'webContents.send only in main/ipc/emit.ts',
    violations: [
      { name: 'send in a module', file: 'main/modules/appMenu.ts', code: sendCode },
      { name: 'computed send', file: 'main/index.ts', code: "declare const w: Record<string, (c: string) => void>;\nw['send']('x');\n" },
    ],
    allowed: [{ name: 'emit.ts', file: 'main/ipc/emit.ts', code: sendCode }],
  },
  {
    fence: 'ipcRenderer and contextBridge only in preload/index.ts',
    violations: [
      { name: 'ipcRenderer in preload/api.ts', file: 'preload/api.ts', code: "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n" },
      { name: 'contextBridge in another preload file', file: 'preload/extra.ts', code: "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n" },
      { name: 'ipcRenderer in main', file: 'main/index.ts', code: "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n" },
    ],
    allowed: [
      {
        name: 'preload/index.ts',
        file: 'preload/index.ts',
        code: "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('x', { ping: () => ipcRenderer.invoke('x') });\n",
      },
    ],
  },
  {
    fence: 'no electron in renderer/, shared/ or preload/api.ts',
    violations: [
      { name: 'renderer', file: 'renderer/platform/index.ts', code: "import { shell } from 'electron';\nexport const s = shell;\n" },
      { name: 'renderer feature', file: 'renderer/features/log/LogView.tsx', code: "import { shell } from 'electron';\nexport const s = shell;\n" },
      { name: 'shared', file: 'shared/ipc/contract.ts', code: "import type { WebContents } from 'electron';\nexport type W = WebContents;\n" },
      { name: 'preload/api.ts', file: 'preload/api.ts', code: "import { webFrame } from 'electron/renderer';\nexport const w = webFrame;\n" },
      { name: 'dynamic import', file: 'renderer/app/App.tsx', code: "export const load = () => import('electron');\n" },
    ],
    allowed: [{ name: 'renderer importing shared', file: 'renderer/platform/index.ts', code: "import { LANGUAGES } from '../../shared/ipc/contract';\nexport const l = LANGUAGES;\n" }],
  },
  {
    fence: 'shared/ stays runtime-neutral',
    violations: [
      { name: 'renderer', file: 'shared/domain/incident.ts', code: "import { platform } from '../../renderer/platform';\nexport const p = platform;\n" },
      { name: 'main', file: 'shared/ipc/contract.ts', code: "import { emit } from '../../main/ipc/emit';\nexport const e = emit;\n" },
      { name: 'preload', file: 'shared/result.ts', code: "import { createLanternApi } from '../preload/api';\nexport const c = createLanternApi;\n" },
      { name: 'react', file: 'shared/domain/incident.ts', code: "import { useState } from 'react';\nexport const u = useState;\n" },
      { name: 'dexie', file: 'shared/domain/incident.ts', code: "import Dexie from 'dexie';\nexport const d = Dexie;\n" },
      { name: 'node: built-in', file: 'shared/crypto/sha256.ts', code: "import { createHash } from 'node:crypto';\nexport const c = createHash;\n" },
      { name: 'bare built-in', file: 'shared/crypto/sha256.ts', code: "import { createHash } from 'crypto';\nexport const c = createHash;\n" },
    ],
    allowed: [
      { name: 'zod and siblings', file: 'shared/ipc/contract.ts', code: "import { z } from 'zod';\nimport { isSafeLinkUrl } from '../domain/links';\nexport const a = [z, isSafeLinkUrl];\n" },
    ],
  },
  {
    fence: 'UI folders do not import the Dexie class',
    violations: [
      { name: 'feature', file: 'renderer/features/log/LogView.tsx', code: "import { db } from '../../data/db';\nexport const d = db;\n" },
      { name: 'component', file: 'renderer/components/Button.tsx', code: "import { LanternDb } from '../data/db';\nexport const d = LanternDb;\n" },
      { name: 'app', file: 'renderer/app/Shell.tsx', code: "import { db } from '../data/db.ts';\nexport const d = db;\n" },
      { name: 'editor', file: 'renderer/editor/nodes/EntryNode.ts', code: "import { db } from '../../data/db';\nexport const d = db;\n" },
    ],
    allowed: [
      { name: 'feature using hooks', file: 'renderer/features/log/LogView.tsx', code: "import { useEntries } from '../../data/hooks/useEntries';\nexport const u = useEntries;\n" },
      { name: 'repository using the db', file: 'renderer/data/repositories/entries.ts', code: "import { db } from '../db';\nexport const d = db;\n" },
    ],
  },
];

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

describe.each(fences)('fence: $fence', ({ violations, allowed }) => {
  it.each(violations)('reports $name ($file)', async (fenceCase) => {
    expect(await fenceErrors(fenceCase)).not.toEqual([]);
  });
  it.each(allowed)('allows $name ($file)', async (fenceCase) => {
    expect(await fenceErrors(fenceCase)).toEqual([]);
  });
});
