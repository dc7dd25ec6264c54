/**
 * The README's recipe for an export, proven with a fixture export (a room list, test/fixtures/exports/rooms.ts): its
 * module plus one registry line, and the command line offers it with a flag per option and per input it reads
 * (`reads`), checks the options, hands it what it reads, and writes its file. The editor's menu is generated from the
 * same list (test/e2e/exports.test.ts runs every entry of it).
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeIO } from './fake-io';

vi.mock('../../../src/exports/registry', async (orig) => {
  const shipped = await orig<typeof import('../../../src/exports/registry')>();
  const { roomsExport } = await import('../../fixtures/exports/rooms');
  const EXPORTS = [...shipped.EXPORTS, roomsExport];
  return { ...shipped, EXPORTS, exportById: (id: string) => EXPORTS.find((d) => d.id === id) };
});

const { run } = await import('../../../src/cli/export');
const county = resolve(import.meta.dirname, '../../../models/county-hall.hall.json');

describe('an export added as its module plus one registry line', () => {
  it('is listed by `halltwin export` with its flags: its options, and --compare because it reads another version', async () => {
    const io = fakeIO();
    expect(await run([], io)).toBe(2);
    const usage = io.stderr.join('\n');
    expect(usage).toMatch(/<navmap\|.*\|ifc\|rooms>/);
    expect(usage).toMatch(/\n {2}rooms +FILE\(\.hall\.json\|\.ifc\) -o OUT\.csv \[--sep ,\|;\] \[--compare OLD\.hall\.json\|\.ifc\]\n/);
    expect(usage).toContain('Room list (CSV) / 房间清单（CSV）');
    // --original is the IFC export's, which reads the original model; the room list does not.
    expect(usage).toMatch(/ifc +FILE\(\.hall\.json\|\.ifc\) -o OUT\.ifc \[--original MODEL\.ifc\]/);
  });

  it('runs with its option and the other version it reads, and writes its file', async () => {
    const io = fakeIO();
    expect(await run(['rooms', county, '-o', 'rooms.csv', '--sep', ';', '--compare', county], io)).toBe(0);
    const csv = String(io.written.get('rooms.csv'));
    expect(csv.split('\n')[0]).toBe('# compared with county-hall.hall.json');
    expect(csv).toMatch(/^F1;f1-zone-01;\S+$/m);
    expect(csv.split('\n').length).toBeGreaterThan(20);
  });

  it('refuses an option outside its choices, saying which, and writes nothing', async () => {
    const io = fakeIO();
    expect(await run(['rooms', county, '-o', 'rooms.csv', '--sep', 'x'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/sep/);
    expect(io.written.size).toBe(0);
  });

  it('an export that does not read another version ignores --compare', async () => {
    const io = fakeIO();
    expect(await run(['geojson', county, '-o', 'f.geojson', '--compare', '/nonexistent.hall.json'], io)).toBe(0);
    expect(io.written.has('f.geojson')).toBe(true);
  });
});
