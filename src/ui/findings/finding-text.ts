/**
 * A finding's message with element ids replaced by names, remembered from one render to the next: the list
 * renders again on every check result (every drag step), and a message naming hundreds of elements took
 * milliseconds each time. A remembered text is reused while every element it names is the same object (and, for a
 * door, named by the rooms beside it, its floor too), so a rename or an edit nearby shows at once.
 */
import type { HallDocument } from '../../core/document';
import { findElement } from '../../core/query';
import { withoutIds } from '../../core/element-label';

interface Entry {
  deps: unknown[];
  text: string;
}

const MAX = 4000;
const cache = new Map<string, Entry>();

function depsOf(doc: HallDocument, ids: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const id of ids) {
    const ref = findElement(doc, id);
    out.push(ref?.element);
    if (ref?.element.kind === 'opening') out.push(ref.floor);
  }
  return out;
}

/** `message` (already in the reader's language) with the ids of `ids` replaced by element names. */
export function findingText(doc: HallDocument, message: string, locale: 'zh' | 'en', ids: readonly string[]): string {
  if (!ids.length) return message;
  const key = `${locale}\u0001${message}\u0001${ids.join(' ')}`;
  const deps = depsOf(doc, ids);
  const hit = cache.get(key);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.text;
  const text = withoutIds(doc, message, locale, ids);
  if (cache.size >= MAX) cache.clear();
  cache.set(key, { deps, text });
  return text;
}
