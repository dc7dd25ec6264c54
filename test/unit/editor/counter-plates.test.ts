/**
 * Number plates laid out with a counter row (walk2 #6): a counter sign per counter, aimed at it and facing its
 * citizens, so a row of 13 does not need 13 signs placed by hand; the counter-sign rule reads them as any sign.
 */
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../src/core/document';
import type { ElementOf } from '../../../src/core/kinds/registry';
import { faceNormal } from '../../../src/core/kinds/sign/face';
import { checkHall } from '../../../src/rules';
import { TestEditor } from './test-editor';

describe('number plates with a counter row', () => {
  it('each counter gets a counter sign aimed at it, facing its citizens, naming its number and type, in the same undo step', () => {
    const ed = new TestEditor().use('counter-row');
    ed.move(0, 0).down(0, 0).move(14.4, 0).up(14.4, 0);
    const counters = ed.ofKind('counter') as ElementOf<'counter'>[];
    const plates = ed.ofKind('sign') as ElementOf<'sign'>[];
    expect(counters.length).toBe(13);
    expect(plates.length).toBe(13);
    for (const c of counters) {
      const p = plates.find((s) => s.target === c.id)!;
      expect(p).toMatchObject({ signKind: 'counter', text: { zh: `${c.number}号 综合受理窗口`, en: `Counter ${c.number} · General intake` } });
      // Its face looks where the citizens stand (the counter's local +y).
      expect(faceNormal(p)[0]).toBeCloseTo(-Math.sin((c.rotation * Math.PI) / 180));
      expect(faceNormal(p)[1]).toBeCloseTo(Math.cos((c.rotation * Math.PI) / 180));
    }
    ed.undo();
    expect(ed.floor.elements).toEqual([]);
  });

  it('B lays out the next row without plates; X after placing turns the plates round with the counters', () => {
    const ed = new TestEditor().use('counter-row');
    ed.key('b');
    expect(ed.overlay.hint?.zh).toMatch(/不带窗口标牌/);
    ed.move(0, 0).down(0, 0).move(2.4, 0).up(2.4, 0);
    expect(ed.ofKind('sign')).toEqual([]);
    ed.key('b');
    ed.move(0, -6).down(0, -6).move(2.4, -6).up(2.4, -6);
    const row = (ed.ofKind('counter') as ElementOf<'counter'>[]).filter((c) => c.position[1] === -6);
    expect(ed.ofKind('sign').length).toBe(row.length);
    ed.key('x');
    for (const c of row) {
      const turned = ed.el(c.id) as ElementOf<'counter'>;
      const plate = (ed.ofKind('sign') as ElementOf<'sign'>[]).find((s) => s.target === c.id)!;
      expect(faceNormal(plate)[1]).toBeCloseTo(Math.cos((turned.rotation * Math.PI) / 180));
      expect(plate.position[1]).toBeCloseTo(-6 + 0.3 * Math.cos((turned.rotation * Math.PI) / 180));
    }
  });

  it('satisfy the counter-sign rule under every preset that has one, as hand-placed signs do', () => {
    for (const preset of ['hunan', 'jiangxi'] as const) {
      const doc = emptyDocument('plates');
      doc.meta.preset = preset;
      const ed = new TestEditor(doc);
      ed.use('counter-row').move(0, 0).down(0, 0).move(14.4, 0).up(14.4, 0);
      const noSign = checkHall(ed.doc).findings.filter((f) => f.ruleId === 'counter.numbered' && f.key.endsWith('no-sign'));
      expect(noSign, preset).toEqual([]);
      ed.undo();
      ed.use('counter-row').key('b').move(0, 0).down(0, 0).move(14.4, 0).up(14.4, 0);
      expect(checkHall(ed.doc).findings.filter((f) => f.ruleId === 'counter.numbered' && f.key.endsWith('no-sign')).length, preset).toBe(13);
    }
  });
});
