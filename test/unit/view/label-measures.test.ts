/**
 * The label layer's sizes are measured again only when a label comes, goes or changes its text or style, or a node
 * comes or goes: a drag step that only moves labels reads none of them, and the sizes always equal a fresh
 * measurement of the same labels (random edits).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LabelNodes } from '../../../src/view/label-nodes';
import { LabelMeasures } from '../../../src/view/label-projection';
import { type LabelVariant, LabelsStore } from '../../../src/view/labels-store';

beforeAll(() => {
  // Widths come from a canvas where there is one; here from the characters' count (./label-metrics' fallback).
  (globalThis as { document?: unknown }).document ??= { createElement: () => ({ getContext: () => null }) };
});

const node = () => ({}) as HTMLSpanElement;

/** A store and its nodes, with `n` zone and counter labels. */
function hall(n: number): { store: LabelsStore; nodes: LabelNodes } {
  const store = new LabelsStore();
  const nodes = new LabelNodes();
  for (let i = 0; i < n; i++) {
    const variant: LabelVariant = i % 2 ? 'counter' : 'zone';
    store.set(`l${i}`, { position: [i, 0, 0], text: variant === 'zone' ? `区域 ${i}` : `${i}`, variant, ...(variant === 'zone' ? { maxWidth: 6 } : {}) });
    nodes.set(`l${i}`, node());
  }
  return { store, nodes };
}

/** Counts the store's label reads. */
function counted(store: LabelsStore): { reads: number } {
  const c = { reads: 0 };
  const get = store.labels.get.bind(store.labels);
  store.labels.get = (k: string) => {
    c.reads++;
    return get(k);
  };
  return c;
}

const fresh = (store: LabelsStore, nodes: LabelNodes) => {
  const m = new LabelMeasures();
  m.update(nodes, store);
  return m.sizes;
};

describe('label measures', () => {
  it('reads no label when labels only moved', () => {
    const { store, nodes } = hall(200);
    const m = new LabelMeasures();
    expect(m.update(nodes, store)).toBe(true);
    const c = counted(store);
    for (let i = 0; i < 200; i += 7) store.set(`l${i}`, { ...store.labels.get(`l${i}`)!, position: [i + 0.5, 0, 1] });
    c.reads = 0;
    expect(m.update(nodes, store)).toBe(false);
    expect(c.reads).toBe(0);
  });

  it('measures a renamed label, a new one and a node added later (a slice of a large floor)', () => {
    const { store, nodes } = hall(20);
    const m = new LabelMeasures();
    m.update(nodes, store);
    store.set('l4', { ...store.labels.get('l4')!, text: '一个很长很长的区域名称' });
    expect(m.update(nodes, store)).toBe(true);
    expect(m.sizes).toEqual(fresh(store, nodes));
    store.set('new', { position: [0, 0, 0], text: '新', variant: 'sign' });
    m.update(nodes, store);
    expect(m.sizes.has('new')).toBe(false);
    nodes.set('new', node());
    expect(m.update(nodes, store)).toBe(true);
    expect(m.sizes.get('new')).toEqual(fresh(store, nodes).get('new'));
  });

  it('equals a fresh measurement after any sequence of edits', () => {
    const op = fc.oneof(
      fc.record({ t: fc.constant('move' as const), i: fc.nat(29) }),
      fc.record({ t: fc.constant('text' as const), i: fc.nat(29), text: fc.string({ maxLength: 12 }) }),
      fc.record({ t: fc.constant('variant' as const), i: fc.nat(29), v: fc.constantFrom<LabelVariant>('zone', 'counter', 'sign', 'link', 'measure', 'snap') }),
      fc.record({ t: fc.constant('drop' as const), i: fc.nat(29) }),
      fc.record({ t: fc.constant('dropNode' as const), i: fc.nat(29) }),
      fc.record({ t: fc.constant('add' as const), i: fc.nat(29), node: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { store, nodes } = hall(30);
        const m = new LabelMeasures();
        m.update(nodes, store);
        for (const o of ops) {
          const k = `l${o.i}`;
          const l = store.labels.get(k);
          if (o.t === 'move' && l) store.set(k, { ...l, position: [l.position[0] + 1, 0, 0] });
          else if (o.t === 'text' && l) store.set(k, { ...l, text: o.text });
          else if (o.t === 'variant' && l) store.set(k, { ...l, variant: o.v });
          else if (o.t === 'drop') store.delete(k);
          else if (o.t === 'dropNode') nodes.delete(k);
          else if (o.t === 'add') {
            store.set(k, { position: [0, 0, 0], text: `加 ${o.i}`, variant: 'sign' });
            if (o.node) nodes.set(k, node());
          }
          m.update(nodes, store);
          const want = fresh(store, nodes);
          for (const [key, s] of want) expect(m.sizes.get(key)).toEqual(s);
        }
      }),
    );
  });
});
