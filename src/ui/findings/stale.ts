/**
 * Whether the findings on screen belong to the open document. A check runs after every change; until its
 * result comes back the panel says "checking", and a result for another hall (the one open before an
 * import) is never shown at all.
 */
import type { HallDocument } from '../../core/document';

/** Two documents are versions of one hall when an edit led from one to the other: they share a floor object, or the hall's source. */
export function sameHall(a: HallDocument, b: HallDocument): boolean {
  if (a === b) return true;
  if (b.floors.some((f) => a.floors.includes(f))) return true;
  // An edit that touched every floor (a rename of all, a bulk retype) keeps the hall's identity in its meta.
  return (
    a.meta.name === b.meta.name && a.meta.source?.fileName === b.meta.source?.fileName && a.floors.length === b.floors.length && a.floors.every((f, i) => f.id === b.floors[i].id)
  );
}

export type Freshness = 'current' | 'checking' | 'other-hall' | 'none';

export function freshness(resultDoc: HallDocument | undefined, doc: HallDocument): Freshness {
  if (!resultDoc) return 'none';
  if (resultDoc === doc) return 'current';
  return sameHall(resultDoc, doc) ? 'checking' : 'other-hall';
}
