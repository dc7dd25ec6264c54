/** `halltwin import FILE.dxf -o OUT.hall.json [--units] [--layers] [--frames]`: exit codes and messages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/import';
import { parseHallText } from '../../../src/core/io';
import { hallToDxf } from '../../fixtures/cad-plan';
import { gridHall } from '../../fixtures/grid-hall';
import { hasCorpus } from '../dxf/corpus';
import { fakeIO } from './fake-io';

const county = JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'));
const dxf = hallToDxf(county);
/** The sample's second floor drawn on the 家具 layer: each piece comes back as one obstacle. */
const upperFurniture = county.floors[1].elements.filter((e: { kind: string }) => e.kind === 'obstacle').length;

describe('halltwin import FILE.dxf', () => {
  it('writes a valid hall and says what it found', async () => {
    const io = fakeIO({ 'county.dxf': dxf });
    expect(await run(['county.dxf', '-o', 'out.hall.json'], io)).toBe(0);
    const r = parseHallText(String(io.written.get('out.hall.json')));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.doc.floors.map((f) => f.name)).toEqual(['1F 一层平面图', '2F 二层平面图']);
    expect(io.stdout.join('\n')).toMatch(/2 floor\(s\), \d+ walls, 25 doors, 40 zones \(40 named\).*unit mm \(header\)/);
  });

  it('says which grid axes the floors were lined up on', async () => {
    const io = fakeIO({ 'grid.dxf': hallToDxf(gridHall) });
    expect(await run(['grid.dxf', '-o', 'grid.hall.json'], io)).toBe(0);
    expect(io.stderr.join('\n')).toMatch(/note: floors lined up on grid axes 2–4, A–C/);
  });

  it('--frames picks plans; --layers overrides a role; --units forces the unit', async () => {
    const io = fakeIO({ 'county.dxf': dxf });
    expect(await run(['county.dxf', '-o', 'one.hall.json', '--frames', '2', '--layers', 'other=家具'], io)).toBe(0);
    const r = parseHallText(String(io.written.get('one.hall.json')));
    expect(r.ok && r.doc.floors.map((f) => [f.name, f.storey])).toEqual([['2F 二层平面图', 2]]);
    expect(r.ok && r.doc.floors[0].elements.filter((e) => e.kind === 'obstacle').length).toBe(upperFurniture);
    const io2 = fakeIO({ 'county.dxf': dxf });
    expect(await run(['county.dxf', '-o', 'x.hall.json', '--units', 'm'], io2)).toBe(2);
    expect(io2.stderr.join('\n')).toMatch(/too large for a building; check the unit/);
  });

  it('--layers names a layer the drawing does not have: exit 2 naming its layers; another case is the same layer', async () => {
    const io = fakeIO({ 'county.dxf': dxf });
    expect(await run(['county.dxf', '-o', 'x.hall.json', '--layers', 'walls=墙体,other=家具'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--layers: no layer 墙体 in the drawing \(its layers: .*墙.*家具/);
    expect(io.written.has('x.hall.json')).toBe(false);
    const plan = dxf.replace(/\n家具\r?\n/g, '\nFurniture\n');
    const io2 = fakeIO({ 'plan.dxf': plan });
    expect(await run(['plan.dxf', '-o', 'y.hall.json', '--frames', '2', '--layers', 'other=FURNITURE'], io2)).toBe(0);
    const r = parseHallText(String(io2.written.get('y.hall.json')));
    expect(r.ok && r.doc.floors[0].elements.filter((e) => e.kind === 'obstacle').length).toBe(upperFurniture);
  });

  it('bad options and files exit 2 with a reason', async () => {
    const cases: [string[], RegExp][] = [
      [['county.dxf', '-o', 'x', '--units', 'parsec'], /--units: "parsec" is not one of mm, cm, m, in, ft/],
      [['county.dxf', '-o', 'x', '--layers', 'walls'], /--layers: "walls" is not ROLE=LAYER/],
      [['county.dxf', '-o', 'x', '--layers', 'roofs=R'], /unknown role "roofs"/],
      [['county.dxf', '-o', 'x', '--frames', '3'], /has 2 plan frame\(s\), numbered 1 to 2/],
      [['plan.dwg', '-o', 'x'], /DWG is not read.*save the drawing as DXF/],
      [['empty.dxf', '-o', 'x'], /empty\.dxf: the file is empty/],
    ];
    for (const [args, re] of cases) {
      const io = fakeIO({ 'county.dxf': dxf, 'empty.dxf': '' });
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.join('\n')).toMatch(re);
      expect(io.written.size).toBe(0);
    }
  });

  it.skipIf(!hasCorpus)('the non-plan flange exits 2 naming its layers', async () => {
    const io = fakeIO();
    expect(await run(['../shared/dxf/qcad_flange.dxf', '-o', 'x'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/no layer holds walls/);
  });
});
