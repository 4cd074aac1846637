// @vitest-environment happy-dom
import { test, expect } from 'vitest';
test('probe', async () => {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  expect(pair.publicKey).toBeTruthy();
  const d = document.createElement('dialog');
  document.body.append(d);
  d.showModal();
  expect(d.open).toBe(true);
  const f = document.createElement('form'); f.id='f1'; document.body.append(f);
  const b = document.createElement('button'); b.type='submit'; b.setAttribute('form','f1'); document.body.append(b);
  let submitted = false; f.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
  b.click();
  expect(submitted).toBe(true);
  const i = document.createElement('input'); i.type='datetime-local'; i.value='2026-11-23T09:30:15'; expect(i.value).toBe('2026-11-23T09:30:15');
  expect(typeof indexedDB).toBe('object');
});
