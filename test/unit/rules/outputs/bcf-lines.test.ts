/**
 * A finding about a stretch of the plan (a back office open to the hall for 6 m) carries that stretch into its BCF
 * viewpoint as `<Lines>`, at the plan's cut height above its floor, valid against buildingSMART's 2.1 visinfo.xsd; the
 * 3.0 viewpoint writes the same lines; findings without a stretch carry none.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { checkHall } from '../../../../src/rules';
import { exportBcf } from '../../../../src/rules/bcf';
import { ROOT } from '../../core/helpers';
import { box, oneFloor, wall, zone } from '../scenarios/hall';

const doc = oneFloor('hunan', [zone('back-office', box(0, 14, 10, 20), { id: 'bo' }), wall([0, 14], [10, 14], { id: 'w-s' })]);
doc.floors[0].elevation = 4.5;
const result = checkHall(doc);
const open = result.findings.find((f) => f.stretches?.length);

/** Every viewpoint.bcfv of the export. */
function viewpoints(version: '2.1' | '3.0'): string[] {
  const zip = unzipSync(exportBcf(doc, result, { version, date: new Date('2026-12-06T10:00:00Z') }));
  return Object.keys(zip)
    .filter((k) => k.endsWith('/viewpoint.bcfv'))
    .map((k) => strFromU8(zip[k]));
}
const numbers = (xml: string) => [...xml.matchAll(/<([XYZ])>([^<]+)<\/\1>/g)].map((m) => Number(m[2]));

describe('BCF viewpoint lines for an open stretch', () => {
  it('the open-boundary finding has a stretch to carry', () => {
    expect(open?.message.zh).toContain('6.0 m 边界没有墙');
  });

  for (const version of ['2.1', '3.0'] as const)
    it(`BCF ${version}: one line along the open 6 m, 1.2 m above its floor; other viewpoints carry no lines`, () => {
      const vps = viewpoints(version);
      const withLines = vps.filter((v) => v.includes('<Lines>'));
      expect(withLines).toHaveLength(1);
      const line = /<Lines>(.*)<\/Lines>/.exec(withLines[0])?.[1] ?? '';
      expect(line.match(/<Line>/g)).toHaveLength(1);
      const [sx, sy, sz, ex, ey, ez] = numbers(line);
      expect([sx, sy, ex, ey].map((v) => Math.round(v * 100) / 100).sort()).toEqual([10, 10, 14, 20].sort());
      expect([sz, ez]).toEqual([5.7, 5.7]);
      // after the camera, as both schemas order them
      expect(withLines[0].indexOf('</PerspectiveCamera><Lines>')).toBeGreaterThan(0);
    });

  it('the 2.1 viewpoint with lines is valid against visinfo.xsd', async () => {
    const xsd = readFileSync(resolve(ROOT, 'test/fixtures/bcf-xsd/2.1/visinfo.xsd'), 'utf8');
    const v = viewpoints('2.1').find((x) => x.includes('<Lines>')) ?? '';
    const r = await validateXML({ xml: [{ fileName: 'viewpoint.bcfv', contents: v }], schema: [{ fileName: 'visinfo.xsd', contents: xsd }] });
    expect(r.errors.map((e) => e.rawMessage ?? String(e))).toEqual([]);
    // the check can fail: lines before the camera break the schema's order
    const moved = v.replace(/(<PerspectiveCamera>.*<\/PerspectiveCamera>)(<Lines>.*<\/Lines>)/, '$2$1');
    const bad = await validateXML({ xml: [{ fileName: 'bad.bcfv', contents: moved }], schema: [{ fileName: 'visinfo.xsd', contents: xsd }] });
    expect(bad.valid).toBe(false);
  });
});
