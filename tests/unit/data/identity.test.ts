// First run creates a device identity once; the private key cannot be exported.
import { describe, expect, it } from 'vitest';
import { saveProfile } from '../../../renderer/data/repositories/identity.write';
import { getDeviceIdentity, getProfile } from '../../../renderer/data/repositories/identity.read';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { openTestNotebook } from './fixtures';

describe('responder profile and device identity', () => {
  it('creates an Ed25519 device key pair with a non-extractable private key and a fingerprint of the public key', async () => {
    const nb = await openTestNotebook(false);
    await saveProfile(nb.ctx, { name: 'Ken Tanaka', role: '', organization: '' });
    const device = await nb.db.device.get('device');
    expect(device?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', device!.privateKey)).rejects.toThrow();
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', device!.publicKey));
    expect(device?.fingerprint).toBe(sha256Hex(raw));
    const message = new TextEncoder().encode('tag manifest');
    const signature = await crypto.subtle.sign('Ed25519', device!.privateKey, message);
    expect(await crypto.subtle.verify('Ed25519', device!.publicKey, signature, message)).toBe(true);
  });

  it('keeps the same device identity when the profile is edited', async () => {
    const nb = await openTestNotebook();
    const before = await getDeviceIdentity(nb.db);
    await saveProfile(nb.ctx, { name: 'Aiko Sato', role: 'Incident lead', organization: 'Example KK' });
    expect(await getDeviceIdentity(nb.db)).toEqual(before);
    expect(await getProfile(nb.db)).toMatchObject({ role: 'Incident lead' });
  });

  it('refuses an empty name', async () => {
    const nb = await openTestNotebook(false);
    await expect(saveProfile(nb.ctx, { name: ' ', role: '', organization: '' })).rejects.toMatchObject({ code: 'profile.invalid' });
    expect(await nb.db.device.count()).toBe(0);
  });
});
