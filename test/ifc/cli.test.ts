/** `halltwin import`, `halltwin export ifc` and `halltwin check FILE.ifc` through main() with a fake CliIO. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { parseHallText } from '../../src/core/io';
import { fakeIO } from '../unit/cli/fake-io';
import { HAVE_CORPUS, IFC_DIR, ROOT } from './corpus';

const FZK = resolve(IFC_DIR, 'AC20-FZK-Haus.ifc');
const SAMPLE = resolve(ROOT, 'models/county-hall.hall.json');
const text = (d: string | Uint8Array | undefined) => (typeof d === 'string' ? d : new TextDecoder().decode(d));

describe('halltwin import / export ifc', () => {
  it.skipIf(!HAVE_CORPUS)('import FILE.ifc -o OUT.hall.json writes a valid hall', async () => {
    const io = fakeIO();
    expect(await main(['import', FZK, '-o', 'out.hall.json'], io)).toBe(0);
    const res = parseHallText(text(io.written.get('out.hall.json')));
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.doc.floors).toHaveLength(2);
    expect(io.stdout.join('\n')).toMatch(/2 floors, 7 zones/);
  });

  it('import of a non-IFC file exits 2 with the reason', async () => {
    const io = fakeIO({ 'fake.ifc': '{"format":"halltwin"}' });
    expect(await main(['import', 'fake.ifc', '-o', 'x.hall.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/fake\.ifc: not an IFC \(STEP\) file: it looks like JSON/);
    expect(io.written.size).toBe(0);
  });

  it('import without -o is a usage error', async () => {
    const io = fakeIO();
    expect(await main(['import', 'a.ifc'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/usage: halltwin import/);
  });

  it.skipIf(!existsSync(SAMPLE))('export ifc FILE.hall.json -o OUT.ifc, and the result imports back', async () => {
    const io = fakeIO();
    expect(await main(['export', 'ifc', SAMPLE, '-o', 'hall.ifc'], io)).toBe(0);
    const ifc = io.written.get('hall.ifc');
    expect(text(ifc)).toMatch(/^ISO-10303-21;/);
    const io2 = fakeIO({ 'hall.ifc': ifc as Uint8Array });
    expect(await main(['import', 'hall.ifc', '-o', 'again.hall.json'], io2)).toBe(0);
    const res = parseHallText(text(io2.written.get('again.hall.json')));
    expect(res.ok && res.doc.floors.map((f) => f.id)).toEqual(['F1', 'F2']);
  });

  it.skipIf(!HAVE_CORPUS || !existsSync(resolve(ROOT, 'src/cli/check.ts')))('check FILE.ifc runs the rules on the imported model', async () => {
    const io = fakeIO();
    // A house is not a service hall: errors (exit 1), each with its rule and clause, on the model's own doors too.
    expect(await main(['check', FZK], io)).toBe(1);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^Projekt-FZK-Haus — hunan \/ county/);
    expect(out).toMatch(/\[access\.door-width\] GB \d+/);
    const io2 = fakeIO();
    expect(await main(['check', FZK, '--json'], io2)).toBe(1);
    const res = JSON.parse(io2.stdout.join('\n')) as {
      score: { errors: number; applied: number };
      findings: { ruleId: string; clause: string; elementIds: string[]; floorId?: string }[];
    };
    expect(res.score.errors).toBeGreaterThan(0);
    expect(res.score.applied).toBeGreaterThan(30);
    expect(res.findings.every((f) => f.clause.length > 0)).toBe(true);
    // The imported doors narrower than the preset's clear width are named, on their floor.
    const doors = res.findings.filter((f) => f.ruleId === 'access.door-width');
    expect(doors.length).toBeGreaterThan(0);
    expect(doors.every((f) => f.elementIds.every((id) => id.startsWith('door-')) && f.floorId === 'F1')).toBe(true);
  });
});
