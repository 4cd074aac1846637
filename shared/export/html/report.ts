// The HTML report: one self-contained document (inline CSS, no script, nothing loaded
// from anywhere, a CSP that forbids both) that reads on screen and prints to A4. The
// PDF export is this document printed. Every text in it is escaped (see escape.ts).
import { incidentShortId } from '../../domain/incident';
import type { Translate } from '../texts';
import type { TimelineModel } from '../timelineModel';
import { reportContext } from './context';
import { coverSection } from './cover';
import { esc } from './escape';
import { anchorsSection, deadlinesSection } from './registerSections';
import { communicationsSection, decisionsSection, timelineSection } from './timelineSection';
import { contactsSection, evidenceSection } from './evidenceSection';
import { integritySection } from './integritySection';
import { reportCss } from './reportCss';

/** No script, no network, no plugins, no forms, no base URL: only the inline stylesheet and inline images. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function timelineHtml(model: TimelineModel, t: Translate): string {
  const ctx = reportContext(model, t);
  const { incident } = model.source;
  const language = model.options.language.startsWith('ja') ? 'ja' : 'en';
  const footer = t('report.footer', { code: incident.code || incidentShortId(incident.id), title: incident.title });
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${model.source.app.name} ${model.source.app.version}`)}">
<title>${ctx.tx('report.documentTitle', { title: incident.title, code: incident.code })}</title>
<style>${reportCss(footer)}</style>
</head>
<body>
<main class="report">
${coverSection(ctx)}
${anchorsSection(ctx)}
${deadlinesSection(ctx)}
${timelineSection(ctx)}
${decisionsSection(ctx)}
${communicationsSection(ctx)}
${evidenceSection(ctx)}
${contactsSection(ctx)}
${integritySection(ctx)}
</main>
</body>
</html>
`;
}
