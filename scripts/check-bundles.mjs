// Checks the electron-vite output for what the Electron suite cannot check on a
// machine without Electron: a sandboxed preload can require nothing but
// `electron`, main and preload are CommonJS, the renderer page has no inline script.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'out');
const problems = [];
const read = (file) => {
  const path = join(OUT, file);
  if (!existsSync(path)) {
    problems.push(`${file} is missing`);
    return '';
  }
  return readFileSync(path, 'utf8');
};

const preload = read('preload/index.js');
const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
const foreign = [...new Set(required.filter((name) => name !== 'electron'))];
if (foreign.length) problems.push(`preload requires ${foreign.join(', ')}; a sandboxed preload can load only 'electron'`);
if (/^\s*(import|export)\s/m.test(preload)) problems.push('preload is not CommonJS; sandboxed preloads must be');

const main = read('main/index.js');
if (/^\s*import\s.+from\s/m.test(main)) problems.push('main is not CommonJS');

const html = read('renderer/index.html');
for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
  if (!/\bsrc=/.test(tag)) problems.push('renderer/index.html has an inline script, which the CSP refuses');
}

if (problems.length) {
  for (const problem of problems) console.log(`bundle check: ${problem}`);
  process.exit(1);
}
console.log(`bundle check: preload requires only electron (${required.length} require call(s)); main and renderer look right`);
