// The zone every write records: Temporal's where the runtime has it, else Intl's, else UTC.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemZone } from '../../../renderer/data/context';

afterEach(() => vi.unstubAllGlobals());

describe('systemZone', () => {
  it("asks Temporal each time, so a laptop's change of zone shows at the next write", () => {
    let zone = 'Asia/Tokyo';
    const timeZoneId = vi.fn(() => zone);
    vi.stubGlobal('Temporal', { Now: { timeZoneId } });
    expect(systemZone()).toBe('Asia/Tokyo');
    zone = 'Europe/Berlin';
    expect(systemZone()).toBe('Europe/Berlin');
    expect(timeZoneId).toHaveBeenCalledTimes(2);
  });

  it("uses Intl's zone where there is no Temporal", () => {
    vi.stubGlobal('Temporal', undefined);
    expect(systemZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
