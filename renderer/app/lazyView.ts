// Screens and dialogs that the first screen does not show are split into their own
// chunks and loaded the first time they render: opening an incident then parses only
// what the log needs (the Lexical editor, the other tabs, exports and bundles come after).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** React.lazy for a named export: `lazyView(() => import('./X').then((m) => m.X))`. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}
