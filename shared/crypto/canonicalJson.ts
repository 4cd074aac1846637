// RFC 8785 (JCS) canonical JSON through the maintained `canonicalize` package.
// Lone surrogates, NaN and Infinity are refused rather than silently changed.
import canonicalize from 'canonicalize';
import { CodedError } from '../result';

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new CodedError('crypto.notJson', 'value has no JSON form');
  return text;
}
