import { describe, expect, it } from 'vitest';
import { History } from '../../../src/core/history';
import { addElements, moveElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { emptyDocument } from '../../../src/core/document';
import { getElement } from '../../../src/core/query';

const seat = (id: string) => KINDS.point.create({ id, pointKind: 'seat', position: [0, 0] });

describe('History', () => {
  it('undo and redo walk the entries; a new command clears redo', () => {
    const start = emptyDocument();
    const h = new History(start);
    h.execute(addElements('F1', [seat('a')]));
    h.execute(addElements('F1', [seat('b')]));
    expect(h.undo()).toBe(true);
    expect(getElement(h.doc, 'b')).toBeUndefined();
    expect(h.state().canRedo).toBe(true);
    expect(h.redo()).toBe(true);
    expect(getElement(h.doc, 'b')).toBeDefined();
    h.undo();
    h.undo();
    expect(h.doc).toEqual(start);
    expect(h.undo()).toBe(false);
    h.redo();
    h.execute(addElements('F1', [seat('c')]));
    expect(h.state().canRedo).toBe(false);
  });

  it('a drag is one entry however many moves it has; cancel restores the start', () => {
    const h = new History(emptyDocument());
    h.execute(addElements('F1', [seat('a')]));
    const before = h.doc;
    h.beginGesture('移动 / Move');
    for (let i = 0; i < 30; i++) h.execute(moveElements(['a'], [0.1, 0]));
    expect(h.state().canUndo).toBe(false);
    h.endGesture();
    expect(h.labels().past).toEqual(['添加 / Add', '移动 / Move']);
    const p = getElement(h.doc, 'a');
    expect(p?.kind === 'point' && p.position[0]).toBeCloseTo(3);
    h.undo();
    expect(h.doc).toEqual(before);
    h.redo();
    expect(getElement(h.doc, 'a')).toEqual(p);

    h.beginGesture('move');
    h.execute(moveElements(['a'], [5, 5]));
    h.cancelGesture();
    expect(getElement(h.doc, 'a')).toEqual(p);
    expect(h.labels().past.length).toBe(2);
  });

  it('an empty gesture leaves no entry; a failing command changes nothing', () => {
    const h = new History(emptyDocument());
    h.beginGesture('nothing');
    h.endGesture();
    expect(h.labels().past).toEqual([]);
    const d = h.doc;
    expect(() => h.execute(moveElements(['missing'], [1, 1]))).toThrow();
    expect(h.doc).toBe(d);
  });

  it('notifies subscribers', () => {
    const h = new History(emptyDocument());
    const seen: boolean[] = [];
    h.subscribe((s) => seen.push(s.canUndo));
    h.execute(addElements('F1', [seat('a')]));
    h.undo();
    expect(seen).toEqual([true, false]);
  });
});
