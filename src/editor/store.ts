/**
 * The editor's state store: zustand's store contract (React reads it through `useStore`), with two differences
 * that matter on a large hall, where every notification runs every subscriber's selector and every raw listener
 * (redraw, live check, autosave):
 * - a `setState` that changes nothing (every key already holds the same value) notifies no one;
 * - `batch(fn)` holds notifications back while `fn` runs and then notifies once, with the state from before the
 *   batch as the previous state. One pointer move of a drag sets the cursor, moves the element and sets the snap
 *   guides: three changes, one notification. Reads inside the batch see every change at once.
 */
import type { StoreApi } from 'zustand/vanilla';

export interface EditorStore<T> extends StoreApi<T> {
  /** Runs `fn` and notifies the listeners once afterwards if the state changed (nested batches notify at the outermost). */
  batch<R>(fn: () => R): R;
}

type Listener<T> = (state: T, previous: T) => void;

/** Every key of `partial` already holds the same value in `state`. */
function changesNothing<T extends object>(state: T, partial: Partial<T>): boolean {
  for (const k in partial) if (!Object.is(partial[k], state[k])) return false;
  return true;
}

export function createEditorStore<T extends object>(init: () => T): EditorStore<T> {
  let state = init();
  const initial = state;
  const listeners = new Set<Listener<T>>();
  let depth = 0;
  /** The state before the first change inside the current batch. */
  let before: T | undefined;
  const notify = (previous: T) => {
    for (const l of listeners) l(state, previous);
  };
  const setState: StoreApi<T>['setState'] = (partial: T | Partial<T> | ((s: T) => T | Partial<T>), replace?: boolean) => {
    const next = typeof partial === 'function' ? partial(state) : partial;
    if (Object.is(next, state)) return;
    if (!replace && changesNothing(state, next)) return;
    const previous = state;
    state = replace ? (next as T) : { ...state, ...next };
    if (depth > 0) before ??= previous;
    else notify(previous);
  };
  return {
    getState: () => state,
    getInitialState: () => initial,
    setState,
    subscribe: (listener: Listener<T>) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    batch<R>(fn: () => R): R {
      depth++;
      try {
        return fn();
      } finally {
        depth--;
        if (depth === 0 && before !== undefined) {
          const previous = before;
          before = undefined;
          notify(previous);
        }
      }
    },
  };
}
