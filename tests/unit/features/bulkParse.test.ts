// CSV and pasted-line rows for bulk add: every row checked, bad ones named by line.
import { describe, expect, it } from 'vitest';
import { parseBulk, type BulkAliases } from '../../../renderer/features/systems/bulkParse';

const aliases: BulkAliases = {
  types: new Map([['host', 'host'], ['server', 'server'], ['appliance', 'appliance'], ['ホスト', 'host']]),
  criticalities: new Map([['low', 'low'], ['medium', 'medium'], ['high', 'high'], ['critical', 'critical']]),
};
const parse = (input: string, existing: string[] = []) => parseBulk(input, { aliases, existingNames: new Set(existing) });

describe('parseBulk', () => {
  it('reads a CSV with a header in any order, quoted commas and a byte-order mark', () => {
    const result = parse('\ufefftype,name,address,criticality,tags,notes\r\nserver,"WMS, primary",10.0.2.5,critical,wms,"ships orders"\r\nhost,FS01,10.0.1.11,,,\r\n');
    expect(result.header).toBe(true);
    expect(result.invalid).toEqual([]);
    expect(result.valid.map((row) => [row.line, row.details.name, row.details.type, row.details.criticality, row.details.addresses])).toEqual([
      [2, 'WMS, primary', 'server', 'critical', ['10.0.2.5']],
      [3, 'FS01', 'host', 'medium', ['10.0.1.11']],
    ]);
  });

  it('names each bad row by its line, counting the lines of a multi-line cell', () => {
    const result = parse('name,type,notes\nFS01,host,"two\nlines"\n,host,\nFS02,toaster,\nFS01,host,\nVPN-GW,appliance,', ['vpn-gw']);
    expect(result.valid.map((row) => row.line)).toEqual([2]);
    expect(result.invalid.map((row) => [row.line, row.issues.map((issue) => issue.code)])).toEqual([
      [4, ['nameRequired']],
      [5, ['unknownType']],
      [6, ['duplicate']],
      [7, ['exists']],
    ]);
  });

  it('takes plain pasted lines with no header, including Japanese type names', () => {
    const result = parse('FS01, 10.0.1.11, ホスト\nFS02');
    expect(result.header).toBe(false);
    expect(result.valid.map((row) => [row.line, row.details.name, row.details.type])).toEqual([
      [1, 'FS01', 'host'],
      [2, 'FS02', 'host'],
    ]);
  });
});
