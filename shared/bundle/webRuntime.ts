// The few Web-standard pieces the verifier needs (Blob, TextDecoder, WebCrypto's
// Ed25519), typed here because shared/ compiles without DOM or Node types. Chromium and
// Node 20 both have them as globals, so the same code runs in the app and in the CLI.

/** What the verifier reads a ZIP through: a DOM Blob or File, or Node's `fs.openAsBlob`. */
export interface BlobLike {
  readonly size: number;
  slice(start?: number, end?: number): BlobLike;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Cancellation, as an AbortSignal gives it. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

interface SubtleLike {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: { name: 'Ed25519' }, extractable: false, usages: ['verify']): Promise<unknown>;
  verify(algorithm: { name: 'Ed25519' }, key: unknown, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

interface WebGlobals {
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => TextDecoderLike;
  Blob: new (parts: Uint8Array[]) => BlobLike;
  crypto: { subtle: SubtleLike };
}

const web = globalThis as unknown as WebGlobals;

/**
 * Strict UTF-8: invalid bytes throw instead of turning into U+FFFD, and a byte-order
 * mark is kept, so text that is not exactly what was written never compares equal.
 */
export const decodeUtf8 = (bytes: Uint8Array): string => new web.TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

/** A Blob in this runtime's own Blob class, from chunks already in memory. */
export const blobOf = (parts: Uint8Array[]): BlobLike => new web.Blob(parts);

/** Ed25519 verification with WebCrypto; false for a key or signature that cannot be used. */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const key = await web.crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
    return await web.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
  } catch {
    return false;
  }
}
