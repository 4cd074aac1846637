// Proves the harness itself: the server guards and headers, the injected bridge,
// main's real dispatcher behind it (sender check, payload check, handlers), events,
// the CSP recorder, persistent profiles and screenshots. Feature specs rely on these.
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { expect, test } from './harness/fixtures';

/** A GET with the path sent byte for byte (HTTP clients would normalise `..`). */
function rawGet(origin: string, path: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('static server', () => {
  test.use({ appPath: null });

  test('serves every response of the app with the CSP and nosniff headers', async ({ app }) => {
    const responses: { url: string; headers: Record<string, string> }[] = [];
    app.page.on('response', (response) => responses.push({ url: response.url(), headers: response.headers() }));

    const document = await app.page.goto(`${app.origin}/`);

    expect(document?.status()).toBe(200);
    expect(document?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(document?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const fromApp = responses.filter((response) => response.url.startsWith(app.origin));
    expect(fromApp.length).toBeGreaterThan(0);
    for (const response of fromApp) {
      expect(response.headers['content-security-policy'], response.url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options'], response.url).toBe('nosniff');
    }
  });

  test('refuses paths outside the build through main’s resolver', async ({ app }) => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/.env']) {
      expect(await rawGet(app.origin, path), path).toBe(404);
    }
    expect(await rawGet(app.origin, '/')).toBe(200);
  });
});

test.describe('bridge and main handlers', () => {
  // A bare page on the app origin: the bridge without the app's own start-up calls.
  test.use({ appPath: null });
  test.beforeEach(async ({ app }) => {
    await app.page.route(`${app.origin}/__harness/blank.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>blank</title>' }),
    );
    await app.goto('/__harness/blank.html');
  });

  test('app.getInfo answers from main’s handler with the configured host', async ({ app }) => {
    const result = await app.page.evaluate(() => window.lantern?.app.getInfo({}));

    expect(result).toEqual({
      ok: true,
      value: { name: 'Lantern', version: app.appInfo.version, platform: 'linux', systemLocale: 'en-US', systemTimeZone: 'Asia/Tokyo' },
    });
    expect(app.ipcCalls.map((call) => call.channel)).toEqual(['app:get-info']);
  });

  test('a payload off the contract is refused with ipc.badPayload and reaches no handler', async ({ app }) => {
    const viaApi = await app.page.evaluate(() =>
      window.lantern?.app.setLanguage({ language: 'fr' } as unknown as { language: 'en' }),
    );
    const viaBinding = await app.page.evaluate(() => window.__lanternInvoke?.('app:set-language', { language: 'fr' }));
    const unknownChannel = await app.page.evaluate(() => window.__lanternInvoke?.('fs:read-file', { path: '/etc/passwd' }));

    expect(viaApi).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(viaBinding).toMatchObject({ ok: false, error: { code: 'ipc.badPayload' } });
    expect(unknownChannel).toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(app.languageCalls).toEqual([]);

    const accepted = await app.page.evaluate(() => window.lantern?.app.setLanguage({ language: 'ja' }));
    expect(accepted).toEqual({ ok: true, value: {} });
    expect(app.languageCalls).toEqual(['ja']);
  });

  test('shell.openExternal refuses a javascript: URL and passes an https one to the system', async ({ app }) => {
    const refused = await app.page.evaluate(() => window.lantern?.shell.openExternal({ url: 'javascript:alert(1)' }));
    const opened = await app.page.evaluate(() =>
      window.lantern?.shell.openExternal({ url: 'https://www.jpcert.or.jp/english/' }),
    );

    expect(refused).toMatchObject({ ok: false });
    expect(opened).toEqual({ ok: true, value: {} });
    expect(app.openedExternal).toEqual(['https://www.jpcert.or.jp/english/']);
  });

  test('main → renderer events reach listeners through main’s emit', async ({ app }) => {
    await app.page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.lantern?.on('menu:command', (payload) => seen.push(payload));
    });

    const listeners = await app.emit('menu:command', { command: 'new-entry' });

    expect(listeners).toBe(1);
    // main refuses an event off the contract; if one got through, the preload drops it.
    await expect(app.emit('menu:command', { command: 'format-disk' } as never)).rejects.toThrow(/refused to emit/);
    await app.emitUnchecked('menu:command', { command: 'format-disk' });
    expect(await app.page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      { command: 'new-entry' },
    ]);
  });
});

test.describe('sender guard', () => {
  test.use({ appPath: null });

  test('a subframe on the app origin is refused; its main frame is not', async ({ app }) => {
    // Pages outside the build, fulfilled by the test, so no CSP forbids the frame.
    await app.page.route(`${app.origin}/__harness/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: route.request().url().endsWith('/host.html') ? '<iframe src="/__harness/child.html"></iframe>' : '<p>child</p>',
      }),
    );
    await app.page.goto(`${app.origin}/__harness/host.html`);
    const child = app.page.frames().find((frame) => frame.url().endsWith('/child.html'));
    if (!child) throw new Error('child frame did not load');
    await child.waitForFunction(() => window.lantern !== undefined);

    const fromChild = await child.evaluate(() => window.lantern?.app.getInfo({}));
    const fromMain = await app.page.evaluate(() => window.lantern?.app.getInfo({}));

    expect(fromChild).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect(fromMain).toMatchObject({ ok: true });
    expect(app.ipcCalls.map((call) => call.sender)).toEqual([
      { url: `${app.origin}/__harness/child.html`, isMainFrame: false },
      { url: `${app.origin}/__harness/host.html`, isMainFrame: true },
    ]);
  });

  test('a main frame on another origin is refused', async ({ app }) => {
    const foreign = `http://localhost:${new URL(app.origin).port}/foreign.html`;
    await app.page.route(foreign, (route) => route.fulfill({ contentType: 'text/html', body: '<p>foreign</p>' }));
    await app.page.goto(foreign);

    const result = await app.page.evaluate(() => window.lantern?.app.getInfo({}));

    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
  });
});

test.describe('CSP recorder', () => {
  test.use({ failOnCspViolation: false });

  test('records what the policy blocked: injected script and frames', async ({ app }) => {
    const before = app.cspViolations.length;
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const frame = document.createElement('iframe');
      frame.src = '/';
      document.body.append(frame);
    });

    await expect.poll(() => app.cspViolations.slice(before).map((violation) => violation.directive).sort()).toEqual([
      'frame-src',
      'script-src-elem',
    ]);
    expect(await app.page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(() => app.expectNoCspViolations()).toThrow();
  });
});

test.describe('Japanese locale', () => {
  test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

  test('the browser and main both report ja-JP', async ({ app }) => {
    const seen = await app.page.evaluate(async () => ({
      language: navigator.language,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      info: await window.lantern?.app.getInfo({}),
    }));

    expect(seen).toMatchObject({
      language: 'ja-JP',
      zone: 'Asia/Tokyo',
      info: { ok: true, value: { systemLocale: 'ja-JP', systemTimeZone: 'Asia/Tokyo' } },
    });
  });
});

test('a persistent profile keeps IndexedDB across a relaunch on the same origin', async ({ launchApp, userDataDir }) => {
  const writeOnce = await launchApp({ userDataDir });
  await writeOnce.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite', { durability: 'strict' });
          tx.objectStore('kv').put('survived', 'probe');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const firstOrigin = writeOnce.origin;
  await writeOnce.close();

  const reopened = await launchApp({ userDataDir });
  const value = await reopened.page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('probe');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

  expect(reopened.origin).toBe(firstOrigin);
  expect(value).toBe('survived');
});

test('screenshots land in test-results/screenshots', async ({ app }) => {
  await expect(app.page.locator('#root > *').first()).toBeVisible();
  await app.page.evaluate(() => document.fonts.ready);
  const path = await app.screenshot('harness smoke');

  expect(path).toMatch(/test-results\/screenshots\/harness-smoke\.png$/);
  expect(existsSync(path)).toBe(true);
});
