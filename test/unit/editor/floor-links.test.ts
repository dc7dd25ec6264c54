/**
 * A stair or lift placed before the floor above existed joins only its own floor: adding that floor offers to extend
 * it up (Revit's multistorey stair "connect levels"), as one undo step.
 */
import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import { emptyDocument } from '../../../src/core/document';
import type { ElementOf } from '../../../src/core/kinds/registry';

const links = (ed: TestEditor) => ed.doc.floors.flatMap((f) => f.elements).filter((e): e is ElementOf<'vlink'> => e.kind === 'vlink');

describe('a new floor over stairs and lifts that stop below it', () => {
  it('offers to extend the stair and the lift placed on 1F alone (not the ramp), and extends them in one undo step', () => {
    const ed = new TestEditor();
    ed.use('vlink', { linkKind: 'stair' }).click(4, 4);
    ed.use('vlink', { linkKind: 'elevator' }).click(10, 4);
    ed.use('vlink', { linkKind: 'ramp' }).click(16, 4);
    expect(links(ed).map((v) => v.floors)).toEqual([['F1'], ['F1'], ['F1']]);
    const upper = ed.addFloor();
    const offer = ed.store.getState().linkExtendOffer;
    expect(offer?.floorId).toBe(upper);
    expect(offer?.ids.map((id) => (ed.el(id) as ElementOf<'vlink'>).linkKind)).toEqual(['stair', 'elevator']);
    const before = ed.doc;
    expect(ed.extendLinks(upper, offer!.ids)).toBe(true);
    expect(ed.store.getState().linkExtendOffer).toBeUndefined();
    expect(links(ed).map((v) => v.floors)).toEqual([['F1', upper], ['F1', upper], ['F1']]);
    ed.key('z', { ctrl: true });
    expect(ed.doc).toEqual(before);
  });

  it('a lift that already reaches the new top floor is not offered again on the floor after', () => {
    const ed = new TestEditor();
    const second = ed.addFloor();
    ed.setFloor('F1');
    ed.use('vlink', { linkKind: 'elevator' }).click(10, 4);
    expect(links(ed)[0].floors).toEqual(['F1', second]);
    ed.store.setState({ linkExtendOffer: undefined });
    const third = ed.addFloor();
    expect(ed.store.getState().linkExtendOffer).toEqual({ floorId: third, ids: [links(ed)[0].id] });
    ed.extendLinks(third, [links(ed)[0].id]);
    expect(links(ed)[0].floors).toEqual(['F1', second, third]);
    ed.addFloor();
    expect(ed.store.getState().linkExtendOffer?.ids).toEqual([links(ed)[0].id]);
  });

  it('opening another hall withdraws the offers made about the one that was open', () => {
    const ed = new TestEditor();
    ed.use('wall');
    for (const [x, y] of [
      [0, 0],
      [10, 0],
      [10, 8],
      [0, 8],
      [0, 0],
    ])
      ed.click(x, y);
    ed.key('Escape').key('Escape');
    expect(ed.store.getState().outlineOffer).toBeDefined();
    ed.openDocument(emptyDocument('other'));
    expect(ed.store.getState().outlineOffer).toBeUndefined();
    ed.use('wall').click(0, 0).click(10, 0).key('Escape').key('Escape');
    ed.use('vlink', { linkKind: 'stair' }).click(4, 4);
    ed.addFloor();
    const s = ed.store.getState();
    expect([!!s.floorCopyOffer, !!s.linkExtendOffer]).toEqual([true, true]);
    ed.openDocument(emptyDocument('third'));
    const t = ed.store.getState();
    expect([t.floorCopyOffer, t.linkExtendOffer]).toEqual([undefined, undefined]);
  });

  it('a new floor over a floor without stairs or lifts offers nothing', () => {
    const ed = new TestEditor();
    ed.addFloor();
    expect(ed.store.getState().linkExtendOffer).toBeUndefined();
  });
});
