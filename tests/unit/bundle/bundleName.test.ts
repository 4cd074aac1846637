// Files named after an incident without a code: two incidents made within the same minute
// (UUID v7 ids, which start with their creation time) must not get the same file names.
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { bundleName } from '../../../renderer/bundle/artefacts';
import { exportFileName } from '../../../shared/export/options';
import type { Incident } from '../../../shared/domain/incident';

const at = '2026-11-23T16:05:00.000Z';
const codeless = (msecs: number): Incident => ({ id: uuidv7({ msecs }), code: '' }) as Incident;

describe('file names of incidents without a code', () => {
  it('differ for incidents created a millisecond apart', () => {
    const [a, b] = [codeless(Date.parse(at)), codeless(Date.parse(at) + 1)];
    expect(a.id.slice(0, 8)).toBe(b.id.slice(0, 8));
    expect(bundleName(a, at, 'Asia/Tokyo')).not.toBe(bundleName(b, at, 'Asia/Tokyo'));
    expect(exportFileName(a, 'csv', '2026-11-24')).not.toBe(exportFileName(b, 'csv', '2026-11-24'));
  });

  it('name the incident by the random end of its id, ASCII only', () => {
    const incident = { id: '01900000-0000-7000-8000-00000000abcd', code: '' } as Incident;
    expect(bundleName(incident, at, 'Asia/Tokyo')).toBe('lantern-0000abcd-20261124-0105.zip');
    expect(bundleName({ ...incident, code: 'IR 7/b' }, at, 'Asia/Tokyo')).toBe('lantern-IR-7-b-20261124-0105.zip');
  });
});
