// The responder using this device, and the device's signing identity.
import { z } from '../zod';
import { IdSchema, InstantSchema, text } from './common';

export const ResponderProfileInputSchema = z.object({
  name: text(120).pipe(z.string().trim().min(1, 'name is required')),
  role: text(120).pipe(z.string().trim()),
  organization: text(200).pipe(z.string().trim()),
});
export type ResponderProfileInput = z.infer<typeof ResponderProfileInputSchema>;

export const DeviceIdentitySchema = z.object({
  deviceId: IdSchema,
  createdAt: InstantSchema,
  /** Raw Ed25519 public key, hex (32 bytes). */
  publicKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the raw public key, hex. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DeviceIdentity = z.infer<typeof DeviceIdentitySchema>;

/** Groups a fingerprint for reading aloud over a phone line: `ab12 cd34 …` (first 32 hex digits). */
export const formatFingerprint = (hex: string): string => (hex.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
