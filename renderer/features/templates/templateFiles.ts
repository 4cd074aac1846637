// Template files for the responder's disk: their name, and the export written by lib/download.
import type { ChecklistTemplate } from '../../../shared/domain/checklistTemplate';
import { notebook } from '../../data';
import { downloadText } from '../../lib/download';
import { calendarDate } from '../../lib/time';

/** `<id>.lantern-templates.json` for one template; a dated name for several. */
export function exportFileName(templates: readonly ChecklistTemplate[]): string {
  if (templates.length === 1) return `${templates[0]!.id}.lantern-templates.json`;
  return `lantern-templates-${calendarDate(notebook.now(), notebook.deviceZone())}.json`;
}

/** Writes the file and returns its name. */
export function exportToFile(templates: readonly ChecklistTemplate[]): string {
  const fileName = exportFileName(templates);
  downloadText(fileName, notebook.exportTemplates(templates), 'application/json');
  return fileName;
}
