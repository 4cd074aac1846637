#!/usr/bin/env node
// `npm test` and CI: lint, typecheck, build the web renderer and the Electron bundles,
// the Electronegativity gate, then the unit, e2e and Electron suites. Each step runs
// even when an earlier one failed, so one log shows every problem. The last line is
// `N passed, N failed, N skipped`, counted from the suites' JSON reports (CI reads only
// that line); exit is non-zero on any failure or when no test passed.
// `node scripts/test.mjs unit e2e` runs only the named steps.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const BIN = join(ROOT, 'node_modules/.bin');
const STEPS = ['lint', 'typecheck', 'build', 'bundles', 'electronegativity', 'unit', 'e2e', 'electron'];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const skips = [];
const notes = [];

const fail = (what) => {
  totals.failed += 1;
  failures.push(what);
};

function banner(text) {
  console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

/** Runs a command with live output; returns its exit code (1 when it could not start). */
function run(command, args, env = {}) {
  const started = Date.now();
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error) {
    console.log(`(could not start ${command}: ${result.error.message})`);
    return 1;
  }
  const code = result.status ?? 1;
  console.log(`(exit ${code}${result.signal ? `, signal ${result.signal}` : ''}, ${seconds} s)`);
  return code;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function step(name, command, args) {
  banner(name);
  const code = run(command, args);
  if (code !== 0) fail(`${name} (exit ${code})`);
  return code === 0;
}

// ---------------------------------------------------------------------------
// vitest JSON (jest-compatible): testResults[].assertionResults[].status

function countVitest(report, exitCode) {
  const before = totals.failed;
  if (!report) {
    fail(`unit: vitest wrote no report (exit ${exitCode})`);
    return;
  }
  for (const file of report.testResults ?? []) {
    const name = file.name ? file.name.replace(`${ROOT}/`, '') : '(unknown file)';
    let fileFailed = false;
    for (const test of file.assertionResults ?? []) {
      const title = `${name} › ${test.fullName ?? test.title}`;
      if (test.status === 'passed') totals.passed += 1;
      else if (test.status === 'failed') {
        fileFailed = true;
        fail(`unit: ${title}`);
      } else {
        totals.skipped += 1;
        skips.push(`unit: ${title} (${test.status})`);
      }
    }
    // A file that could not load or whose hooks threw has no failed test of its own.
    if (file.status === 'failed' && !fileFailed) fail(`unit: ${name}: ${String(file.message ?? 'suite failed').split('\n')[0]}`);
  }
  if (exitCode !== 0 && totals.failed === before) fail(`unit: vitest exited ${exitCode} (unhandled error or no tests)`);
}

// ---------------------------------------------------------------------------
// Playwright JSON: suites[] (nested) → specs[] → tests[] with status
// expected | unexpected | flaky | skipped; annotations carry skip reasons.

function* playwrightTests(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) yield { title: [...here, spec.title].join(' › '), test };
    yield* playwrightTests(suite.suites, here);
  }
}

function skipReason(test) {
  const annotations = [...(test.annotations ?? []), ...(test.results ?? []).flatMap((result) => result.annotations ?? [])];
  const reasons = annotations
    .filter((annotation) => ['skip', 'fixme', 'skipped'].includes(annotation.type))
    .map((annotation) => annotation.description)
    .filter(Boolean);
  return [...new Set(reasons)].join('; ') || 'no reason given';
}

function countPlaywright(label, report, exitCode) {
  const before = totals.failed;
  if (!report) {
    fail(`${label}: Playwright wrote no report (exit ${exitCode})`);
    return;
  }
  for (const error of report.errors ?? []) fail(`${label}: ${String(error.message ?? error.value ?? 'error').split('\n')[0]}`);
  for (const { title, test } of playwrightTests(report.suites)) {
    const interrupted = (test.results ?? []).some((result) => result.status === 'interrupted');
    if (test.status === 'expected' && !interrupted) totals.passed += 1;
    else if (test.status === 'skipped' && test.expectedStatus === 'skipped') {
      totals.skipped += 1;
      skips.push(`${label}: ${title} — ${skipReason(test)}`);
    } else if (test.status === 'skipped') fail(`${label}: ${title} (did not run)`);
    else fail(`${label}: ${title} (${test.status === 'flaky' ? 'flaky' : (test.results ?? []).at(-1)?.status ?? test.status})`);
  }
  if (exitCode !== 0 && totals.failed === before) fail(`${label}: Playwright exited ${exitCode} with no failed test`);
}

function playwrightSuite(label, config, reportFile) {
  banner(label);
  rmSync(reportFile, { force: true });
  const code = run(join(BIN, 'playwright'), ['test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile,
  });
  countPlaywright(label, readJson(reportFile), code);
}

// ---------------------------------------------------------------------------

function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STEPS.includes(name));
  if (unknown.length > 0) {
    console.log(`unknown step(s): ${unknown.join(', ')}; steps are ${STEPS.join(', ')}`);
    fail('arguments');
    return;
  }
  const selected = (name) => wanted.length === 0 || wanted.includes(name);
  mkdirSync(RESULTS, { recursive: true });

  if (selected('lint')) step('lint', 'npm', ['run', '--silent', 'lint']);
  if (selected('typecheck')) step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  let built = true;
  if (selected('build')) built = step('build', 'npm', ['run', '--silent', 'build:web']);
  // The Electron bundles, built and checked the way a sandboxed window will load them.
  let bundled = true;
  if (selected('bundles')) {
    bundled = step('bundles: electron-vite build', 'npm', ['run', '--silent', 'build']);
    if (bundled) step('bundles: check', 'node', ['scripts/check-bundles.mjs']);
  }
  // Electronegativity over those bundles and the main/preload sources (fails on MEDIUM/FIRM and up).
  if (selected('electronegativity')) {
    if (bundled) step('electronegativity', 'node', ['scripts/electronegativity.mjs']);
    else notes.push('electronegativity: not run, the Electron bundles did not build');
  }

  if (selected('unit')) {
    banner('unit (vitest)');
    const reportFile = join(RESULTS, 'unit.json');
    rmSync(reportFile, { force: true });
    const code = run(join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`]);
    countVitest(readJson(reportFile), code);
  }

  if (selected('e2e')) {
    if (built) playwrightSuite('e2e', 'playwright.config.ts', join(RESULTS, 'e2e.json'));
    else notes.push('e2e: not run, the web build failed');
  }

  if (selected('electron')) {
    const config = 'tests/electron/playwright.config.ts';
    if (existsSync(join(ROOT, config))) playwrightSuite('electron', config, join(RESULTS, 'electron.json'));
    else notes.push(`electron: suite absent (${config} not found)`);
  }
}

try {
  main();
} catch (error) {
  fail(`test runner crashed: ${error instanceof Error ? error.stack : String(error)}`);
}

banner('summary');
for (const note of notes) console.log(`note: ${note}`);
for (const skip of skips) console.log(`skipped: ${skip}`);
for (const failure of failures) console.log(`FAILED: ${failure}`);
if (totals.passed === 0) console.log('no test passed: treating the run as failed');
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
