/**
 * DXF floors added on top of the open hall (one floor per file): next storeys at the top floor's height, fresh ids
 * throughout, the drawing's linework under the new ids, and the hall's stairs and lift carried on through every added
 * floor their copies serve, all in one undo step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allIds } from '../../../src/core/query';
import { importDxf } from '../../../src/dxf';
import { createEditor } from '../../../src/editor/create';
import { addImportedFloors } from '../../../src/ui/dxf/add-floors';
import { hallToDxf } from '../../fixtures/cad-plan';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const bytes = new TextEncoder().encode(hallToDxf(county));
const links = (els: { kind: string }[]) => els.filter((e): e is { kind: 'vlink'; floors: string[] } & typeof e => e.kind === 'vlink');

describe('DXF floors added to the open hall', () => {
  it('two plans on a one-floor hall: 2F and 3F on top, fresh ids, links serving all three floors, one undo', () => {
    const base = importDxf(bytes, { fileName: 'county.dxf', frames: [0] });
    const editor = createEditor(base.doc);
    const before = editor.doc;
    const more = importDxf(bytes, { fileName: 'county.dxf', frames: [0, 1] });
    const added = addImportedFloors(editor, more.doc, more.context, 'add');
    expect(added?.ids).toHaveLength(2);
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
    expect(added?.context.map((c) => c.floorId)).toEqual([two.id, three.id]);
    editor.undo();
    expect(editor.doc).toEqual(before);
  });

  it("the same sheet of a second file added on top: named by the storey it becomes, the sheet's title kept", () => {
    const base = importDxf(bytes, { fileName: 'a.dxf', frames: [0] });
    const title = base.doc.floors[0].name;
    expect(title).not.toMatch(/^\d+F$/);
    const editor = createEditor(base.doc);
    const more = importDxf(bytes, { fileName: 'b.dxf', frames: [0, 1] });
    addImportedFloors(editor, more.doc, more.context, 'add');
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
    addImportedFloors(editor, upper.doc, upper.context, 'add');
    const title = upper.analysis.frames[1].title;
    expect(title).toContain('二层');
    expect(editor.doc.floors[1].name).toBe(`2F ${title}`);
  });
});
