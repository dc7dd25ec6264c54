import { hypot2 } from '../../../src/core/geometry/vec';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { navFor, route } from '../../../src/nav';
import { exportNavMap, jsonForScript } from '../../../src/nav/export/navmap';
import { buildNavMapData, pinyinKeys } from '../../../src/nav/export/navdata';
import { pageGraph, pageRoute } from '../../../src/navapp/router';
import { walkMinWidth } from '../../../src/rules/util';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

const inline = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

describe('exportNavMap', () => {
  const doc = county();

  it('is one file whose CSP allows exactly its own script and style, and nothing from the network', async () => {
    const html = await exportNavMap(...navMapArgs(doc));
    expect(new TextEncoder().encode(html).length).toBeLessThan(500 * 1024);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('connect-src');
    expect(csp).not.toContain('unsafe');
    const scripts = inline(html, /<script>([\s\S]*?)<\/script>/g);
    expect(scripts.length).toBe(1);
    const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${sha(scripts[0])}'`);
    const styles = inline(html, /<style>([\s\S]*?)<\/style>/g);
    expect(styles.length).toBe(1);
    expect(csp).toContain(`style-src 'sha256-${sha(styles[0])}'`);
    expect(html).not.toMatch(/\s(src|href)=["']?(https?:)?\/\//i);
  });

  it('embeds hostile text as data that cannot close its script block', async () => {
    const evil = structuredClone(doc);
    const zone = evil.floors[0].elements.find((e) => e.id === 'f1-zone-07')!;
    const name = '</script><script>alert(1)</script>&amp;\u2028\u2029';
    zone.name = name;
    const html = await exportNavMap(...navMapArgs(evil));
    const block = /<script type="application\/json" id="navdata">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(block) as ReturnType<typeof buildNavMapData>;
    expect(data.floors[0].zones.find((z) => z.id === 'f1-zone-07')!.name).toBe(name);
    expect(jsonForScript('<>&\u2028')).toBe('"\\u003c\\u003e\\u0026\\u2028"');
  });

  it('computes pinyin keys at export time', () => {
    expect(pinyinKeys('综合受理')).toBe('zhsl zongheshouli');
    const d = buildNavMapData(...navMapArgs(doc)).dests.find((x) => x.id === 'f1-counter-02')!;
    expect(d.zh).toBe('1号窗口（综合受理窗口）');
    expect(d.py).toContain('zhslck');
  });
});

describe('in-page router agrees with src/nav', () => {
  const doc = county();
  const data = buildNavMapData(...navMapArgs(doc));
  const pg = pageGraph(data);
  const g = navFor(doc);
  const cases: [string, [number, number], string, [number, number]][] = [
    ['F1', [32, 1], 'F1', [16.8, 29]],
    ['F1', [32, 1], 'F2', [20.4, 29]],
    ['F1', [59.2, 17], 'F2', [40, 10]],
    ['F2', [4.8, 19.5], 'F1', [50, 10]],
  ];
  for (const accessible of [false, true])
    for (const [fa, a, fb, b] of cases)
      it(`${fa}${a} → ${fb}${b}${accessible ? ' (wheelchair)' : ''}`, () => {
        const ours = pageRoute(pg, { floorId: fa, p: a }, { floorId: fb, p: b }, accessible);
        const ref = route(g, { floorId: fa, p: a }, { floorId: fb, p: b }, accessible ? { accessible } : { minWalkWidth: walkMinWidth(doc) });
        expect(!!ours).toBe(!!ref);
        if (!ours || !ref) return;
        expect(ours.links).toEqual(ref.links);
        const walk = (pts: { floorId: string; p: [number, number] }[]) =>
          pts.reduce((s, p, i) => (i && pts[i - 1].floorId === p.floorId ? s + hypot2(p.p[0] - pts[i - 1].p[0], p.p[1] - pts[i - 1].p[1]) : s), 0);
        expect(Math.abs(ours.length - walk(ref.points as never))).toBeLessThan(1);
        if (accessible) expect(ours.links.every((l) => !l.includes('stair'))).toBe(true);
      });

  it('reports a wheelchair dead end as no route', () => {
    const d = structuredClone(doc);
    d.floors[0].elements = d.floors[0].elements.filter((e) => e.id !== 'f1-elevator-01');
    const pg2 = pageGraph(buildNavMapData(...navMapArgs(d)));
    expect(pageRoute(pg2, { floorId: 'F1', p: [32, 1] }, { floorId: 'F2', p: [20.4, 29] }, true)).toBeNull();
    expect(pageRoute(pg2, { floorId: 'F1', p: [32, 1] }, { floorId: 'F2', p: [20.4, 29] }, false)).not.toBeNull();
  });
});
