// Template files on the responder's disk. There is no save-file channel to the
// host yet, so an export is a Blob downloaded through an <a download> click,
// which works in a browser and in Electron's renderer alike.
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { notebook } from '../../data';

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; release the URL once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `<id>.lantern-templates.json` for one template; a dated name for several. */
export function exportFileName(templates: readonly ChecklistTemplate[]): string {
  if (templates.length === 1) return `${templates[0]!.id}.lantern-templates.json`;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: notebook.deviceZone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(notebook.now());
  return `lantern-templates-${day}.json`;
}

/** Writes the file and returns its name. */
export function exportToFile(templates: readonly ChecklistTemplate[]): string {
  const fileName = exportFileName(templates);
  downloadText(fileName, notebook.exportTemplates(templates));
  return fileName;
}
