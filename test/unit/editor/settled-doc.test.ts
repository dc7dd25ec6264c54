/**
 * Panels read the settled document: during a drag it stays the hall as it was when the drag began (so lists and
 * counts do not re-render on every pointer move), and it follows the document again once the drag ends or is
 * cancelled; an edit outside a gesture settles at once.
 */
import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import { loadSample } from '../core/helpers';
import { findElement } from '../../../src/core/query';

const county = loadSample('county-hall');
const seat = county.floors[0].elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
const at = (seat as { position: [number, number] }).position;

describe('the settled document', () => {
  it('stays the document from before a drag while it runs, and is the dragged result after it', () => {
    const ed = new TestEditor(county);
    ed.use('select').move(at[0], at[1]).down(at[0], at[1], { hitId: seat.id });
    const before = ed.state.doc;
    ed.move(at[0] + 1, at[1]).move(at[0] + 2, at[1]);
    expect(ed.state.gesture).toBe(true);
    expect(ed.state.doc).not.toBe(before);
    expect(ed.state.settledDoc).toBe(before);
    ed.up(at[0] + 2, at[1]);
    expect(ed.state.gesture).toBe(false);
    expect(ed.state.settledDoc).toBe(ed.state.doc);
    expect((findElement(ed.state.settledDoc, seat.id)!.element as { position: [number, number] }).position[0]).toBeCloseTo(at[0] + 2, 5);
  });

  it('comes back to the starting document when a drag is cancelled with Escape, and follows an edit at once', () => {
    const ed = new TestEditor(county);
    ed.use('select')
      .move(at[0], at[1])
      .down(at[0], at[1], { hitId: seat.id })
      .move(at[0] + 1.5, at[1]);
    expect(ed.state.settledDoc).toBe(county);
    ed.key('Escape');
    expect(ed.state.gesture).toBe(false);
    expect(ed.state.doc).toBe(county);
    expect(ed.state.settledDoc).toBe(county);
    ed.select([seat.id]);
    ed.key('Delete');
    expect(ed.state.doc).not.toBe(county);
    expect(ed.state.settledDoc).toBe(ed.state.doc);
  });
});
