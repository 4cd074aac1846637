// Collects benchmark figures and prints them as one table.
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** The target, e.g. `< 500`; `check` says whether the value meets it. */
  target: string;
  check(value: number): boolean;
  reference?: string;
}

const figures: Figure[] = [];

export const record = (figure: Figure) => figures.push(figure);

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export function printTable(): void {
  const rows = figures.map((f) => [f.figure, `${f.value.toFixed(1)} ${f.unit}`, `${f.target} ${f.unit}`, f.reference ?? '', f.check(f.value) ? 'met' : 'MISSED']);
  const head = ['figure', 'value', 'target', 'reference', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(['', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n'));
  // Each bench file prints its own figures once.
  figures.length = 0;
}
