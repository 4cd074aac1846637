// Builders for serialized bodies in tests: terse, and close to what Lexical exports.
type Json = Record<string, unknown>;

export const text = (value: string, format = 0, extra: Json = {}): Json => ({
  type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1, ...extra,
});
export const br = (): Json => ({ type: 'linebreak', version: 1 });
export const tab = (): Json => ({ type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 });
const element = (type: string, children: Json[], extra: Json = {}): Json => ({
  type, children, direction: null, format: '', indent: 0, version: 1, ...extra,
});
export const p = (...children: Json[]): Json => element('paragraph', children, { textFormat: 0, textStyle: '' });
export const link = (url: string, ...children: Json[]): Json =>
  element('link', children, { url, rel: null, target: null, title: null });
export const code = (...children: Json[]): Json => element('code', children);
export const li = (...children: Json[]): Json => element('listitem', children, { value: 1 });
export const ul = (...items: Json[]): Json => element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });
export const ol = (...items: Json[]): Json => element('list', items, { listType: 'number', start: 1, tag: 'ol' });
export const node = (type: string, children: Json[], extra: Json = {}): Json => element(type, children, extra);
export const body = (...children: Json[]): { root: Json & { type: 'root'; children: Json[] } } => ({
  root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 },
});

/** Every link URL in a (sanitized) body. */
export function linkUrls(value: unknown): string[] {
  const urls: string[] = [];
  const walk = (current: unknown): void => {
    if (Array.isArray(current)) current.forEach(walk);
    else if (current && typeof current === 'object') {
      const record = current as Json;
      if (record.type === 'link' || record.type === 'autolink') urls.push(String(record.url));
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return urls;
}

/** Every node type in a body. */
export function nodeTypes(value: unknown): Set<string> {
  const types = new Set<string>();
  const walk = (current: unknown): void => {
    if (Array.isArray(current)) current.forEach(walk);
    else if (current && typeof current === 'object') {
      const record = current as Json;
      if (typeof record.type === 'string') types.add(record.type);
      if (Array.isArray(record.children)) record.children.forEach(walk);
      if (record.root) walk(record.root);
    }
  };
  walk(value);
  return types;
}
