/**
 * The failing sample: the county hall with the four headline problems planners meet most, one each.
 *  1. zone.office-separated — a back-office door on floor 1 is an ordinary (public) door, and the
 *     floor-2 back office spills over the counter area.
 *  2. zone.waiting-per-floor — floor 2's second waiting area was turned into a culture exhibit.
 *  3. counter.one-metre-line — a row of seats stands inside counter 05's one-metre strip.
 *  4. counter.desk-height / desk-size / uniform — counter 03 has a 0.95 m high, 1.20 m wide top.
 */
import type { HallDocument } from '../../src/core/document';
import type { HallElement } from '../../src/core/kinds/registry';
import { KINDS } from '../../src/core/kinds/registry';
import { countyHall } from './county';
import { rect } from './builder';

export function failingHall(): HallDocument {
  const doc = countyHall();
  doc.meta = { ...doc.meta, name: '问题示例大厅（四项核心规则不通过）', nameEn: 'Failing sample hall (four headline rules fail)' };
  const [f1, f2] = doc.floors;
  const edit = (floorEls: HallElement[], pred: (e: HallElement) => boolean, fn: (e: HallElement) => HallElement) => {
    const i = floorEls.findIndex(pred);
    if (i < 0) throw new Error('failing sample: element to break not found');
    floorEls[i] = fn(floorEls[i]);
  };
  edit(
    f1.elements,
    (e) => e.kind === 'opening' && e.entrance === 'staff' && e.position[0] === 13,
    (e) => ({ ...(e as HallElement & { kind: 'opening' }), entrance: 'none', name: '后台通道（未设门禁）' }),
  );
  edit(
    f2.elements,
    (e) => e.kind === 'zone' && e.type === 'back-office',
    (e) => ({ ...(e as HallElement & { kind: 'zone' }), polygon: rect(0, 28, 34, 42) }),
  );
  edit(
    f2.elements,
    (e) => e.kind === 'zone' && e.name === '第四等候区',
    (e) => ({ ...(e as HallElement & { kind: 'zone' }), type: 'culture', name: '文化展区' }),
  );
  const c05 = f1.elements.find((e) => e.kind === 'counter' && e.number === '05');
  if (c05?.kind !== 'counter') throw new Error('failing sample: counter 05 missing');
  f1.elements.push(KINDS.point.create({ id: 'f1-seat-in-line', pointKind: 'seat', position: [c05.position[0], c05.position[1] - 0.8], count: 2, name: '占用一米线的座椅' }));
  edit(
    f1.elements,
    (e) => e.kind === 'counter' && e.number === '03',
    (e) => ({ ...(e as HallElement & { kind: 'counter' }), top: { width: 1.2, depth: 0.6, height: 0.95 } }),
  );
  return doc;
}
