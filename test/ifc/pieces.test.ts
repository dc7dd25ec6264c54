/** The import's result in pieces (src/ifc/pieces.ts): the hall first, geometry in bounded messages, put back whole. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/core/document';
import { PieceAssembler, splitResult } from '../../src/ifc/pieces';
import type { ContextMesh, ImportResult } from '../../src/ifc/types';

const mesh = (i: number, vertices: number): ContextMesh => ({
  group: `G${i}`,
  positions: new Float32Array(vertices * 3).fill(i),
  indices: new Uint32Array(vertices).map((_, k) => k),
  color: [1, 1, 1, 1],
  objects: 1,
});

const result = (sizes: number[], cuts = 2): ImportResult => ({
  doc: emptyDocument('pieces'),
  warnings: [{ en: 'w', zh: 'w' }],
  stats: { schema: 'IFC4', bytes: 1, storeys: 1, storeyElevations: [], spaces: 0, walls: 0, doors: 0, links: 0 } as unknown as ImportResult['stats'],
  context: { meshes: sizes.map((v, i) => mesh(i, v)), cuts: Array.from({ length: cuts }, (_, i) => ({ floorId: `F${i}`, cutElevation: 1.2, segments: new Float32Array(4) })) },
});

describe('IFC result in pieces', () => {
  it('any split is put back whole, hall first, no geometry piece over the limit unless one mesh is', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 40 }), fc.integer({ min: 1000, max: 200_000 }), fc.integer({ min: 0, max: 3 }), (sizes, limit, cuts) => {
        const r = result(sizes, cuts);
        const pieces = splitResult(r, limit);
        expect(pieces[0].kind).toBe('hall');
        for (const p of pieces)
          if (p.kind === 'meshes' && p.meshes.length > 1) expect(p.meshes.reduce((s, m) => s + m.positions.byteLength + m.indices.byteLength, 0)).toBeLessThanOrEqual(limit);
        const a = new PieceAssembler();
        const outs = pieces.map((p) => a.add(p));
        expect(outs.slice(0, -1).every((o) => o === undefined)).toBe(true);
        const back = outs.at(-1)!;
        expect(back.doc).toBe(r.doc);
        expect(back.context?.meshes.map((m) => m.group)).toEqual(r.context?.meshes.map((m) => m.group));
        expect(back.context?.cuts.length).toBe(cuts);
      }),
    );
  });

  it('a big model travels in many messages; a missing piece or one out of order is an error, not a half model', () => {
    const r = result(Array.from({ length: 30 }, () => 20_000));
    const pieces = splitResult(r);
    expect(pieces.length).toBeGreaterThan(3);
    const a = new PieceAssembler();
    expect(() => a.add(pieces[1])).toThrow(/before the hall/);
    const b = new PieceAssembler();
    const hall = pieces[0];
    if (hall.kind !== 'hall') throw new Error('hall first');
    b.add({ ...hall, pieces: 2 });
    expect(() => b.add(pieces[1])).toThrow(/meshes/);
  });

  it('a result without context geometry is one piece', () => {
    const r = { ...result([]), context: undefined };
    const pieces = splitResult(r);
    expect(pieces.length).toBe(1);
    expect(new PieceAssembler().add(pieces[0])?.context).toBeUndefined();
  });
});
