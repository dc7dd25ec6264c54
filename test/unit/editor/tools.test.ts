import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import { area } from '../../../src/core/geometry/polygon';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { emptyDocument } from '../../../src/core/document';

function withWall() {
  const ed = new TestEditor();
  ed.execute(addElements('F1', [KINDS.wall.create({ id: 'w1', a: [0, 0], b: [10, 0], thickness: 0.2 })]));
  return ed;
}

describe('zone tools', () => {
  it('zone-rect: drag draws a zone of the chosen type, one undo step', () => {
    const ed = new TestEditor();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([1.1, 1.2], [6.9, 4.8]);
    const zones = ed.ofKind('zone');
    expect(zones.length).toBe(1);
    const z = zones[0];
    expect(z.kind === 'zone' && z.type).toBe('waiting');
    expect(z.kind === 'zone' && area(z.polygon)).toBeCloseTo(6 * 4); // (1,1)-(7,5) after snapping to the 0.5 m grid
    expect(ed.history.labels().past).toEqual(['绘制功能区 / Draw zone']);
    ed.key('z', { ctrl: true });
    expect(ed.ofKind('zone').length).toBe(0);
    ed.key('z', { ctrl: true, shift: true });
    expect(ed.ofKind('zone').length).toBe(1);
  });
  it('zone-poly: clicks then the first point close an L-shape; a self-crossing one is refused', () => {
    const ed = new TestEditor();
    ed.setTool('zone-poly', { zoneType: 'back-office' });
    for (const [x, y] of [
      [0, 0],
      [6, 0],
      [6, 3],
      [3, 3],
      [3, 6],
      [0, 6],
      [0, 0],
    ])
      ed.click(x, y);
    const z = ed.ofKind('zone')[0];
    expect(z.kind === 'zone' && area(z.polygon)).toBeCloseTo(27);
    expect(ed.activeTool.state).toBe('idle');
    for (const [x, y] of [
      [10, 0],
      [14, 4],
      [14, 0],
      [10, 4],
    ])
      ed.click(x, y);
    ed.key('Enter');
    expect(ed.ofKind('zone').length).toBe(1);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/自相交/), en: expect.stringMatching(/crosses itself/) });
    expect(ed.activeTool.state).toBe('drawing');
    ed.key('Escape');
    expect(ed.activeTool.state).toBe('idle');
  });
});

describe('walls, doors, counters, points', () => {
  it('wall tool chains segments until Enter', () => {
    const ed = new TestEditor();
    ed.setTool('wall');
    ed.click(0, 0).click(5, 0).click(5, 5);
    ed.key('Enter');
    expect(ed.ofKind('wall').length).toBe(2);
    ed.click(8, 8);
    expect(ed.ofKind('wall').length).toBe(2);
  });
  it('door snaps onto the nearest wall, along it, and refuses open floor', () => {
    const ed = withWall();
    ed.setTool('door', { entrance: 'main' });
    ed.click(4.2, 0.6);
    const d = ed.ofKind('opening')[0];
    expect(d.kind === 'opening' && d.wallId).toBe('w1');
    // at the grid step along the wall nearest the click (0.5 m grid)
    expect(d.kind === 'opening' && d.position).toEqual([4, 0]);
    expect(d.kind === 'opening' && d.entrance).toBe('main');
    ed.click(4, 8);
    expect(ed.ofKind('opening').length).toBe(1);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/墙/), en: expect.stringMatching(/wall/) });
    ed.click(9.9, -0.4); // near the wall end: the 1 m door slides back to lie whole in the wall
    const end = ed.ofKind('opening')[1];
    expect(end.kind === 'opening' && end.position).toEqual([9.5, 0]);
    // the refusal's banner went with the click that placed the door
    expect(ed.state.error).toBeUndefined();
  });
  it('counter-row: a drag lays out 10 numbered windows side by side as one undo step', () => {
    const ed = new TestEditor();
    ed.setTool('counter-row', { counterType: 'general-intake', counterGap: 0.3 });
    ed.drag([2, 10], [12.8, 10]);
    const cs = ed.ofKind('counter');
    expect(cs.length).toBe(10);
    expect(cs.map((c) => c.kind === 'counter' && c.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(cs.every((c) => c.kind === 'counter' && c.rotation === 0 && c.position[1] === 10)).toBe(true);
    expect(ed.selection.length).toBe(10);
    expect(ed.history.labels().past.length).toBe(1);
    ed.undo();
    expect(ed.ofKind('counter').length).toBe(0);
    ed.redo();
    ed.drag([2, 4], [4.4, 4]);
    expect(
      ed
        .ofKind('counter')
        .map((c) => c.kind === 'counter' && c.number)
        .slice(-3),
    ).toEqual(['11', '12', '13']);
  });
  it('counter, sign, point and vertical link tools place one element each', () => {
    const ed = new TestEditor();
    ed.addFloor();
    ed.setFloor('F1');
    ed.use('counter').click(1, 1);
    ed.use('sign', { signKind: 'layout-map' }).click(2, 2);
    ed.use('point', { pointKind: 'aed' }).click(3, 3);
    ed.use('vlink', { linkKind: 'elevator' }).click(10, 10);
    const kinds = ed.floor.elements.map((e) => (e.kind === 'point' ? e.pointKind : e.kind === 'sign' ? e.signKind : e.kind));
    expect(kinds).toEqual(['counter', 'layout-map', 'aed', 'vlink']);
    const v = ed.ofKind('vlink')[0];
    expect(v.kind === 'vlink' && v.floors).toEqual(['F1', ed.doc.floors[1].id]);
    expect(v.kind === 'vlink' && v.accessible).toBe(true);
  });
  it('route tool draws a polyline finished by double-click', () => {
    const ed = new TestEditor();
    ed.setTool('route');
    ed.click(0, 0).click(5, 0).click(5, 5, { double: true });
    const r = ed.ofKind('route')[0];
    expect(r.kind === 'route' && r.points.length).toBe(3);
  });
  it('measure shows a distance and never changes the document', () => {
    const ed = new TestEditor();
    const before = ed.doc;
    ed.setTool('measure');
    ed.click(0, 0).move(3, 4).click(3, 4);
    expect(ed.overlay.measure?.length).toBeCloseTo(5);
    expect(ed.doc).toBe(before);
  });
});

describe('select tool', () => {
  function seats() {
    const ed = new TestEditor();
    ed.execute(
      addElements(
        'F1',
        [1, 2, 3].map((i) => KINDS.point.create({ id: `s${i}`, pointKind: 'seat', position: [i * 3, 0] })),
      ),
    );
    return ed;
  }
  it('click selects, shift-click toggles, click on empty clears; selection never touches history or redo', () => {
    const ed = seats();
    ed.use('point', { pointKind: 'aed' }).click(20, 20);
    ed.undo();
    expect(ed.state.canRedo).toBe(true);
    ed.setTool('select');
    ed.click(3, 0);
    expect(ed.selection).toEqual(['s1']);
    ed.click(6, 0, { shift: true });
    expect(ed.selection).toEqual(['s1', 's2']);
    ed.click(6, 0, { shift: true });
    expect(ed.selection).toEqual(['s1']);
    ed.click(40, 40);
    expect(ed.selection).toEqual([]);
    expect(ed.state.canRedo).toBe(true);
    expect(ed.history.labels().past.length).toBe(1);
  });
  it('marquee selects what is inside; shift adds', () => {
    const ed = seats();
    ed.drag([2, -1], [7, 1]);
    expect(ed.selection.sort()).toEqual(['s1', 's2']);
    ed.drag([8, -1], [10, 1], { shift: true });
    expect(ed.selection.sort()).toEqual(['s1', 's2', 's3']);
  });
  it('dragging moves the selection with snapping, as one undo step; Escape cancels a drag', () => {
    const ed = seats();
    ed.drag([3, 0], [5.1, 2.1]);
    const s = ed.el('s1');
    expect(s?.kind === 'point' && s.position).toEqual([5, 2]);
    expect(ed.history.labels().past).toEqual(['添加 / Add', '移动 / Move']);
    ed.undo();
    expect(ed.el('s1')?.kind === 'point' && (ed.el('s1') as { position: number[] }).position).toEqual([3, 0]);
    ed.move(3, 0).down(3, 0).move(4, 1).move(5, 3);
    ed.key('Escape');
    ed.up(5, 3);
    expect((ed.el('s1') as { position: number[] }).position).toEqual([3, 0]);
  });
  it('rotate by key and by handle; vertex drag edits a zone and refuses a crossing', () => {
    const ed = new TestEditor();
    ed.execute(
      addElements('F1', [
        KINDS.counter.create({ id: 'c', type: 'general-intake', position: [0, 0] }),
        KINDS.zone.create({
          id: 'z',
          type: 'waiting',
          polygon: [
            [10, 10],
            [14, 10],
            [14, 14],
            [10, 14],
          ],
        }),
      ]),
    );
    ed.select(['c']);
    ed.key('r');
    expect((ed.el('c') as { rotation: number }).rotation).toBe(15);
    ed.key('r', { shift: true });
    expect((ed.el('c') as { rotation: number }).rotation).toBe(105);
    ed.move(1, 0)
      .down(1, 0, { handle: { kind: 'rotate' } })
      .move(0, 1)
      .up(0, 1);
    expect((ed.el('c') as { rotation: number }).rotation).toBe(195);
    ed.drag([14, 14], [16, 16], { handle: { kind: 'vertex', elementId: 'z', index: 2 } });
    expect((ed.el('z') as { polygon: number[][] }).polygon[2]).toEqual([16, 16]);
    ed.drag([16, 16], [8, 12], { handle: { kind: 'vertex', elementId: 'z', index: 2 } });
    expect((ed.el('z') as { polygon: number[][] }).polygon[2]).not.toEqual([8, 12]);
  });
  it('drags the vertex of an element whose id holds colons (ids from other tools may)', () => {
    const ed = new TestEditor();
    ed.execute(
      addElements('F1', [
        KINDS.wall.create({ id: 'ifc:2O2Fr$t4X7Zf8NOew3FLOH:0', a: [0, 0], b: [4, 0] }),
        KINDS.route.create({
          id: 'r:1:2',
          points: [
            [0, 2],
            [3, 2],
            [3, 5],
          ],
        }),
      ]),
    );
    ed.select(['ifc:2O2Fr$t4X7Zf8NOew3FLOH:0']);
    ed.drag([4, 0], [6, 1], { handle: { kind: 'vertex', elementId: 'ifc:2O2Fr$t4X7Zf8NOew3FLOH:0', index: 1 } });
    expect((ed.el('ifc:2O2Fr$t4X7Zf8NOew3FLOH:0') as { b: number[] }).b).toEqual([6, 1]);
    ed.drag([3, 2], [2, 2], { handle: { kind: 'vertex', elementId: 'r:1:2', index: 1 } });
    expect((ed.el('r:1:2') as { points: number[][] }).points[1]).toEqual([2, 2]);
    ed.undo();
    expect((ed.el('r:1:2') as { points: number[][] }).points[1]).toEqual([3, 2]);
  });
  it('copy/paste/duplicate give fresh ids and numbers; delete removes; Ctrl+A selects the floor', () => {
    const ed = new TestEditor();
    ed.use('counter-row').drag([0, 0], [2.4, 0]);
    ed.setTool('select');
    ed.key('c', { ctrl: true }).key('v', { ctrl: true });
    expect(ed.ofKind('counter').length).toBe(6);
    expect(new Set(ed.ofKind('counter').map((c) => c.id)).size).toBe(6);
    expect(
      ed
        .ofKind('counter')
        .map((c) => c.kind === 'counter' && c.number)
        .slice(3),
    ).toEqual(['04', '05', '06']);
    ed.key('d', { ctrl: true });
    expect(ed.ofKind('counter').length).toBe(9);
    ed.key('Delete');
    expect(ed.ofKind('counter').length).toBe(6);
    ed.key('a', { ctrl: true });
    // The six counters and their six number plates (a copied counter carries its plate).
    expect(ed.selection.length).toBe(12);
    expect(ed.selection.length).toBe(ed.floor.elements.length);
  });
});

describe('snapping', () => {
  it('snaps to wall ends, wall lines, alignment and grid, with guides', () => {
    const ed = withWall();
    ed.execute(addElements('F1', [KINDS.point.create({ id: 'p', pointKind: 'aed', position: [20, 7.3] })]));
    expect(ed.snap([10.1, 0.2]).point).toEqual([10, 0]);
    const onWall = ed.snap([4.33, 0.2]);
    expect(onWall.point[1]).toBeCloseTo(0);
    expect(onWall.guides[0].kind).toBe('wall');
    const aligned = ed.snap([12.13, 7.2]);
    expect(aligned.point).toEqual([12, 7.3]);
    expect(aligned.guides.some((g) => g.kind === 'align-y')).toBe(true);
    expect(ed.snap([13.26, 3.76]).point).toEqual([13.5, 4]);
    expect(ed.snap([13.26, 3.76], { disabled: true }).point).toEqual([13.26, 3.76]);
  });
});

describe('the outline offer', () => {
  it('is withdrawn (the outline kept) when another floor is shown', () => {
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
    expect(ed.store.getState().outlineOffer?.floorId).toBe('F1');
    const outline = ed.doc.floors[0].outline;
    expect(outline).toBeDefined();
    ed.setFloor(ed.addFloor());
    expect(ed.store.getState().outlineOffer).toBeUndefined();
    expect(ed.doc.floors[0].outline).toEqual(outline);
  });
});

describe('arming a tool', () => {
  it('a placing tool starts with nothing selected (the inspector is not left on the element picked before); measuring keeps it', () => {
    const ed = new TestEditor();
    ed.use('zone-rect', { zoneType: 'waiting' }).drag([0, 0], [4, 4]);
    const id = ed.doc.floors[0].elements[0].id;
    ed.select([id]);
    ed.setTool('measure');
    expect(ed.store.getState().selection).toEqual([id]);
    ed.setTool('vlink', { linkKind: 'elevator' });
    expect(ed.store.getState().selection).toEqual([]);
  });
});

describe('floors and files', () => {
  it('undo and redo of an edit on another floor bring that floor up; one on the floor shown stays put', () => {
    const ed = new TestEditor();
    const f2 = ed.addFloor();
    ed.setFloor('F1');
    ed.use('zone-rect', { zoneType: 'waiting' }).drag([0, 0], [4, 4]);
    ed.setFloor(f2);
    ed.use('zone-rect', { zoneType: 'waiting' }).drag([0, 0], [2, 2]);
    ed.undo();
    expect(ed.floorId).toBe(f2);
    expect(ed.doc.floors[1].elements).toHaveLength(0);
    ed.undo();
    expect(ed.floorId).toBe('F1');
    expect(ed.doc.floors[0].elements).toHaveLength(0);
    ed.setFloor(f2);
    ed.redo();
    expect(ed.floorId).toBe('F1');
    expect(ed.doc.floors[0].elements).toHaveLength(1);
  });

  it('add, rename, reorder, delete floors (not the last one), all undoable', () => {
    const ed = new TestEditor();
    const id = ed.addFloor();
    expect(ed.doc.floors.map((f) => f.storey)).toEqual([1, 2]);
    expect(ed.doc.floors[1].elevation).toBe(4.5);
    expect(ed.floorId).toBe(id);
    ed.renameFloor(id, '二楼');
    ed.moveFloor(id, -1);
    expect(ed.doc.floors.map((f) => f.name)).toEqual(['二楼', '1F']);
    ed.deleteFloor(id);
    expect(ed.deleteFloor('F1')).toBe(false);
    while (ed.state.canUndo) ed.undo();
    expect(ed.doc.floors.length).toBe(1);
  });
  it('loading a broken file leaves the hall as it was and reports the JSON path', () => {
    const ed = new TestEditor(emptyDocument('mine'));
    const before = ed.doc;
    const r = ed.loadFile(
      '{"version":1,"meta":{},"floors":[{"id":"F1","name":"x","storey":1,"elevation":0,"elements":[{"kind":"zone","id":"z","type":"waiting","polygon":[[0,0],[1,1],[1,0],[0,1]]}]}]}',
      'bad.hall.json',
    );
    expect(r.ok).toBe(false);
    expect(ed.doc).toBe(before);
    expect(ed.state.error?.details?.join('\n')).toMatch(/floors\[0\]\.elements\[0\]\.polygon\[2\]: polygon crosses itself/);
    expect(ed.loadFile('not json').ok).toBe(false);
    expect(ed.doc).toBe(before);
  });
  it('execute refuses an element that breaks its schema', () => {
    const ed = new TestEditor();
    const ok = ed.execute(addElements('F1', [{ ...KINDS.counter.create({ id: 'c', type: 'general-intake', position: [0, 0] }), top: { width: -1, depth: 0.6, height: 0.75 } }]));
    expect(ok).toBe(false);
    expect(ed.floor.elements.length).toBe(0);
    expect(ed.state.error?.details?.[0]).toMatch(/top\.width/);
  });
});
