// Where an issue is, in words ("Phase 2 › Item 2.1 › ID"), and the control to
// focus for it: the field with that draft path, else the nearest enclosing one.
import type { TFunction } from 'i18next';

const FIELDS = new Set(['id', 'version', 'title', 'description', 'scope', 'phases', 'items', 'text', 'sources', 'evidenceStatus', 'conflictsWith', 'tradeOff']);

export function describePath(path: string, t: TFunction): string {
  const segments = path.split('.');
  const parts: string[] = [];
  let phase = 0;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const next = Number(segments[s + 1]);
    if (segment === 'phases' && Number.isInteger(next)) {
      phase = next + 1;
      parts.push(t('editor.phase.legend', { n: phase }));
      s++;
    } else if (segment === 'items' && Number.isInteger(next)) {
      parts.push(t('editor.item.legend', { n: `${phase}.${next + 1}` }));
      s++;
    } else if (segment === 'en' || segment === 'ja') {
      parts[parts.length - 1] = t('editor.inLanguage', { field: parts.at(-1), language: t(`editor.languages.${segment}`) });
    } else if (FIELDS.has(segment)) {
      const key = segment === 'title' && phase && !segments.includes('items') ? 'phaseTitle' : segment;
      parts.push(t(`editor.fields.${key}`));
      if (segment === 'sources' || segment === 'conflictsWith') break;
    }
  }
  return parts.join(t('editor.where.separator'));
}

/** The control for `path`: itself, a control inside it (`title` → `title.en`), or the closest parent. */
export function findField(root: ParentNode, path: string): HTMLElement | null {
  for (let current = path; current; current = current.split('.').slice(0, -1).join('.')) {
    const found = root.querySelector<HTMLElement>(`[data-path="${current}"]`) ?? root.querySelector<HTMLElement>(`[data-path^="${current}."]`);
    if (found) return found;
  }
  return null;
}
