// First run: who is writing (the responder) and which device signs (a fresh
// Ed25519 key pair whose private half can never leave this browser profile). A full disk
// refuses the save as storage.full (storageFull.ts): no profile and no key are stored.
import { ResponderProfileInputSchema, type ResponderProfileInput } from '../../../shared/domain/responder';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { CodedError } from '../../../shared/result';
import type { DataContext } from '../context';
import type { DeviceRecord, ProfileRecord } from '../db';
import { storageChecked } from './storageFull';

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A new device identity: its own id and Ed25519 key pair (first run, and a restore that needs one). */
export async function createDeviceKeys(ctx: DataContext): Promise<DeviceRecord> {
  let pair: CryptoKeyPair;
  try {
    pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  } catch (cause) {
    throw new CodedError('identity.noEd25519', `this runtime cannot create Ed25519 keys: ${String(cause)}`);
  }
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    id: 'device',
    deviceId: ctx.newId(),
    createdAt: ctx.now().toISOString(),
    publicKeyHex: toHex(raw),
    fingerprint: sha256Hex(raw),
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
  };
}

/** Saves the responder's profile; on first run also creates the device identity. */
export async function saveProfile(ctx: DataContext, input: ResponderProfileInput): Promise<ProfileRecord> {
  const parsed = ResponderProfileInputSchema.safeParse(input);
  if (!parsed.success) throw new CodedError('profile.invalid', parsed.error.issues.map((i) => i.message).join('; '));
  const existing = await ctx.db.device.get('device');
  // Key generation is async non-Dexie work: do it before the transaction opens.
  const device = existing ? null : await createDeviceKeys(ctx);
  const profile: ProfileRecord = { id: 'self', ...parsed.data, updatedAt: ctx.now().toISOString() };
  await storageChecked(() =>
    ctx.db.transaction('rw', ctx.db.profile, ctx.db.device, async () => {
      if (device && !(await ctx.db.device.get('device'))) await ctx.db.device.add(device);
      await ctx.db.profile.put(profile);
    }),
  );
  return profile;
}
