/**
 * A number plate is bound to its counter (`mountedOn`, a host reference): moving, rotating, flipping, copying,
 * duplicating, arraying or deleting a counter or a row takes its plates along, each still over the middle of its
 * counter's front and facing its citizens, and a copy's plate reads the copy's number. Undo brings both back.
 */
import { describe, expect, it } from 'vitest';
import { counterFront } from '../../../src/core/kinds/counter';
import type { ElementOf } from '../../../src/core/kinds/registry';
import { faceNormal } from '../../../src/core/kinds/sign/face';
import { parseHallText, serializeHall } from '../../../src/core/io';
import { TestEditor } from './test-editor';

type Counter = ElementOf<'counter'>;
type Sign = ElementOf<'sign'>;

/** A row of 5 counters laid out with plates, with nothing selected. */
function row(): TestEditor {
  const ed = new TestEditor().use('counter-row');
  ed.move(0, 0).down(0, 0).move(5.4, 0).up(5.4, 0);
  ed.use('select');
  ed.select([]);
  return ed;
}
const counters = (ed: TestEditor) => ed.ofKind('counter') as Counter[];
const plates = (ed: TestEditor) => (ed.ofKind('sign') as Sign[]).filter((s) => s.signKind === 'counter');

/** Every plate hangs on a counter of the floor, at the middle of its front, facing its citizens, reading its number. */
function expectBound(ed: TestEditor): void {
  const cs = counters(ed);
  expect(plates(ed).length).toBe(cs.length);
  for (const c of cs) {
    const p = plates(ed).find((s) => s.mountedOn === c.id);
    expect(p, `plate of ${c.id}`).toBeDefined();
    const f = counterFront(c);
    expect(p!.position[0]).toBeCloseTo((f.a[0] + f.b[0]) / 2, 3);
    expect(p!.position[1]).toBeCloseTo((f.a[1] + f.b[1]) / 2, 3);
    expect(faceNormal(p!)[0]).toBeCloseTo(-Math.sin((c.rotation * Math.PI) / 180), 6);
    expect(faceNormal(p!)[1]).toBeCloseTo(Math.cos((c.rotation * Math.PI) / 180), 6);
    expect(p!.target).toBe(c.id);
    expect(p!.text.zh).toBe(`${c.number}号 综合受理窗口`);
  }
}

describe('number plates follow their counters', () => {
  it('a row lays out plates hung on their counters', () => {
    const ed = row();
    expect(counters(ed).length).toBe(5);
    expectBound(ed);
  });

  it('a counter dragged, nudged or rotated takes its plate along', () => {
    const ed = row();
    const c = counters(ed)[2];
    // picked on its back half, away from the plate at its front
    ed.drag([c.position[0], c.position[1] - 0.2], [c.position[0] + 3, c.position[1] - 4.2]);
    expect((ed.el(c.id) as Counter).position).not.toEqual(c.position);
    expectBound(ed);
    ed.key('ArrowLeft', { shift: true });
    expectBound(ed);
    ed.key('r', { shift: true });
    expect((ed.el(c.id) as Counter).rotation).not.toBe(c.rotation);
    expectBound(ed);
  });

  it('a whole row rotated about its centre, then flipped (X), keeps every plate at its counter front', () => {
    const ed = row();
    ed.select(counters(ed).map((c) => c.id));
    ed.key('r', { shift: true });
    expectBound(ed);
    ed.key('x');
    expectBound(ed);
  });

  it('a copied, duplicated or arrayed counter gets its own plate reading its new number; the originals keep theirs', () => {
    const ed = row();
    const c = counters(ed)[0];
    ed.select([c.id]);
    ed.key('c', { ctrl: true });
    ed.key('v', { ctrl: true });
    expect(counters(ed).length).toBe(6);
    expectBound(ed);
    ed.select([counters(ed)[1].id]);
    ed.key('d', { ctrl: true });
    expect(counters(ed).length).toBe(7);
    expectBound(ed);
    ed.select([counters(ed)[2].id]);
    expect(ed.arraySelection(3, [0, -3])).toBe(true);
    expect(counters(ed).length).toBe(10);
    expectBound(ed);
    expect(new Set(counters(ed).map((x) => x.number)).size).toBe(10);
  });

  it('deleting counters deletes their plates; undo brings both back bound', () => {
    const ed = row();
    ed.select(
      counters(ed)
        .slice(0, 2)
        .map((c) => c.id),
    );
    ed.key('Delete');
    expect(counters(ed).length).toBe(3);
    expectBound(ed);
    ed.undo();
    expect(counters(ed).length).toBe(5);
    expectBound(ed);
  });

  it('the binding is saved in the file and loaded back', () => {
    const ed = row();
    const back = parseHallText(serializeHall(ed.doc));
    expect(back.ok).toBe(true);
    const signs = back.ok ? back.doc.floors[0].elements.filter((e) => e.kind === 'sign') : [];
    expect(signs.map((s) => s.kind === 'sign' && s.mountedOn).sort()).toEqual(
      counters(ed)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('a plate copied alone stands free (it is not hung on the original counter twice)', () => {
    const ed = row();
    const p = plates(ed)[0];
    ed.select([p.id]);
    ed.key('d', { ctrl: true });
    const copy = plates(ed).find((s) => s.id !== p.id && !counters(ed).some((c) => s.id === c.id) && s.mountedOn === undefined);
    expect(copy).toBeDefined();
  });
});
