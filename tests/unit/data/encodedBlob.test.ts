// Export files become Blobs of UTF-8 bytes made part by part: the same bytes a Blob of the
// strings would hold, including Japanese, the CSV's BOM and a lone surrogate (U+FFFD).
import { describe, expect, it } from 'vitest';
import { encodedBlob } from '../../../renderer/data/encodedBlob';

describe('encodedBlob', () => {
  const parts = ['\uFEFFid,text\r\n', '1,隔離した FS01\r\n', '2,broken \uD800 pair\r\n', ''];

  it('holds the bytes a Blob of the strings holds, in order, with the type', async () => {
    const blob = encodedBlob(parts, 'text/csv;charset=utf-8');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await new Blob(parts).arrayBuffer()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // text() drops the BOM as it decodes.
    expect(await blob.text()).toBe('id,text\r\n1,隔離した FS01\r\n2,broken \uFFFD pair\r\n');
  });

  it('asks a generator for each part once, in order', () => {
    const asked: number[] = [];
    function* made() {
      for (let n = 0; n < 3; n++) {
        asked.push(n);
        yield `part ${n}\n`;
      }
    }
    expect(encodedBlob(made(), 'application/json').size).toBe(21);
    expect(asked).toEqual([0, 1, 2]);
  });
});
