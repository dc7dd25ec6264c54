/**
 * DXF floors added to the open hall (one floor per file): at the storeys their sheets name (三层平面图 on a 1F hall is
 * 3F, 2F not invented), or stacked on top when asked; fresh ids throughout, the drawing's linework under the new ids,
 * and the hall's stairs and lift carried on through every added floor standing on them, all in one undo step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allIds } from '../../../src/core/query';
import { importDxf } from '../../../src/dxf';
import { createEditor } from '../../../src/editor/create';
import { type AddedFloors, addImportedFloors, type FloorClashes } from '../../../src/ui/dxf/add-floors';
import { hallToDxf } from '../../fixtures/cad-plan';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const bytes = new TextEncoder().encode(hallToDxf(county));
const added = (r: AddedFloors | FloorClashes | undefined): AddedFloors => {
  if (!r || 'clashes' in r) throw new Error(`not added: ${JSON.stringify(r)}`);
  return r;
};
const links = (els: { kind: string }[]) => els.filter((e): e is { kind: 'vlink'; floors: string[] } & typeof e => e.kind === 'vlink');

describe('DXF floors added to the open hall', () => {
  it('two plans on a one-floor hall stacked on top: 2F and 3F, fresh ids, links serving all three floors, one undo', () => {
    const base = importDxf(bytes, { fileName: 'county.dxf', frames: [0] });
    const editor = createEditor(base.doc);
    const before = editor.doc;
    const more = importDxf(bytes, { fileName: 'county.dxf', frames: [0, 1] });
    // The first plan names 1F, which the hall has: refused until the user stacks the plans on top.
    expect(addImportedFloors(editor, more.doc, more.context, 'add')).toEqual({ clashes: [{ title: '一层平面图', storey: 1 }] });
    expect(editor.doc).toBe(before);
    const stacked = added(addImportedFloors(editor, more.doc, more.context, 'add', true));
    expect(stacked.ids).toHaveLength(2);
    const [one, two, three] = editor.doc.floors;
    expect([two.storey, three.storey]).toEqual([2, 3]);
    expect(two.elevation).toBe(one.elevation + one.height);
    expect(three.elevation).toBe(two.elevation + two.height);
    // Every id in the hall once: the added floors' elements did not reuse the first floor's ids.
    const count = editor.doc.floors.reduce((n, f) => n + 1 + f.elements.length, 0);
    expect(allIds(editor.doc).size).toBe(count);
    // The stairs and the lift: one link each from 1F through the two added floors; no copies left above.
    expect(links(one.elements).map((l) => l.floors)).toEqual(links(base.doc.floors[0].elements).map(() => [one.id, two.id, three.id]));
    expect(links(two.elements)).toEqual([]);
    expect(links(three.elements)).toEqual([]);
    expect(stacked.context.map((c) => c.floorId)).toEqual([two.id, three.id]);
    editor.undo();
    expect(editor.doc).toEqual(before);
  });

  it("the same sheet of a second file added on top: named by the storey it becomes, the sheet's title kept", () => {
    const base = importDxf(bytes, { fileName: 'a.dxf', frames: [0] });
    const title = base.doc.floors[0].name;
    expect(title).not.toMatch(/^\d+F$/);
    const editor = createEditor(base.doc);
    const more = importDxf(bytes, { fileName: 'b.dxf', frames: [0, 1] });
    added(addImportedFloors(editor, more.doc, more.context, 'add', true));
    const names = editor.doc.floors.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe(title);
    expect(names[1].startsWith('2F 二层')).toBe(true);
    expect(names[1]).toBe(`2F 二层（${more.analysis.frames[0].title}）`);
    expect(names[2]).toBe(`3F 三层（${more.analysis.frames[1].title}）`);
  });

  it('a sheet titled with the storey it becomes keeps its title after the storey', () => {
    const editor = createEditor(importDxf(bytes, { fileName: 'a.dxf', frames: [0] }).doc);
    const upper = importDxf(bytes, { fileName: 'b.dxf', frames: [1] });
    added(addImportedFloors(editor, upper.doc, upper.context, 'add'));
    const title = upper.analysis.frames[1].title;
    expect(title).toContain('二层');
    expect(editor.doc.floors[1].name).toBe(`2F ${title}`);
  });

  it('a lone 三层平面图 on a 1F hall is 3F at two storeys up, 2F not invented, the 1F stairs not carried across the gap until 2F fills it', () => {
    // The county hall with a third storey like its second, the stairs and lift going on up to it.
    const up = (e: { kind: string; floors?: string[] }) => (e.kind === 'vlink' ? { ...e, floors: [...(e.floors ?? []), 'F3'] } : e);
    const one3 = { ...county.floors[0], elements: county.floors[0].elements.map(up) };
    const three = { ...county, floors: [one3, county.floors[1], { ...county.floors[1], id: 'F3' }] };
    const threeBytes = new TextEncoder().encode(hallToDxf(three));
    const editor = createEditor(importDxf(bytes, { fileName: 'a.dxf', frames: [0] }).doc);
    const upper = importDxf(threeBytes, { fileName: '三层平面图.dxf', frames: [2] });
    expect(upper.analysis.frames[2].title).toBe('三层平面图');
    const r = added(addImportedFloors(editor, upper.doc, upper.context, 'add'));
    const [one, top] = editor.doc.floors;
    expect(editor.doc.floors.map((f) => [f.name, f.storey])).toEqual([
      ['1F 一层平面图', 1],
      ['3F 三层平面图', 3],
    ]);
    expect(top.elevation).toBe(one.elevation + 2 * one.height);
    expect(r.ids).toEqual([top.id]);
    // The stairs drawn on the third floor stay its own: a link from 1F to 3F would skip the storey between.
    for (const l of links(one.elements)) expect(l.floors).toEqual([one.id]);
    expect(links(top.elements).length).toBeGreaterThan(0);

    // The 二层 sheet added next fills the gap, in the list between them: the 1F stairs and lift go on up through it
    // and take in the 3F ones, one link each through all three floors.
    const middle = importDxf(threeBytes, { fileName: '二层平面图.dxf', frames: [1] });
    const two = added(addImportedFloors(editor, middle.doc, middle.context, 'add')).ids[0];
    expect(links(editor.doc.floors[0].elements).map((l) => l.floors)).toEqual(links(one.elements).map(() => [one.id, two, top.id]));
    expect(links(editor.doc.floors[1].elements)).toEqual([]);
    expect(links(editor.doc.floors[2].elements)).toEqual([]);
    const count = editor.doc.floors.reduce((n, f) => n + 1 + f.elements.length, 0);
    expect(allIds(editor.doc).size).toBe(count);
    expect(editor.doc.floors.map((f) => [f.name, f.storey, f.elevation])).toEqual([
      ['1F 一层平面图', 1, one.elevation],
      ['2F 二层平面图', 2, one.elevation + one.height],
      ['3F 三层平面图', 3, top.elevation],
    ]);
    // One undo step: the 3F keeps its own stairs again.
    editor.undo();
    expect(links(editor.doc.floors[1].elements).length).toBe(links(top.elements).length);
  });
});
