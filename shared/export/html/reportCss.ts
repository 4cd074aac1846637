// The report's one stylesheet, inlined in the document: readable on screen, and on A4
// paper (Electron's printToPDF, Chromium's print dialog) with page numbers, a repeating
// table header, and rows that never split across pages.
import { cssString } from './escape';

const SANS = '"Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", "Yu Gothic", Meiryo, "Segoe UI", Arial, sans-serif';

/** `footer` (incident code and title) goes into every page's bottom margin. */
export function reportCss(footer: string): string {
  return `
@page { size: A4; margin: 15mm 12mm 17mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt/1.2 ${SANS}; color: #444; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt/1.2 ${SANS}; color: #444; } }
@page cover { @bottom-left { content: none; } }
html { background: #eef1f4; }
body { margin: 0; }
* { box-sizing: border-box; }
/* Everything hangs off .report, so the app's print preview can show the same markup in a shadow root. */
.report { --sans: ${SANS}; --mono: "Noto Sans Mono", "DejaVu Sans Mono", Consolas, Menlo, monospace;
  font: 9pt/1.4 var(--sans); color: #111; margin: 0 auto; padding: 14mm; max-width: 210mm; background: #fff; }
.report h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.2pt solid #111; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1mm 0 2mm; }
code, .mono { font-family: var(--mono); font-size: 0.92em; }
.hash { font-family: var(--mono); font-size: 7pt; word-break: break-all; color: #333; }
/* A hash after other text (the chain column's "#3 · …device") starts its own line. */
span.hash { display: block; }
.muted { color: #555; }
.small { font-size: 7.5pt; }
.cover { page: cover; break-after: page; }
.cover .kicker { font-size: 9pt; letter-spacing: .08em; text-transform: uppercase; color: #444; margin: 0 0 4mm; }
.cover .subtitle { font-size: 11pt; margin: 0 0 6mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.2mm 6mm; margin: 0 0 5mm; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.box { border: 0.8pt solid #111; padding: 2.5mm 3.5mm; margin: 3mm 0; break-inside: avoid; }
.box h3 { margin-top: 0; }
.box.warn { border-width: 1.6pt; }
/* An evidence item with a long custody chain may run over pages: its table rows stay whole. */
.box.item { break-inside: auto; }
ul.tight { margin: 1mm 0 2mm; padding-left: 5mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; table-layout: fixed; }
th, td { border: 0.6pt solid #777; padding: 1.1mm 1.4mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e9ecef; font-size: 7.8pt; font-weight: 700; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.time { font-size: 8pt; font-variant-numeric: tabular-nums; }
.nw { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.text { white-space: pre-wrap; }
.meta { display: block; margin-top: 0.8mm; font-size: 7.5pt; color: #333; }
.badge { display: inline-block; padding: 0 1.2mm; border: 0.6pt solid #111; border-radius: 1mm; font-size: 7pt; font-weight: 700; margin-right: 1mm; white-space: nowrap; }
.badge.strong { background: #111; color: #fff; }
tr.retracted .text { text-decoration: line-through; color: #555; }
tr.superseded { color: #444; }
tr.version td:first-child { border-left: 2pt solid #888; }
.col-time { width: 27mm; } .col-recorded { width: 25mm; } .col-chain { width: 27mm; }
.col-no { width: 10mm; } .col-count { width: 16mm; } .col-state { width: 26mm; } .col-who { width: 32mm; }
.empty { font-style: italic; color: #555; }
pre.steps { font-family: var(--mono); font-size: 7.8pt; white-space: pre-wrap; border: 0.6pt solid #777; padding: 2mm; background: #f6f7f8; }
@media print {
  html { background: none; }
  /* Chromium cuts what reaches the page area's right edge: full-width tables and boxes lost their right border. */
  .report { padding: 0 1pt 0 0; max-width: none; }
  th { background: #e9ecef; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .badge.strong { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
