// Synchronous SHA-256 for small records (log entries, custody events). Evidence
// files are hashed elsewhere with streaming, faster implementations.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const sha256Hex = (data: Uint8Array): string => bytesToHex(sha256(data));

export const sha256HexOfText = (text: string): string => sha256Hex(utf8ToBytes(text));

export const GENESIS_HASH = '0'.repeat(64);
