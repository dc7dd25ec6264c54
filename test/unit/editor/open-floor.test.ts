/** A hall opens on its ground floor, not on whatever storey a BIM model lists first (often the foundation). */
import { describe, expect, it } from 'vitest';
import { emptyDocument, type Floor, type HallDocument } from '../../../src/core/document';
import { groundFloor } from '../../../src/core/query';
import { TestEditor } from './test-editor';

const floor = (id: string, storey: number, elevation: number): Floor => ({ id, name: id, storey, elevation, height: 3, elements: [] });
const hall = (floors: Floor[]): HallDocument => ({ ...emptyDocument('h'), floors });

describe('the floor a hall opens on', () => {
  it('is storey 1 when the foundation level comes first (a Revit model: T/FDN, Level 1, Level 2, Roof)', () => {
    const doc = hall([floor('B1', -1, -1.25), floor('F1', 1, 0), floor('F2', 2, 3.1), floor('F3', 3, 6)]);
    expect(groundFloor(doc)?.id).toBe('F1');
    const ed = new TestEditor(emptyDocument('x'));
    ed.openDocument(doc);
    expect(ed.floorId).toBe('F1');
  });

  it('without a storey 1, the floor nearest elevation 0; with one floor, that floor', () => {
    expect(groundFloor(hall([floor('B2', -2, -6), floor('B1', -1, -3), floor('F2', 2, 4)]))?.id).toBe('B1');
    expect(groundFloor(hall([floor('G', 5, 12)]))?.id).toBe('G');
    expect(groundFloor(hall([]))).toBeUndefined();
  });
});
