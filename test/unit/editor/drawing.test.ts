/**
 * Drawing as in CAD tools: typed lengths and angles, the Shift angle lock, object snaps, the outline a wall loop
 * makes, counter-row fronts, arranging verbs, and a camera that only moves when asked.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestEditor } from './test-editor';
import { area } from '../../../src/core/geometry/polygon';
import { dist } from '../../../src/core/geometry/vec';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { largestWallLoop } from '../../../src/core/geometry/wall-loops';
import { loadSample } from '../core/helpers';
import { checkHall } from '../../../src/rules';
import { wallDistances } from '../../../src/editor/wall-distances';

const walls = (ed: TestEditor) => ed.ofKind('wall') as ElementOf<'wall'>[];
const type = (ed: TestEditor, text: string) => {
  for (const ch of text) ed.key(ch === '\t' ? 'Tab' : ch === '\n' ? 'Enter' : ch);
  return ed;
};

describe('dynamic input', () => {
  it('typing a length and Enter draws a wall of exactly that length towards the cursor', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).move(3, 0.2);
    type(ed, '12');
    expect(ed.overlay.dim?.typed?.length).toBe('12');
    expect(ed.overlay.dim?.length).toBeCloseTo(12);
    type(ed, '\n');
    const w = walls(ed);
    expect(w.length).toBe(1);
    expect(dist(w[0].a, w[0].b)).toBeCloseTo(12, 6);
    // the chain goes on from the typed point, and the typed value is gone
    expect(ed.activeTool.state).toBe('drawing');
    expect(ed.overlay.dim?.typed).toBeUndefined();
    expect(ed.history.labels().past).toEqual(['画墙 / Draw wall']);
  });
  it('a cursor a little off the axis keeps the typed wall on it (polar tracking); further off it follows the cursor', () => {
    const ed = new TestEditor().use('wall');
    // the grid's nearest corner to (8.6, 0.26) is (8.5, 0.5), 3.4° off east; the hand is 1.7° off
    ed.click(0, 0).move(8.6, 0.26);
    expect(ed.overlay.dim?.angle).toBeCloseTo(0, 6);
    type(ed, '20\n');
    expect(walls(ed)[0].b).toEqual([20, 0]);
    // 14° off: no lock, the wall goes where the cursor points
    ed.move(28, 2);
    expect(ed.overlay.dim?.angle).toBeGreaterThan(5);
  });
  it('Backspace takes back the last wall with its corner, and only that wall', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).click(4, 0).click(4, 3);
    expect(walls(ed).length).toBe(2);
    ed.key('Backspace');
    expect(walls(ed).map((w) => [w.a, w.b])).toEqual([
      [
        [0, 0],
        [4, 0],
      ],
    ]);
    // the chain goes on from (4, 0); a second Backspace takes the first wall, a third the start point
    ed.key('Backspace');
    expect(walls(ed)).toEqual([]);
    expect(ed.activeTool.state).toBe('drawing');
    ed.key('Backspace');
    expect(ed.activeTool.state).toBe('idle');
    expect(ed.history.labels().past).toEqual([]);
  });
  it('Tab moves to the angle: 5 Tab 90 Enter goes 5 m north', () => {
    const ed = new TestEditor().use('wall');
    ed.click(2, 2).move(4, 3);
    type(ed, '5\t90\n');
    const w = walls(ed)[0];
    expect(w.b[0]).toBeCloseTo(2, 6);
    expect(w.b[1]).toBeCloseTo(7, 6);
  });
  it('Escape drops only the typed value; a second Escape abandons the chain', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).move(4, 0);
    type(ed, '7.5');
    ed.key('Escape');
    expect(ed.overlay.dim?.typed).toBeUndefined();
    expect(ed.activeTool.state).toBe('drawing');
    expect(ed.overlay.dim?.length).toBeCloseTo(4);
    ed.key('Escape');
    expect(ed.activeTool.state).toBe('idle');
    expect(walls(ed).length).toBe(0);
  });
  it('digits while drawing do not switch the view (2 and 3 are view keys only when idle)', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).move(1, 0);
    type(ed, '23\n');
    expect(ed.state.viewMode).toBe('2d');
    expect(dist(walls(ed)[0].a, walls(ed)[0].b)).toBeCloseTo(23);
  });
  it('a second decimal point is refused, Backspace edits the typed value', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).move(1, 0);
    type(ed, '1.2.5');
    expect(ed.overlay.dim?.typed?.length).toBe('1.25');
    ed.key('Backspace');
    expect(ed.overlay.dim?.typed?.length).toBe('1.2');
  });
  it('the rubber band shows length and angle', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0).move(0, 6);
    expect(ed.overlay.dim?.length).toBeCloseTo(6);
    expect(ed.overlay.dim?.angle).toBeCloseTo(90);
  });
  it('zones show width and depth while dragged', () => {
    const ed = new TestEditor().use('zone-rect');
    ed.move(1, 1).down(1, 1).move(7, 5);
    expect(ed.overlay.rect).toEqual({ a: [1, 1], b: [7, 5] });
  });
});

describe('ortho and angle lock', () => {
  it('Shift locks to 0/45/90°', () => {
    const ed = new TestEditor().use('wall');
    ed.click(0, 0);
    ed.move(10, 1.3, { shift: true });
    expect(ed.overlay.dim?.angle).toBeCloseTo(0);
    expect(ed.overlay.guides.some((g) => g.kind === 'ortho')).toBe(true);
    ed.move(6.3, 5.6, { shift: true });
    expect(ed.overlay.dim?.angle).toBeCloseTo(45);
    ed.down(6.3, 5.6, { shift: true }).up(6.3, 5.6, { shift: true });
    const w = walls(ed)[0];
    expect(Math.abs(w.b[0] - w.b[1])).toBeLessThan(1e-9);
  });
  it('Shift also locks to the angle of the wall the drawing starts from and its right angle', () => {
    const ed = new TestEditor();
    ed.execute(addElements('F1', [KINDS.wall.create({ id: 'w', a: [0, 0], b: [8, 6], thickness: 0.2 })]));
    ed.use('wall').click(8, 6);
    // 36.87° is the wall's angle, +90 = 126.87°
    ed.move(8 - 6 + 0.3, 6 + 8, { shift: true });
    expect(ed.overlay.dim?.angle).toBeCloseTo(126.87, 1);
  });
});

describe('snaps', () => {
  it('endpoints, midpoints, perpendicular feet and extensions, with the kind shown', () => {
    const ed = new TestEditor();
    ed.store.setState({ grid: { size: 0.5, snap: false } });
    ed.execute(addElements('F1', [KINDS.wall.create({ id: 'w', a: [0, 0], b: [10, 0], thickness: 0.2 })]));
    expect(ed.snap([10.1, 0.1]).kind).toBe('vertex');
    expect(ed.snap([5.1, 0.1])).toMatchObject({ kind: 'midpoint', point: [5, 0] });
    const perp = ed.snap([3.1, 0.1], { from: [3, 4] });
    expect(perp.kind).toBe('perpendicular');
    expect(perp.point[0]).toBeCloseTo(3);
    const ext = ed.snap([14, 0.1]);
    expect(ext.kind).toBe('extension');
    expect(ext.point[1]).toBeCloseTo(0);
  });
});

describe('distances to the nearest walls', () => {
  it('a point in a 10 × 8 m room is measured to the four wall faces', () => {
    const ed = new TestEditor().use('wall');
    for (const [x, y] of [
      [0, 0],
      [10, 0],
      [10, 8],
      [0, 8],
      [0, 0],
    ])
      ed.click(x, y);
    const d = wallDistances(ed.floor, [3, 2]).map((x) => Math.round(x.distance * 100) / 100);
    // 0.2 m walls: faces 0.1 m inside the axes
    expect(d).toEqual([6.9, 2.9, 5.9, 1.9]);
  });
});

describe('floor outline', () => {
  it('four walls clicked round a 24 × 16 m room and back to the first corner close it and make a 384 m² outline', () => {
    const ed = new TestEditor().use('wall');
    for (const [x, y] of [
      [0, 0],
      [24, 0],
      [24, 16],
      [0, 16],
      [0, 0],
    ])
      ed.click(x, y);
    expect(walls(ed).length).toBe(4);
    expect(ed.activeTool.state).toBe('idle');
    expect(ed.floor.outline).toBeDefined();
    expect(area(ed.floor.outline!)).toBeCloseTo(384);
    expect(ed.state.outlineOffer?.area).toBeCloseTo(384);
    // the closing click is one step: its wall and the outline together
    expect(ed.history.labels().past).toEqual(['画墙 / Draw wall', '画墙 / Draw wall', '画墙 / Draw wall', '画墙并生成外轮廓 / Draw wall and floor outline']);
    ed.undo();
    expect(walls(ed).length).toBe(3);
    expect(ed.floor.outline).toBeUndefined();
    ed.redo();
    // removing it restores no outline; keeping it is the default
    ed.answerOutlineOffer(false);
    expect(ed.floor.outline).toBeUndefined();
  });
  it('the hall-area rule reads the outline the walls made: 384 m², not 0', () => {
    const ed = new TestEditor();
    ed.use('zone-rect', { zoneType: 'waiting' }).drag([4, 4], [12, 10]);
    const area0 = checkHall(ed.doc).findings.find((f) => f.ruleId === 'zone.hall-area');
    expect(area0?.data?.areaM2).toBe(0);
    ed.use('wall');
    for (const [x, y] of [
      [0, 0],
      [24, 0],
      [24, 16],
      [0, 16],
      [0, 0],
    ])
      ed.click(x, y);
    const found = checkHall(ed.doc).findings.find((f) => f.ruleId === 'zone.hall-area');
    expect(found?.data?.areaM2).toBeCloseTo(384);
  });
  it('walls drawn separately that meet at a T still close the loop', () => {
    const loop = largestWallLoop([
      { a: [0, 0], b: [10, 0] },
      { a: [10, 0], b: [10, 10] },
      { a: [10, 10], b: [0, 10] },
      { a: [0, 10], b: [0, 0] },
      { a: [5, 0], b: [5, 10] },
      { a: [10, 5], b: [15, 5] },
    ]);
    expect(area(loop!)).toBeCloseTo(100);
    expect(loop!.length).toBe(4);
  });
  it('the outline tool draws an outline as one undo step and refuses a crossing one', () => {
    const ed = new TestEditor().use('outline');
    for (const [x, y] of [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
      [0, 0],
    ])
      ed.click(x, y);
    expect(area(ed.floor.outline!)).toBeCloseTo(200);
    expect(ed.history.labels().past.length).toBe(1);
    for (const [x, y] of [
      [0, 0],
      [10, 10],
      [10, 0],
      [0, 10],
    ])
      ed.click(x, y);
    ed.key('Enter');
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/自相交/), en: expect.stringMatching(/crosses itself/) });
    expect(area(ed.floor.outline!)).toBeCloseTo(200);
  });
});

describe('counter rows', () => {
  it('X flips the citizen side while dragging', () => {
    const ed = new TestEditor().use('counter-row');
    ed.move(0, 0).down(0, 0).move(4, 0);
    const before = ed.overlay.ghosts[0] as ElementOf<'counter'>;
    expect(before.rotation).toBeCloseTo(0);
    ed.key('x');
    const after = ed.overlay.ghosts[0] as ElementOf<'counter'>;
    expect(after.rotation).toBeCloseTo(180);
    expect(ed.overlay.guides.some((g) => g.kind === 'front')).toBe(true);
    ed.up(4, 0);
    for (const c of ed.ofKind('counter') as ElementOf<'counter'>[]) expect(c.rotation).toBeCloseTo(180);
  });
  it('a row drawn along a wall faces the open side; turned to the wall with X it is flagged at once', () => {
    const ed = new TestEditor();
    ed.execute(addElements('F1', [KINDS.wall.create({ id: 'w', a: [0, 1], b: [10, 1], thickness: 0.2 })]));
    // Dragged east, citizens would stand north (left of the drag), against the wall 1 m away: the row faces south.
    ed.use('counter-row').move(1, 0).down(1, 0).move(5, 0);
    expect((ed.overlay.ghosts[0] as ElementOf<'counter'>).rotation).toBeCloseTo(180);
    expect(ed.overlay.blockedIds).toEqual([]);
    ed.key('x');
    expect((ed.overlay.ghosts[0] as ElementOf<'counter'>).rotation).toBeCloseTo(0);
    expect(ed.overlay.blockedIds?.length).toBeGreaterThan(0);
    ed.up(5, 0);
    expect(ed.state.flag?.ids.length).toBe(ed.ofKind('counter').length);
  });
  it('a row along the back wall of a room faces into the room, whichever way it is dragged', () => {
    for (const [from, to] of [
      [-3, 12],
      [12, -3],
    ]) {
      const ed = new TestEditor();
      // A room 20 m deep; the row 1.5 m in front of its north wall (its face at 22.35).
      ed.execute(
        addElements('F1', [
          KINDS.wall.create({ id: 'n', a: [-5, 22.5], b: [15, 22.5], thickness: 0.3 }),
          KINDS.wall.create({ id: 's', a: [-5, 2.5], b: [15, 2.5], thickness: 0.3 }),
        ]),
      );
      ed.use('counter-row').move(from, 21).down(from, 21).move(to, 21).up(to, 21);
      const row = ed.ofKind('counter') as ElementOf<'counter'>[];
      expect(row.length).toBe(13);
      // Citizens on the local +y side: rotation 180 puts them south, towards the room.
      for (const c of row) expect(((c.rotation % 360) + 360) % 360).toBeCloseTo(180);
      expect(ed.state.flag).toBeUndefined();
    }
  });
  it('a row between two walls faces the deeper side, and a row with 1.2 m to a wall is flagged when turned to it', () => {
    const ed = new TestEditor();
    ed.execute(addElements('F1', [KINDS.wall.create({ id: 'n', a: [0, 6], b: [10, 6], thickness: 0.2 }), KINDS.wall.create({ id: 's', a: [0, -2], b: [10, -2], thickness: 0.2 })]));
    ed.use('counter-row').move(1, 4.5).down(1, 4.5).move(5, 4.5);
    const g = ed.overlay.ghosts[0] as ElementOf<'counter'>;
    expect(g.rotation).toBeCloseTo(180);
    ed.key('x');
    // 6 − 4.5 − 0.3 (half the desk) − 0.1 (half the wall) = 1.1 m free: short of the 1.5 m a wheelchair turns in.
    expect(ed.overlay.blockedIds?.length).toBeGreaterThan(0);
  });
  it('X between drags turns the row just laid out round; the next row faces its own open side', () => {
    const ed = new TestEditor().use('counter-row');
    ed.move(0, 0).down(0, 0).move(4, 0).up(4, 0);
    const first = ed.ofKind('counter').map((c) => c.id);
    ed.key('x');
    for (const c of ed.ofKind('counter') as ElementOf<'counter'>[]) expect(c.rotation).toBeCloseTo(180);
    ed.select([]);
    // 4 m south of the first row, whose citizens now stand between the two: the open side is south.
    ed.move(0, -4).down(0, -4).move(4, -4).up(4, -4);
    const second = (ed.ofKind('counter') as ElementOf<'counter'>[]).filter((c) => !first.includes(c.id));
    expect(second.length).toBeGreaterThan(0);
    for (const c of second) expect(c.rotation).toBeCloseTo(180);
    // With nothing selected, X before a drag turns the next row away from its open side.
    ed.select([]);
    ed.key('x');
    ed.move(0, 8).down(0, 8).move(4, 8).up(4, 8);
    const third = (ed.ofKind('counter') as ElementOf<'counter'>[]).filter((c) => c.position[1] === 8);
    expect(third.length).toBeGreaterThan(0);
    for (const c of third) expect(c.rotation).toBeCloseTo(180);
  });
  it('X on selected counters turns their front round, one undo step', () => {
    const ed = new TestEditor();
    ed.execute(addElements('F1', [KINDS.counter.create({ id: 'c', number: '01', position: [2, 2] })]));
    ed.select(['c']);
    ed.key('x');
    expect((ed.el('c') as ElementOf<'counter'>).rotation).toBe(180);
    expect((ed.el('c') as ElementOf<'counter'>).position).toEqual([2, 2]);
    ed.undo();
    expect((ed.el('c') as ElementOf<'counter'>).rotation).toBe(0);
  });
});

describe('arranging', () => {
  const three = () => {
    const ed = new TestEditor();
    ed.execute(
      addElements('F1', [
        KINDS.point.create({ id: 'p1', pointKind: 'seat', position: [0, 0] }),
        KINDS.point.create({ id: 'p2', pointKind: 'seat', position: [3, 2] }),
        KINDS.point.create({ id: 'p3', pointKind: 'seat', position: [10, 5] }),
        KINDS.point.create({ id: 'a1', pointKind: 'aed', position: [20, 5] }),
      ]),
    );
    return ed;
  };
  const pos = (ed: TestEditor, id: string) => (ed.el(id) as ElementOf<'point'>).position;
  it('align bottom and distribute horizontally, one undo step each', () => {
    const ed = three();
    ed.select(['p1', 'p2', 'p3']);
    ed.alignSelection('bottom');
    expect([pos(ed, 'p1')[1], pos(ed, 'p2')[1], pos(ed, 'p3')[1]]).toEqual([0, 0, 0]);
    ed.distributeSelection('x');
    expect(pos(ed, 'p2')[0]).toBeCloseTo(5);
    expect(pos(ed, 'p1')[0]).toBeCloseTo(0);
    expect(pos(ed, 'p3')[0]).toBeCloseTo(10);
    expect(ed.history.labels().past.slice(-2)).toEqual(['对齐 / Align', '等距分布 / Distribute']);
  });
  it('array makes n copies at a spacing in one step', () => {
    const ed = three();
    ed.select(['a1']);
    ed.arraySelection(4, [0, 2.5]);
    const aeds = ed.ofKind('point').filter((p) => p.kind === 'point' && p.pointKind === 'aed') as ElementOf<'point'>[];
    expect(aeds.map((p) => p.position[1]).sort((a, b) => a - b)).toEqual([5, 7.5, 10, 12.5, 15]);
    ed.undo();
    expect(ed.ofKind('point').length).toBe(4);
  });
  it('select similar picks the same kind and type on the floor', () => {
    const ed = three();
    ed.select(['p1']);
    ed.key('a', { ctrl: true, shift: true });
    expect(new Set(ed.selection)).toEqual(new Set(['p1', 'p2', 'p3']));
  });
  it('locked elements neither move nor get deleted; K toggles the lock', () => {
    const ed = three();
    ed.select(['p1']);
    ed.key('k');
    expect(ed.el('p1')?.locked).toBe(true);
    ed.key('ArrowRight');
    ed.key('Delete');
    expect(pos(ed, 'p1')).toEqual([0, 0]);
    ed.key('k');
    expect(ed.el('p1')?.locked).toBeFalsy();
  });
});

describe('the camera only moves when asked', () => {
  const county = loadSample('county-hall');
  const pt = fc.tuple(fc.double({ min: 0, max: 64, noNaN: true }), fc.double({ min: 0, max: 42, noNaN: true }));
  const gesture = fc.oneof(
    fc.record({ t: fc.constant('zone'), a: pt, b: pt }),
    fc.record({ t: fc.constant('row'), a: pt, b: pt }),
    fc.record({ t: fc.constant('wall'), a: pt, b: pt }),
    fc.record({ t: fc.constant('typed'), a: pt, n: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ t: fc.constant('drag'), a: pt, b: pt }),
    fc.record({ t: fc.constant('delete'), a: pt }),
    fc.record({ t: fc.constant('flip'), a: pt }),
    fc.record({ t: fc.constant('paste'), a: pt }),
    fc.record({ t: fc.constant('array'), a: pt }),
    fc.record({ t: fc.constant('undo') }),
    fc.record({ t: fc.constant('redo') }),
  );
  it('a random sequence of edits, undos and redos never changes the camera request', () => {
    fc.assert(
      fc.property(fc.array(gesture, { minLength: 1, maxLength: 12 }), (gs) => {
        const ed = new TestEditor(county);
        ed.fitView();
        const camera = ed.state.cameraRequest;
        for (const g of gs) {
          const a = ('a' in g ? g.a : [0, 0]) as [number, number];
          const b = ('b' in g ? g.b : a) as [number, number];
          if (g.t === 'zone') ed.use('zone-rect').drag(a, b);
          else if (g.t === 'row') ed.use('counter-row').drag(a, b);
          else if (g.t === 'wall') ed.use('wall').click(a[0], a[1]).click(b[0], b[1]).key('Escape');
          else if (g.t === 'typed')
            type(
              ed
                .use('wall')
                .click(a[0], a[1])
                .move(a[0] + 1, a[1]),
              `${'n' in g ? g.n : 1}\n`,
            )
              .key('Escape')
              .key('Escape');
          else if (g.t === 'drag') ed.use('select').drag(a, b);
          else if (g.t === 'delete') ed.use('select').click(a[0], a[1]).key('Delete');
          else if (g.t === 'flip') ed.use('select').click(a[0], a[1]).key('x');
          else if (g.t === 'paste') ed.use('select').click(a[0], a[1]).key('c', { ctrl: true }).key('v', { ctrl: true });
          else if (g.t === 'array') ed.use('select').click(a[0], a[1]).arraySelection(2, [1, 0]);
          else if (g.t === 'undo') ed.undo();
          else ed.redo();
          expect(ed.state.cameraRequest).toBe(camera);
        }
        ed.key('f');
        expect(ed.state.cameraRequest).not.toBe(camera);
      }),
      { numRuns: 30 },
    );
  });
});
