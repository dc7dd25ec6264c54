import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { getElement } from '../../../src/core/query';
import { createEditorStore } from '../../../src/editor/store';
import type { EditorState } from '../../../src/editor/types';
import { TestEditor } from './test-editor';

type S = { a: number; b: string; list: number[] };
const make = () => createEditorStore<S>(() => ({ a: 0, b: '', list: [] }));

/** Records every notification as [state, previous]. */
function recorder<T>(store: { subscribe(l: (s: T, p: T) => void): () => void }) {
  const calls: [T, T][] = [];
  store.subscribe((s, p) => void calls.push([s, p]));
  return calls;
}

describe('the editor store', () => {
  it('notifies on a change with the state before it, and not on a change to the same values', () => {
    const store = make();
    const calls = recorder(store);
    const first = store.getState();
    store.setState({ a: 1 });
    expect(calls).toEqual([[{ a: 1, b: '', list: [] }, first]]);
    store.setState({ a: 1 });
    store.setState((s) => ({ list: s.list }));
    expect(calls).toHaveLength(1);
    store.setState({ list: [] });
    expect(calls).toHaveLength(2);
    expect(store.getInitialState()).toBe(first);
  });

  it('a batch notifies once, after its last change, with the state from before the batch; reads inside see each change', () => {
    const store = make();
    const calls = recorder(store);
    const before = store.getState();
    const seen: number[] = [];
    const out = store.batch(() => {
      store.setState({ a: 1 });
      seen.push(store.getState().a);
      store.batch(() => store.setState({ b: 'x' }));
      expect(calls).toHaveLength(0);
      store.setState((s) => ({ a: s.a + 1 }));
      seen.push(store.getState().a);
      return 'done';
    });
    expect(out).toBe('done');
    expect(seen).toEqual([1, 2]);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toEqual({ a: 2, b: 'x', list: [] });
    expect(calls[0][1]).toBe(before);
    // A batch that changes nothing notifies no one; one that throws still notifies what it changed.
    store.batch(() => store.setState({ a: 2 }));
    expect(calls).toHaveLength(1);
    expect(() =>
      store.batch(() => {
        store.setState({ a: 3 });
        throw new Error('tool failed');
      }),
    ).toThrow('tool failed');
    expect(calls).toHaveLength(2);
    expect(calls[1][0].a).toBe(3);
  });

  it('replaces the whole state when asked, and stops notifying an unsubscribed listener', () => {
    const store = make();
    let n = 0;
    const stop = store.subscribe(() => n++);
    store.setState({ a: 5, b: 'r', list: [1] }, true);
    expect(store.getState()).toEqual({ a: 5, b: 'r', list: [1] });
    stop();
    store.setState({ a: 6 });
    expect(n).toBe(1);
  });

  it('property: batched or not, the same changes give the same state; a batch notifies at most once', () => {
    const change = fc.oneof(
      fc.record({ a: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ b: fc.constantFrom('', 'x', 'y') }),
      fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.constantFrom('', 'x') }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const plain = make();
        const batched = make();
        const plainCalls = recorder(plain);
        const calls = recorder(batched);
        for (const c of changes) plain.setState(c);
        batched.batch(() => {
          for (const c of changes) batched.setState(c);
        });
        expect(batched.getState()).toEqual(plain.getState());
        // One notification when any change changed something, none otherwise.
        expect(calls.length).toBe(plainCalls.length > 0 ? 1 : 0);
      }),
    );
  });
});

describe('the editor notifies once per pointer event', () => {
  it('each move of a seat drag is one notification carrying the moved seat, the cursor and the guides', () => {
    const ed = new TestEditor();
    ed.execute(addElements(ed.floorId, [KINDS.point.create({ id: 'seat-1', pointKind: 'seat', position: [2, 2] })]));
    ed.select(['seat-1']);
    const calls: [EditorState, EditorState][] = [];
    ed.store.subscribe((s, p) => void calls.push([s, p]));
    ed.down(2, 2, { hitId: 'seat-1' });
    const afterDown = calls.length;
    for (let k = 1; k <= 6; k++) {
      const n = calls.length;
      ed.move(2 + k, 2);
      // The seat moved (0.5 m grid snap of a 1 m step) in one notification that carries the cursor with it.
      expect(calls.length).toBe(n + 1);
      const [s, p] = calls[n];
      expect(s.doc).not.toBe(p.doc);
      expect(s.cursor).toEqual([2 + k, 2]);
      expect((getElement(s.doc, 'seat-1') as { position: [number, number] }).position).toEqual([2 + k, 2]);
    }
    ed.up(8, 2);
    expect(afterDown).toBeLessThanOrEqual(1);
    expect((getElement(ed.doc, 'seat-1') as { position: [number, number] }).position).toEqual([8, 2]);
    // One undo step for the whole drag, as before.
    ed.undo();
    expect((getElement(ed.doc, 'seat-1') as { position: [number, number] }).position).toEqual([2, 2]);
  });

  it('moving over an idle plan without changing the hover or the cursor notifies no one', () => {
    const ed = new TestEditor();
    ed.move(1, 1);
    let n = 0;
    ed.store.subscribe(() => n++);
    ed.pointerMove({ point: ed.state.cursor! });
    expect(n).toBe(0);
    ed.move(1.5, 1);
    expect(n).toBe(1);
  });
});
