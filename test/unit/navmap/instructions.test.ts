import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { navFor, route } from '../../../src/nav';
import { distanceEn, distanceZh, roundDistance, routeSteps, turnKind } from '../../../src/nav/instructions';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const MAIN = { zh: '主入口', en: 'the main entrance' };


describe('distances the way people say them', () => {
  it('rounds by band', () => {
    expect([3, 7.4, 12, 13, 47, 51, 126].map(roundDistance)).toEqual([3, 7, 10, 15, 45, 50, 130]);
    expect(distanceZh(3)).toBe('几步');
    expect(distanceEn(3)).toBe('a few steps');
    expect(distanceZh(7.4)).toBe('约7米');
    expect(distanceEn(23)).toBe('about 25 metres');
  });
  it('classifies turns and ignores those under 30°', () => {
    expect([10, -29, 40, 90, 150, -40, -90, -170].map(turnKind)).toEqual(['straight', 'straight', 'slight-left', 'left', 'sharp-left', 'slight-right', 'right', 'sharp-right']);
  });
});

type P = [number, number];
const F = (floorId: string, ...ps: P[]) => ps.map((p) => ({ floorId, p }));

describe('routeSteps on fixed routes in the county hall (golden text)', () => {
  const doc = county();
  const run = (points: { floorId: string; p: P }[], links: string[], to: { zh: string; en: string; position: P }) => {
    const steps = routeSteps(doc, { points, links, from: MAIN, to });
    return { steps, zh: steps.map((s) => s.zh), en: steps.map((s) => s.en) };
  };

  it('same floor: main entrance to counter 5, a 20° wiggle ignored, turn at the AED', () => {
    const { zh, en, steps } = run(F('F1', [32, 0.5], [32.3, 6.8], [32, 12.5], [17, 12.5], [16.8, 28.8]), [], { zh: '5号窗口', en: 'counter 5', position: [16.8, 30.2] });
    expect(zh).toEqual(['从主入口出发，向前直行约10米', '在自动体外除颤器处左转，再走约15米', '右转，再走约15米', '到达5号窗口，目的地在您前方']);
    expect(en).toEqual([
      'Head straight from the main entrance for about 10 metres',
      'Turn left at the AED and walk about 15 metres',
      'Turn right and walk about 15 metres',
      'You have arrived at counter 5. Your destination is ahead',
    ]);
    expect(steps[1].landmarkId).toBe('f1-aed-01');
  });

  it('floor change by the west stairs to counter 32', () => {
    const { zh, en } = run([...F('F1', [32, 0.5], [32, 12.5], [6, 12.5], [4.5, 17]), ...F('F2', [4.5, 17], [6, 26.5], [20.4, 26.5], [20.4, 28.8])], ['f1-stair-01'], { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] });
    expect(zh).toEqual([
      '从主入口出发，向前直行约10米',
      '在自动体外除颤器处左转，再走约30米',
      '走楼梯上到2楼',
      '出楼梯后向前直行约10米',
      '在专业窗口服务区右转，再走约15米',
      '到达32号窗口，目的地在您左侧',
    ]);
    expect(en).toEqual([
      'Head straight from the main entrance for about 10 metres',
      'Turn left at the AED and walk about 30 metres',
      'Take the stairs up to floor 2',
      'Leave the stairs and go straight for about 10 metres',
      'Turn right at the counter service area and walk about 15 metres',
      'You have arrived at counter 32. Your destination is on your left',
    ]);
  });

  it('wheelchair route: the elevator instead of the stairs', () => {
    const { zh, en } = run([...F('F1', [32, 0.5], [32, 12.5], [6, 12.5], [4.5, 22.2]), ...F('F2', [4.5, 22.2], [6, 26.5], [20.4, 26.5], [20.4, 28.8])], ['f1-elevator-01'], { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] });
    expect(zh).toEqual([
      '从主入口出发，向前直行约10米',
      '在自动体外除颤器处左转，再走约25米',
      '右转，再走约10米',
      '乘电梯到2楼',
      '出电梯后向前直行几步',
      '在专业窗口服务区右转，再走约15米',
      '到达32号窗口，目的地在您左侧',
    ]);
    expect(en).toEqual([
      'Head straight from the main entrance for about 10 metres',
      'Turn left at the AED and walk about 25 metres',
      'Turn right and walk about 10 metres',
      'Take the elevator to floor 2',
      'Leave the elevator and go straight for a few steps',
      'Turn right at the counter service area and walk about 15 metres',
      'You have arrived at counter 32. Your destination is on your left',
    ]);
  });

  it('slight turn and arrival on the left: the accessible toilet', () => {
    const { zh, en } = run(F('F1', [32, 0.5], [32, 12.5], [50, 12.5], [52.5, 9.5], [55.5, 9.5]), [], { zh: '无障碍卫生间', en: 'the accessible toilet', position: [58, 11] });
    expect(zh).toEqual(['从主入口出发，向前直行约10米', '在自动体外除颤器处右转，再走约20米', '向右前方走，再走约7米', '到达无障碍卫生间，目的地在您左侧']);
    expect(en[2]).toBe('Bear right and walk about 7 metres');
    expect(en[3]).toBe('You have arrived at the accessible toilet. Your destination is on your left');
  });

  it('names a counter already passed at a turn', () => {
    // East along the counter row past counter 09 (21.6, 30.2), then a right turn south at x = 23.
    const steps = routeSteps(doc, { points: F('F1', [11, 28.5], [23, 28.5], [23, 20]), links: [], to: { zh: '服务台', en: 'the desk', position: [21, 20] } });
    expect(steps.map((s) => s.zh)).toEqual(['向前直行约10米', '经过10号窗口后右转，再走约9米', '到达服务台，目的地在您右侧']);
    expect(steps[1].en).toBe('After counter 10, turn right and walk about 9 metres');
  });

  it('merges a short jog into the walk (no step for < 3 m legs)', () => {
    const steps = routeSteps(doc, { points: F('F1', [32, 0.5], [32, 6], [33.5, 6], [33.5, 12.5]), links: [], to: { zh: 'x', en: 'x', position: [33.5, 14] } });
    expect(steps.map((s) => s.kind)).toEqual(['depart', 'arrive']);
  });
});

describe('routeSteps over live routes (src/nav)', () => {
  const doc = county();
  it('a walking route to floor 2 has one floor change; the wheelchair one takes the elevator', () => {
    const g = navFor(doc);
    for (const accessible of [false, true]) {
      const r = route(g, { floorId: 'F1', p: [32, 1] }, { floorId: 'F2', p: [20.4, 29] }, { accessible });
      expect(r).not.toBeNull();
      const steps = routeSteps(doc, { points: r!.points, links: r!.links, from: MAIN, to: { zh: '32号窗口', en: 'counter 32', position: [20.4, 30.2] } });
      expect(steps[0].zh.startsWith('从主入口出发')).toBe(true);
      expect(steps.filter((s) => s.kind === 'link').length).toBe(1);
      expect(steps[steps.length - 1].kind).toBe('arrive');
      if (accessible) expect(steps.find((s) => s.kind === 'link')!.zh).toBe('乘电梯到2楼');
    }
  });
});
