/**
 * An underlay is saved embedded (its image in the file) or linked by file name (no image, `link: true`);
 * one with neither is refused with a message saying so, and a linked one round-trips without its image.
 */
import { describe, expect, it } from 'vitest';
import { HallDocumentSchema } from '../../../src/core/document';
import { emptyDocument, parseHallText, serializeHall } from '../../../src/core';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const base = { name: 'plan.png', widthPx: 400, heightPx: 300, position: [0, 15] as [number, number], metresPerPixel: 0.05 };

function withUnderlay(u: Record<string, unknown>) {
  const doc = emptyDocument();
  return { ...doc, floors: doc.floors.map((f, i) => (i === 0 ? { ...f, underlay: u } : f)) };
}

describe('underlay embedded or linked by file name', () => {
  it('embedded: the image is in the file', () => {
    const r = HallDocumentSchema.safeParse(withUnderlay({ ...base, data: PNG }));
    expect(r.success).toBe(true);
  });

  it('linked: only the file name is saved, and it reads back linked', () => {
    const doc = HallDocumentSchema.parse(withUnderlay({ ...base, link: true }));
    const text = serializeHall(doc);
    expect(text).not.toContain('data:image');
    const back = parseHallText(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.doc.floors[0].underlay).toMatchObject({ name: 'plan.png', link: true });
    if (back.ok) expect(back.doc.floors[0].underlay?.data).toBeUndefined();
  });

  it('neither image nor link: refused with a message naming both ways', () => {
    const r = HallDocumentSchema.safeParse(withUnderlay({ ...base }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toMatch(/linked by file name/);
  });
});
