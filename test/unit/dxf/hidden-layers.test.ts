/**
 * Layers the drawing turns off or freezes are proposed as "ignore" (the author does not show them on the plan),
 * and the user can still choose them. "Frozen in new viewports" (flag 2) is not frozen: A_000217 sets it on
 * its WALL layer, which is plainly on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDxf, importDxf } from '../../../src/dxf';
import { hallToDxf } from '../../fixtures/cad-plan';
import { corpusFile, hasCorpus } from './corpus';

const county = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8'));
/** The county drawing with a layer record's flags (group 70) and colour (group 62) set. */
function withLayer(text: string, name: string, flags: number, colour: number): string {
  const rec = `LAYER\n2\n${name}\n70\n0\n62\n7\n`;
  expect(text).toContain(rec);
  return text.replace(rec, `LAYER\n2\n${name}\n70\n${flags}\n62\n${colour}\n`);
}

describe('layers off or frozen in the drawing', () => {
  const text = withLayer(withLayer(withLayer(hallToDxf(county), '家具', 1, 7), '标注', 0, -7), '轴线', 2, 7);
  const bytes = new TextEncoder().encode(text);

  it('are proposed as ignore, saying why; a layer only frozen in new viewports keeps its role', () => {
    const layers = analyseDxf(bytes, { fileName: 'county.dxf' }).analysis.layers;
    const of = (n: string) => layers.find((l) => l.name === n);
    expect(of('家具')).toMatchObject({ role: 'ignore', by: 'hidden', hidden: 'frozen' });
    expect(of('标注')).toMatchObject({ role: 'ignore', by: 'hidden', hidden: 'off' });
    expect(of('轴线')).toMatchObject({ role: 'axis' });
    expect(of('轴线')?.hidden).toBeUndefined();
    expect(of('墙')).toMatchObject({ role: 'wall', by: 'name' });
  });

  it('import leaves the frozen furniture out unless the user chooses its role', () => {
    const plain = importDxf(new TextEncoder().encode(hallToDxf(county)), { fileName: 'county.dxf' });
    const hidden = importDxf(bytes, { fileName: 'county.dxf' });
    expect(plain.stats.elements.obstacle).toBeGreaterThan(0);
    expect(hidden.stats.elements.obstacle).toBeLessThan(plain.stats.elements.obstacle);
    const chosen = importDxf(bytes, { fileName: 'county.dxf', layers: { 家具: 'furniture' } });
    expect(chosen.stats.elements.obstacle).toBe(plain.stats.elements.obstacle);
  });

  it.skipIf(!hasCorpus)('A_000217: WALL and GRIDLINES (flag 2) are not taken for frozen', () => {
    const layers = analyseDxf(corpusFile('dxf-json_A_000217.dxf'), { fileName: 'A_000217.dxf' }).analysis.layers;
    expect(layers.filter((l) => l.hidden)).toEqual([]);
    expect(layers.find((l) => l.name === 'WALL')?.role).toBe('wall');
  });
});
