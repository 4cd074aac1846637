// Every figure `npm run bench` reports, in table order, with its target and where the
// target comes from: ../shared/DESIGN.md "Performance targets" and the issues. A figure
// the run did not produce still gets its row ("not run"), so a gap is never silent.

export interface Target {
  op: '<' | '≥';
  limit: number;
  /** Set when the target is a ratio to a reference measured in the same run (e.g. `sha256sum`). */
  of?: string;
}

export interface FigureSpec {
  figure: string;
  unit: string;
  /** Decimals shown for the value. */
  digits: number;
  /** null: an informational figure, reported without a target. */
  target: Target | null;
  /** Where the target was set. */
  from: string;
}

const DESIGN = 'DESIGN.md';

export const FIGURES = {
  open: { figure: 'open an incident of 100,000 entries, first screen', unit: 'ms', digits: 0, target: { op: '<', limit: 500 }, from: DESIGN },
  openCold: { figure: 'open, every script compiled afresh (no code cache)', unit: 'ms', digits: 0, target: null, from: 'info' },
  appendP50: { figure: 'append one entry (hash + strict write), p50', unit: 'ms', digits: 2, target: { op: '<', limit: 5 }, from: DESIGN },
  appendP95: { figure: 'append one entry (hash + strict write), p95', unit: 'ms', digits: 2, target: { op: '<', limit: 20 }, from: DESIGN },
  appendQuiet: { figure: 'append one entry, saved from inside the page (no test driver), p50', unit: 'ms', digits: 2, target: null, from: 'info' },
  appendJournal: { figure: 'journal copy of an appended entry (IPC + fdatasync in main), p50', unit: 'ms', digits: 2, target: null, from: 'info' },
  appendJournalP95: { figure: 'journal copy of an appended entry (IPC + fdatasync in main), p95', unit: 'ms', digits: 2, target: null, from: 'info' },
  appendRoundTrip: { figure: 'append through the composer: Ctrl+Enter → row shown, p50', unit: 'ms', digits: 0, target: null, from: 'info' },
  appendRoundTripP95: { figure: 'append through the composer: Ctrl+Enter → row shown, p95', unit: 'ms', digits: 0, target: null, from: 'info' },
  idbStrictPut: { figure: "this machine's IndexedDB: one strict put, raw, p50", unit: 'ms', digits: 2, target: null, from: 'info' },
  idbAppendShape: { figure: "this machine's IndexedDB: the append's transaction, raw, p50", unit: 'ms', digits: 2, target: null, from: 'info' },
  appendOwnShare: { figure: "append p50 above this machine's raw append transaction (Dexie, validation, hash, the page)", unit: 'ms', digits: 2, target: null, from: 'info' },
  searchWord: { figure: 'search 100,000 entries for a word, first results', unit: 'ms', digits: 0, target: { op: '<', limit: 100 }, from: DESIGN },
  searchRare: { figure: 'search 100,000 entries for a rare token, first results', unit: 'ms', digits: 0, target: { op: '<', limit: 100 }, from: DESIGN },
  scrollWorst: { figure: 'scroll the 100,000-entry timeline, worst frame', unit: 'ms', digits: 1, target: { op: '<', limit: 50 }, from: DESIGN },
  scrollP95: { figure: 'scroll the 100,000-entry timeline, p95 frame', unit: 'ms', digits: 1, target: { op: '<', limit: 50 }, from: DESIGN },
  scrollAfterReloads: { figure: 'scroll the 100,000-entry timeline after 14 reloads of the page, worst frame', unit: 'ms', digits: 1, target: null, from: 'info' },
  hashRenderer: { figure: 'hash evidence in the renderer (hash-wasm, worker), 512 MiB', unit: 'MiB/s', digits: 0, target: { op: '≥', limit: 0.6, of: 'sha256sum' }, from: DESIGN },
  hashRendererOpenssl: { figure: 'hash evidence in the renderer, against openssl dgst -sha256', unit: 'MiB/s', digits: 0, target: null, from: 'info' },
  intakeMemory: { figure: 'renderer memory above idle while taking in 1 GiB', unit: 'MB', digits: 0, target: { op: '<', limit: 150 }, from: 'issue 5 (DESIGN: flat)' },
  hashMain: { figure: 'hash evidence by path in main (Node crypto, 1 MiB chunks)', unit: 'MiB/s', digits: 0, target: { op: '≥', limit: 0.75, of: 'openssl dgst -sha256' }, from: DESIGN },
  exportCsv: { figure: 'export 100,000 entries to CSV, click → file built', unit: 'ms', digits: 0, target: { op: '<', limit: 3000 }, from: `${DESIGN}, issue 6` },
  exportJson: { figure: 'export 100,000 entries to JSON, click → file built', unit: 'ms', digits: 0, target: { op: '<', limit: 3000 }, from: `${DESIGN}, issue 6` },
  bundleMemory: { figure: 'evidence bundle of 1 GiB: renderer memory peak above idle', unit: 'MB', digits: 0, target: { op: '<', limit: 300 }, from: `${DESIGN}, issue 6` },
  bundleMemoryAll: { figure: 'evidence bundle of 1 GiB: all Chromium processes, peak above idle', unit: 'MB', digits: 0, target: null, from: 'info' },
  bundleTime: { figure: 'evidence bundle of 1 GiB: click → ZIP saved', unit: 's', digits: 1, target: null, from: 'info' },
  board: { figure: 'systems board, 500 systems + 50 runs × 20 items', unit: 'ms', digits: 0, target: { op: '<', limit: 200 }, from: 'issue 3' },
} satisfies Record<string, FigureSpec>;

export type FigureId = keyof typeof FIGURES;

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export const targetText = (spec: FigureSpec): string => {
  if (!spec.target) return '—';
  const { op, limit, of } = spec.target;
  return of ? `${op} ${limit} × ${of}` : `${op} ${limit.toLocaleString('en-US')} ${spec.unit}`;
};

/** Whether `value` (or, for a target against a reference, `ratio`) meets the target. */
export function meets(target: Target, value: number, ratio: number | null): boolean | null {
  const subject = target.of ? ratio : value;
  if (subject === null) return null;
  return target.op === '<' ? subject < target.limit : subject >= target.limit;
}
