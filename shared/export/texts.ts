// Report texts come from the renderer's translation files (shared/ cannot use i18next):
// the renderer hands over the resources, and this small translator reads them the way
// i18next does for what the reports use — `ns:dotted.key`, {{params}}, _one/_other plurals.

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The translation namespaces reports read: their own texts, and the app's words for kinds, anchors, statuses … */
export const REPORT_NAMESPACES = ['export', 'log', 'deadlines', 'evidence', 'common', 'communications'] as const;

/** `{ export: {...}, log: {...}, … }` for one language, as in renderer/i18n/locales/<language>/. */
export type TextResources = Readonly<Record<string, unknown>>;

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A Translate over `resources`; an unknown key comes back as itself, as i18next does. */
export function dictionaryTranslator(resources: TextResources, language: string, defaultNamespace = 'export'): Translate {
  const plurals = new Intl.PluralRules(language);
  return (key, params = {}) => {
    const colon = key.indexOf(':');
    const namespace = colon > 0 ? key.slice(0, colon) : defaultNamespace;
    const path = colon > 0 ? key.slice(colon + 1) : key;
    const tree = resources[namespace];
    const count = params['count'];
    let found = typeof count === 'number' ? lookup(tree, `${path}_${plurals.select(count)}`) : undefined;
    if (typeof found !== 'string' && typeof count === 'number') found = lookup(tree, `${path}_other`);
    if (typeof found !== 'string') found = lookup(tree, path);
    if (typeof found !== 'string') return key;
    return found.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));
  };
}
