/**
 * Which drawing texts name rooms: a line of a stacked note is part of the note even where it reads as a name alone,
 * and names written as abbreviations with stops (W.I.C.) are names.
 */
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { isRoomName, joinNames, roomNameLabels } from '../../../src/dxf/names';
import type { Label } from '../../../src/dxf/types';
import { corpusFile, hasCorpus } from './corpus';

const label = (text: string, x: number, y: number, height = 0.15, layer = 'TEXT'): Label => ({ text, x, y, height, layer, ins: -1 });

describe('room-name labels', () => {
  it('the last line of a note stacked as separate TEXTs is not a name, though it would read as one alone', () => {
    const note = ['5/8" TYPE "X" GYP. BD. ON CEILING', 'AND WALL BETWEEN GARAGE AND', 'HOUSE, ALSO ON BEARING WALLS', 'FOR ROOFS. R-309.2'].map((t, i) => label(t, 0, -0.25 * i));
    expect(isRoomName('FOR ROOFS. R-309.2')).toBe(true);
    const garage = label('2 CAR GARAGE', 0.6, -2, 0.18);
    expect(roomNameLabels([...note, garage])).toEqual([garage]);
  });

  it('a two-line name stays a name, and so does a name beside a note that is not its paragraph', () => {
    const porch = [label('COVERED', 0, 0), label('PORCH', 0, -0.25)];
    // Beside it on another layer, of another height, or far below: not one paragraph.
    const others = [
      label('HOUSE, ALSO ON BEARING WALLS', 0, 0.25, 0.15, 'NOTES'),
      label('AND WALL BETWEEN GARAGE AND', 0, -0.5, 0.3),
      label('PROVIDE 20 MIN. DOOR W/ SELF CLOSING HINGES', 0, -2),
    ];
    expect(roomNameLabels([...porch, ...others])).toEqual(porch);
  });

  it('abbreviations with stops name rooms; a lone letter with a stop does not', () => {
    expect(isRoomName('W.I.C.')).toBe(true);
    expect(isRoomName('A.')).toBe(false);
  });

  it("an open plan holding six rooms' names keeps every one, in reading order", () => {
    const rooms = ['DINING ROOM', 'GREAT ROOM', 'HALL', 'KITCHEN', 'CLO.', 'ENTRY'].map((t, i) => label(t, i % 3, -Math.floor(i / 3), 0.2));
    expect(joinNames(rooms)).toBe('DINING ROOM GREAT ROOM HALL KITCHEN CLO. ENTRY');
  });

  it('names past the 120 characters a zone name holds are left out whole, not cut', () => {
    const rooms = Array.from({ length: 12 }, (_, i) => label(`CONFERENCE ROOM ${i + 1}`, i, 0));
    const joined = joinNames(rooms);
    expect(joined.length).toBeLessThanOrEqual(120);
    expect(joined.endsWith('CONFERENCE ROOM 6')).toBe(true);
  });

  it.skipIf(!hasCorpus)('bjnortier floor plan: the open plan keeps ENTRY among its names', () => {
    const r = importDxf(corpusFile('bjnortier-dxf_floorplan.dxf'), { fileName: 'bjnortier-dxf_floorplan.dxf' });
    const names = r.doc.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'zone' ? [e.name ?? ''] : [])));
    const open = names.find((n) => n.includes('GREAT ROOM'));
    expect(open).toContain('KITCHEN');
    expect(open).toContain('ENTRY');
  });

  it.skipIf(!hasCorpus)('bjnortier floor plan: the garage is named "2 CAR GARAGE" alone, the walk-in closets W.I.C.', () => {
    const r = importDxf(corpusFile('bjnortier-dxf_floorplan.dxf'), { fileName: 'bjnortier-dxf_floorplan.dxf' });
    const names = r.doc.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'zone' ? [e.name ?? ''] : [])));
    expect(names).toContain('2 CAR GARAGE');
    expect(names.join(' | ')).not.toMatch(/ROOFS|R-309/);
    expect(names.filter((n) => n === 'W.I.C.')).toHaveLength(2);
  });
});
