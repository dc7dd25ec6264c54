import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHallText } from '../../../src/core/io';
import { withoutIds } from '../../../src/core/element-label';
import type { HallDocument } from '../../../src/core/document';
import { findingText } from '../../../src/ui/findings/finding-text';

const county = (): HallDocument => {
  const r = parseHallText(readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county sample invalid');
  return r.doc;
};

/** The document with one element replaced (as an edit does: new floor and element objects, the rest kept). */
function withElement(
  doc: HallDocument,
  id: string,
  change: (e: HallDocument['floors'][number]['elements'][number]) => HallDocument['floors'][number]['elements'][number],
): HallDocument {
  return { ...doc, floors: doc.floors.map((f) => (f.elements.some((e) => e.id === id) ? { ...f, elements: f.elements.map((e) => (e.id === id ? change(e) : e)) } : f)) };
}

describe('finding messages with element names', () => {
  it('reads as withoutIds does, and follows a rename of a named element at once', () => {
    const doc = county();
    const counter = doc.floors[0].elements.find((e) => e.kind === 'counter')!;
    const msg = `${counter.id} is too narrow`;
    expect(findingText(doc, msg, 'en', [counter.id])).toBe(withoutIds(doc, msg, 'en', [counter.id]));
    expect(findingText(doc, msg, 'en', [counter.id])).not.toContain(counter.id);
    const renamed = withElement(doc, counter.id, (e) => ({ ...e, name: '潮汐窗口' }) as typeof e);
    expect(findingText(renamed, msg, 'zh', [counter.id])).toBe(withoutIds(renamed, msg, 'zh', [counter.id]));
    expect(findingText(renamed, msg, 'zh', [counter.id])).toContain('潮汐窗口');
  });

  it('names a door by the rooms beside it again when its floor changed', () => {
    const doc = county();
    const door = doc.floors[0].elements.find((e) => e.kind === 'opening' && !e.name && e.entrance !== 'main')!;
    const msg = `${door.id} is blocked`;
    const before = findingText(doc, msg, 'en', [door.id]);
    // Every zone on the floor renamed: the door's label (the rooms it joins) changes though the door does not.
    const floor = doc.floors[0];
    const renamedRooms: HallDocument = {
      ...doc,
      floors: [{ ...floor, elements: floor.elements.map((e) => (e.kind === 'zone' ? { ...e, name: `Room ${e.id}` } : e)) }, ...doc.floors.slice(1)],
    };
    const after = findingText(renamedRooms, msg, 'en', [door.id]);
    expect(after).toBe(withoutIds(renamedRooms, msg, 'en', [door.id]));
    expect(after).toContain('Room ');
    expect(after).not.toBe(before);
  });
});
