// A translated sentence with slots, looked up once and filled many times. i18next's `t` with
// values parses the key, walks the resources and runs its interpolation regexes on every call:
// the timeline's rows asked it three times each, a third of what a fast scroll allocated.
// The sentence is asked for once with markers as the values; filling it joins the pieces.
import type { TFunction } from 'i18next';

export type Template<K extends string> = (values: Record<K, string | number>) => string;

// Private-use characters: no translation contains them, and `t` passes them through untouched.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/u;

/**
 * `t(key, values)` as a function of `values`, for slots named `names` (every slot the sentence
 * has; it may use them in any order, or leave some out). Plain interpolation only: a sentence
 * whose form depends on a value (`count`, a context) is not a template.
 */
export function template<K extends string>(t: TFunction, key: string, names: readonly K[]): Template<K> {
  const markers = Object.fromEntries(names.map((name, index) => [name, `${OPEN}${index}${CLOSE}`]));
  // Even places hold literal text, odd places the index of a slot.
  const pieces = (t(key, markers) as string).split(MARKER);
  return (values) => {
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) out += String(values[names[Number(pieces[i])]!]) + pieces[i + 1]!;
    return out;
  };
}
