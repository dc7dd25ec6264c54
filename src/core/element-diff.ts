/**
 * Which elements two versions of a list do not share, by identity. An edit of an immutable document replaces
 * elements where they stand, so the lists are walked side by side and only the positions that differ are
 * compared as sets; lists of different lengths (an element added or removed) fall back to whole sets.
 */
export interface ElementDiff<T> {
  added: T[];
  removed: T[];
  /** Nothing added or removed, but the same elements stand in another order. */
  reordered: boolean;
}

export function elementDiff<T>(prev: readonly T[], next: readonly T[]): ElementDiff<T> {
  if (prev.length !== next.length) {
    const before = new Set(prev);
    const after = new Set(next);
    const added = next.filter((e) => !before.has(e));
    const removed = prev.filter((e) => !after.has(e));
    return { added, removed, reordered: !added.length && !removed.length && prev.some((e, k) => next[k] !== e) };
  }
  const was: T[] = [];
  const now: T[] = [];
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) was.push(prev[i]), now.push(next[i]);
  if (!was.length) return { added: [], removed: [], reordered: false };
  // An element at a position that differs can only be found elsewhere among the positions that differ.
  const wasSet = was.length > 8 ? new Set(was) : null;
  const nowSet = now.length > 8 ? new Set(now) : null;
  const added = now.filter((e) => !(wasSet ? wasSet.has(e) : was.includes(e)));
  const removed = was.filter((e) => !(nowSet ? nowSet.has(e) : now.includes(e)));
  return { added, removed, reordered: !added.length && !removed.length };
}
