// Reads of the responder profile and device identity (never the private key's bytes: it has none to give).
import type { LanternDB } from '../db';
import type { DeviceIdentity } from '../../../shared/domain/responder';

export const getProfile = (db: LanternDB) => db.profile.get('self');

export async function getDeviceIdentity(db: LanternDB): Promise<DeviceIdentity | undefined> {
  const device = await db.device.get('device');
  if (!device) return undefined;
  const { deviceId, createdAt, publicKeyHex, fingerprint } = device;
  return { deviceId, createdAt, publicKeyHex, fingerprint };
}
