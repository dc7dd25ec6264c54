import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { navFor, route } from '../../../src/nav';
import {
  distanceEn,
  distanceZh,
  inSight,
  landmarkAt,
  legsOf,
  roundDistance,
  routePrompts,
  routeSteps,
  signedTurn,
  turnKind,
  TURN_BANDS,
  type StepFrom,
} from '../../../src/nav/instructions';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { docWayfinding, landmarksOf } from '../../../src/nav/instructions/landmarks-of';
import { instructionsDoc, pageWayfinding } from '../../../src/navapp/page-doc';
import { pageGraph, pageRoute } from '../../../src/navapp/router';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const MAIN = { zh: '主入口', en: 'the main entrance' };

const ENTERING = { ...MAIN, via: 'entrance' as const, facing: [0, 1] as [number, number] };

describe('distances the way people say them', () => {
  it('rounds by band', () => {
    expect([3, 7.4, 12, 13, 47, 51, 126].map(roundDistance)).toEqual([3, 7, 10, 15, 45, 50, 130]);
    expect(distanceZh(3)).toBe('几步');
    expect(distanceEn(3)).toBe('a few steps');
    expect(distanceZh(7.4)).toBe('约7米');
    expect(distanceEn(23)).toBe('about 25 metres');
  });
  it('classifies turns in bands: straight, slight, turn, sharp, U-turn', () => {
    expect([10, -19, 25, 49, 50, 90, 130, 131, 159, 160, -170, 180].map(turnKind)).toEqual([
      'straight',
      'straight',
      'slight-left',
      'slight-left',
      'left',
      'left',
      'left',
      'sharp-left',
      'sharp-left',
      'u-turn',
      'u-turn',
      'u-turn',
    ]);
    expect([-25, -90, -140].map(turnKind)).toEqual(['slight-right', 'right', 'sharp-right']);
    expect(TURN_BANDS).toEqual({ straight: 20, slight: 50, turn: 130, sharp: 160 });
  });
  it('measures signed turns across the ±180° seam', () => {
    expect(signedTurn(Math.PI * 0.9, -Math.PI * 0.9)).toBeCloseTo(36);
    expect(signedTurn(0, Math.PI / 2)).toBeCloseTo(90);
    expect(signedTurn(0, -Math.PI / 2)).toBeCloseTo(-90);
  });
});

type P = [number, number];
const F = (floorId: string, ...ps: P[]) => ps.map((p) => ({ floorId, p }));

describe('legs from route geometry', () => {
  it('keeps a bend that five small bends add up to', () => {
    // Five 12° bends: each alone is straight, together 60° — a turn.
    const pts: P[] = [[0, 0]];
    let h = 0;
    for (let i = 0; i < 6; i++) {
      const last = pts[pts.length - 1];
      pts.push([last[0] + 6 * Math.cos(h), last[1] + 6 * Math.sin(h)]);
      h += (12 * Math.PI) / 180;
    }
    const legs = legsOf(pts);
    expect(legs.length).toBeGreaterThan(1);
    expect(legs.reduce((s, l) => s + Math.abs(l.turn), 0)).toBeGreaterThan(20);
  });
  it('folds a short jog around a pillar into the walk', () => {
    expect(
      legsOf([
        [32, 0.5],
        [32, 6],
        [33.5, 6],
        [33.5, 12.5],
      ]).length,
    ).toBe(1);
  });
});

describe('routeSteps on fixed routes in the county hall (golden text)', () => {
  const doc = county();
  const run = (points: { floorId: string; p: P }[], links: string[], to: { zh: string; en: string; position: P }, from: StepFrom = MAIN) => {
    const steps = routeSteps(doc, { points, links, from, to }, docWayfinding(doc));
    return { steps, zh: steps.map((s) => s.zh), en: steps.map((s) => s.en) };
  };

  it('same floor: main entrance to counter 5, a 20° wiggle ignored, turn at the AED', () => {
    const { zh, en, steps } = run(F('F1', [32, 0.5], [32.3, 6.8], [32, 12.5], [17, 12.5], [16.8, 28.8]), [], { zh: '5号窗口', en: 'counter 5', position: [16.8, 30.2] }, ENTERING);
    expect(zh).toEqual(['从主入口进门后直行约10米', '在自动体外除颤器处左转，再走约15米', '右转，再走约15米', '到达5号窗口，目的地在您前方']);
    expect(en).toEqual([
      'Come in through the main entrance, walk straight ahead about 10 metres',
      'Turn left at the AED and walk about 15 metres',
      'Turn right and walk about 15 metres',
      'You have arrived at counter 5. Your destination is ahead of you',
    ]);
    expect(steps[1].landmarkId).toBe('f1-aed-01');
  });

  it('floor change by the west stairs to counter 32: names the stairs and the turn on leaving them', () => {
    const { zh, en } = run(
      [...F('F1', [32, 0.5], [32, 12.5], [6, 12.5], [4.5, 17]), ...F('F2', [4.5, 17], [6, 26.5], [20.4, 26.5], [20.4, 28.8])],
      ['f1-stair-01'],
      { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] },
      ENTERING,
    );
    // Into the dog-leg stairs heading north-north-west, so stepping off facing south-south-east: the way on,
    // north-north-east, is a sharp left.
    expect(zh).toEqual([
      '从主入口进门后直行约10米',
      '在自动体外除颤器处左转，再走约25米',
      '右转，再走几步到西楼梯',
      '走西楼梯上到2楼',
      '出西楼梯后向左后方转，再走约10米',
      '在专业窗口服务区右转，再走约15米',
      '到达32号窗口，目的地在您左侧',
    ]);
    expect(en).toEqual([
      'Come in through the main entrance, walk straight ahead about 10 metres',
      'Turn left at the AED and walk about 25 metres',
      'Turn right and walk a few steps to the west stairs',
      'Take the west stairs up to floor 2',
      'Leave the west stairs, turn sharp left and walk about 10 metres',
      'Turn right at the counter service area and walk about 15 metres',
      'You have arrived at counter 32. Your destination is on your left',
    ]);
  });

  it('wheelchair route: the accessible elevator, left facing back the way one came in', () => {
    const { zh, en } = run(
      [...F('F1', [32, 0.5], [32, 12.5], [6, 12.5], [4.5, 22.2]), ...F('F2', [4.5, 22.2], [6, 26.5], [20.4, 26.5], [20.4, 28.8])],
      ['f1-elevator-01'],
      { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] },
      ENTERING,
    );
    expect(zh).toEqual([
      '从主入口进门后直行约10米',
      '在自动体外除颤器处左转，再走约25米',
      '右转，再走约10米到无障碍电梯',
      '乘无障碍电梯到2楼',
      '出无障碍电梯后向左后方转，再走几步',
      '在专业窗口服务区右转，再走约15米',
      '到达32号窗口，目的地在您左侧',
    ]);
    expect(en[3]).toBe('Take the accessible elevator to floor 2');
    expect(en[4]).toBe('Leave the accessible elevator, turn sharp left and walk a few steps');
  });

  it('a turn past 50° is a turn, and the arrival side: the accessible toilet', () => {
    const { zh, en } = run(
      F('F1', [32, 0.5], [32, 12.5], [50, 12.5], [52.5, 9.5], [55.5, 9.5]),
      [],
      { zh: '无障碍卫生间', en: 'the accessible toilet', position: [58, 11] },
      ENTERING,
    );
    expect(zh).toEqual(['从主入口进门后直行约10米', '在自动体外除颤器处右转，再走约20米', '右转，再走约7米', '到达无障碍卫生间，目的地在您左侧']);
    expect(en[2]).toBe('Turn right and walk about 7 metres');
    expect(en[3]).toBe('You have arrived at the accessible toilet. Your destination is on your left');
  });

  it('names a counter already passed at a turn; without a known facing says what to head for', () => {
    // East along the counter row past counter 09 (21.6, 30.2), then a right turn south at x = 23.
    const steps = routeSteps(doc, { points: F('F1', [11, 28.5], [23, 28.5], [23, 20]), links: [], to: { zh: '服务台', en: 'the desk', position: [21, 20] } }, docWayfinding(doc));
    expect(steps.map((s) => s.zh)).toEqual(['朝10号窗口方向走约10米', '经过10号窗口后右转，再走约9米', '到达服务台，目的地在您右侧']);
    expect(steps[0].en).toBe('Head towards counter 10 for about 10 metres');
    expect(steps[1].en).toBe('After counter 10, turn right and walk about 9 metres');
  });

  it('from a sign: the first step is relative to facing the sign', () => {
    const sign = { zh: '大厅平面布局图', en: 'the hall layout map', via: 'sign' as const, facing: [0, -1] as P };
    const back = run(F('F1', [28, 1.5], [28, 12.5]), [], { zh: 'x', en: 'x', position: [28, 13] }, sign);
    expect(back.zh[0]).toBe('背对大厅平面布局图直行约10米');
    expect(back.en[0]).toBe('With the hall layout map behind you, walk straight ahead about 10 metres');
    const east = run(F('F1', [28, 1.5], [40, 1.5]), [], { zh: 'x', en: 'x', position: [40, 2] }, sign);
    expect(east.zh[0]).toBe('面向大厅平面布局图，左转，再走约10米');
    expect(east.en[0]).toBe('Facing the hall layout map, turn left and walk about 10 metres');
  });

  it('does not name a landmark behind a wall', () => {
    // A turn at (41, 31) in the corridor side of the wall y = 31.5: the records room behind it is not a landmark.
    const marks = landmarksOf(doc, 'F1');
    const walls = doc.floors[0].elements.flatMap((e) => (e.kind === 'wall' ? [[e.a, e.b] as [P, P]] : []));
    expect(inSight(walls, [32, 13], [31.7, 13.6])).toBe(true);
    expect(inSight(walls, [45, 30], [45, 36])).toBe(false);
    expect(landmarkAt(marks, [39.6, 28.8], 4, walls)?.id).toBe('f1-counter-25');
  });
});

describe('audio prompts (Wayfindr)', () => {
  const doc = county();
  it('one short prompt per step, a reassurance half-way along a long straight, arrival with the side', () => {
    const steps = routeSteps(
      doc,
      {
        points: F('F1', [32, 0.5], [32, 12.5], [6, 12.5], [6, 26.5]),
        links: [],
        from: ENTERING,
        to: { zh: '西侧安全出口', en: 'the west exit', position: [3, 27] },
      },
      docWayfinding(doc),
    );
    const zh = routePrompts(steps, 'zh');
    const en = routePrompts(steps, 'en');
    expect(zh).toEqual(['从主入口进门后直行约10米', '在自动体外除颤器处左转，再走约25米', '继续直行，还有约15米', '右转，再走约15米', '已到达西侧安全出口，在您左侧']);
    expect(en[2]).toBe('Keep going straight, about 15 metres to go');
    expect(en[en.length - 1]).toBe('The west exit is on your left. You have arrived');
  });
});

describe('hand-checked routes the phone app draws (page router on the exported rasters)', () => {
  const doc = county();
  const data = buildNavMapData(...navMapArgs(doc));
  const g = pageGraph(data);
  const main = data.here.find((h) => h.id === 'f1-door-01')!;
  const steps = (destId: string, accessible: boolean) => {
    const d = data.dests.find((x) => x.id === destId)!;
    const r = pageRoute(g, { floorId: 'F1', p: main.p }, { floorId: d.floorId, p: d.at }, accessible)!;
    return {
      r,
      s: routeSteps(
        instructionsDoc(data),
        {
          points: r.points,
          links: r.links,
          from: { ...MAIN, via: main.via, facing: main.facing },
          to: { zh: d.zh.replace(/（.*）$/, ''), en: d.en.replace(/ \(.*\)$/, ''), position: d.position },
        },
        pageWayfinding(data),
      ),
    };
  };

  it('main entrance faces into the hall', () => {
    expect(main.via).toBe('entrance');
    expect(main.facing).toEqual([0, 1]);
  });

  it('to window 05: the line leaves the door at about 40° to the left and bends right at the waiting area', () => {
    const { r, s } = steps('f1-counter-06', false);
    // The drawn line: door (32, 0) → corner (20.25, 14.25) → in front of 05 (16.8, 29.2).
    expect(r.points.map((p) => p.p.map((v) => Math.round(v)))).toEqual([
      [32, 0],
      [20, 14],
      [17, 29],
    ]);
    expect(s.map((x) => x.zh)).toEqual(['从主入口进门后向左前方走约20米', '在第一等候区向右前方走，再走约15米', '到达5号窗口，目的地在您前方']);
    expect(s.map((x) => x.en)).toEqual([
      'Come in through the main entrance, bear left and walk about 20 metres',
      'Bear right at Waiting area 1 and walk about 15 metres',
      'You have arrived at Counter 5. Your destination is ahead of you',
    ]);
    expect(s[0].zh).not.toContain('直行');
  });

  it('to window 31 on foot: bears left twice, the west stairs, and turns left stepping off them', () => {
    const { s } = steps('f2-counter-07', false);
    expect(s.map((x) => x.zh)).toEqual([
      '从主入口进门后向左前方走约15米',
      '在咨询导办区（门厅）向左前方走，再走约20米到西楼梯',
      '走西楼梯上到2楼',
      '出西楼梯后左转，再走约20米',
      '到达31号窗口，目的地在您左侧',
    ]);
    expect(s.map((x) => x.en)).toEqual([
      'Come in through the main entrance, bear left and walk about 15 metres',
      'Bear left at the consultation and entrance hall and walk about 20 metres to the west stairs',
      'Take the west stairs up to floor 2',
      'Leave the west stairs, turn left and walk about 20 metres',
      'You have arrived at Counter 31. Your destination is on your left',
    ]);
  });

  it('to window 31 by wheelchair: the accessible elevator instead of the stairs', () => {
    const { s } = steps('f2-counter-07', true);
    const zh = s.map((x) => x.zh);
    expect(zh).toContain('乘无障碍电梯到2楼');
    expect(zh.join()).not.toContain('楼梯');
    expect(s.map((x) => x.en)).toContain('Take the accessible elevator to floor 2');
    expect(zh[zh.length - 1]).toBe('到达31号窗口，目的地在您左侧');
  });
});

describe('routeSteps over live routes (src/nav)', () => {
  const doc = county();
  it('a walking route to floor 2 has one floor change; the wheelchair one takes the elevator', () => {
    const g = navFor(doc);
    for (const accessible of [false, true]) {
      const r = route(g, { floorId: 'F1', p: [32, 1] }, { floorId: 'F2', p: [20.4, 29] }, { accessible });
      expect(r).not.toBeNull();
      const steps = routeSteps(doc, { points: r!.points, links: r!.links, from: ENTERING, to: { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] } }, docWayfinding(doc));
      expect(steps[0].zh.startsWith('从主入口进门后')).toBe(true);
      expect(steps.filter((s) => s.kind === 'link').length).toBe(1);
      expect(steps[steps.length - 1].kind).toBe('arrive');
      if (accessible) expect(steps.find((s) => s.kind === 'link')!.zh).toBe('乘无障碍电梯到2楼');
    }
  });
});

describe('S-bends', () => {
  it('a short bear left straight after which the path bears back right is walking on', () => {
    // 20 m north-east, 6 m bearing 39° more to the left, then back to 5° off the first heading for 8 m.
    const h = (deg: number, d: number, p: P): P => [p[0] + d * Math.cos((deg * Math.PI) / 180), p[1] + d * Math.sin((deg * Math.PI) / 180)];
    const a: P = [0, 0];
    const b = h(136, 20, a);
    const c = h(175, 6, b);
    const d = h(140, 8, c);
    const legs = legsOf([a, b, c, d]);
    expect(legs.length).toBe(1);
    expect(legs[0].length).toBeCloseTo(34, 0);
    // A real turn back is kept: the same path with the last bend a right turn.
    const e = h(90, 8, c);
    expect(legsOf([a, b, c, e]).length).toBe(3);
  });
});
