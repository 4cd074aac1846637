// Evidence bundles from the test's side: the ZIP's directory read in plain Node (ZIP64
// included, as client-zip writes it for big files), a stored entry's bytes, one byte of an
// entry flipped in a copy of the ZIP, `npx lantern-verify` run as a person would, and
// this profile's device id and key fingerprint (what rows and summaries name a device by).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './paths';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function signatureAt(zip: Buffer, offset: number, signature: number, what: string): void {
  if (offset < 0 || offset + 4 > zip.length || zip.readUInt32LE(offset) !== signature) throw new Error(`no ${what} at offset ${offset}`);
}

/** Every entry of the central directory, in its order. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP: no end of central directory record');
  let count = zip.readUInt16LE(eocd + 10);
  let directory = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || directory === MAX32) {
    signatureAt(zip, eocd - 20, ZIP64_LOCATOR, 'ZIP64 locator');
    const record = Number(zip.readBigUInt64LE(eocd - 20 + 8));
    signatureAt(zip, record, ZIP64_EOCD, 'ZIP64 end of central directory');
    count = Number(zip.readBigUInt64LE(record + 32));
    directory = Number(zip.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0, at = directory; i < count; i++) {
    signatureAt(zip, at, CENTRAL, 'central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    // ZIP64 extended information: only the fields whose 32-bit slot is full, in this order.
    for (let extra = at + 46 + nameLength, end = extra + extraLength; extra + 4 <= end; ) {
      const id = zip.readUInt16LE(extra);
      const length = zip.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => Number(zip.readBigUInt64LE((field += 8) - 8));
        if (entry.size === MAX32) entry.size = next();
        if (entry.compressedSize === MAX32) entry.compressedSize = next();
        if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next();
      }
      extra += 4 + length;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the entry's (compressed) data begins: after its local header's name and extra field. */
export function dataOffset(zip: Buffer, entry: ZipEntry): number {
  signatureAt(zip, entry.localHeaderOffset, LOCAL, `local header of ${entry.name}`);
  return entry.localHeaderOffset + 30 + zip.readUInt16LE(entry.localHeaderOffset + 26) + zip.readUInt16LE(entry.localHeaderOffset + 28);
}

export function findEntry(zip: Buffer, name: string): ZipEntry {
  const entry = zipEntries(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the ZIP`);
  return entry;
}

/** A stored (level 0) entry's bytes, straight out of the archive. */
export function storedEntry(zip: Buffer, name: string): Buffer {
  const entry = findEntry(zip, name);
  if (entry.method !== 0) throw new Error(`${name} is compressed (method ${entry.method}), not stored`);
  const start = dataOffset(zip, entry);
  return zip.subarray(start, start + entry.compressedSize);
}

/**
 * Copies the ZIP at `from` to `to` with one bit of one byte of `name`'s data inverted (at
 * `fraction` of the way through it). Only the data changes: the directory, sizes and CRC stay.
 * Returns the offset of the flipped byte in the archive.
 */
export function flipByteOfEntry(from: string, to: string, name: string, fraction = 0.5): number {
  const zip = readFileSync(from);
  const entry = findEntry(zip, name);
  if (entry.method !== 0) throw new Error(`${name} is compressed (method ${entry.method}): a flipped byte would not reach one byte of the file`);
  if (entry.compressedSize === 0) throw new Error(`${name} is empty`);
  const at = dataOffset(zip, entry) + Math.min(entry.compressedSize - 1, Math.floor(entry.compressedSize * fraction));
  zip[at]! ^= 0x01;
  writeFileSync(to, zip);
  return at;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npx lantern-verify <bundle>` from the repository root, plain Node, as a person would run it. */
export function lanternVerify(bundle: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'lantern-verify', bundle], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface DeviceIdentity {
  deviceId: string;
  /** The signing key's fingerprint (hex), as Settings → This device shows it. */
  fingerprint: string;
}

/** This profile's device (the `device` store the app keeps its identity in). */
export function deviceOf(page: Page): Promise<DeviceIdentity> {
  return page.evaluate(
    () =>
      new Promise<DeviceIdentity>((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('device', 'readonly').objectStore('device').get('device');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const device = get.result as Partial<DeviceIdentity> | undefined;
            if (typeof device?.deviceId === 'string' && typeof device.fingerprint === 'string') resolve({ deviceId: device.deviceId, fingerprint: device.fingerprint });
            else reject(new Error('this profile has no device identity yet'));
          };
        };
      }),
  );
}
