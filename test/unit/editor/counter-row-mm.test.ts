/** A counter row is laid out to the millimetre, so the saved hall carries no floating-point noise. */
import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';

describe('counter row positions', () => {
  it('are whole millimetres, as typed numbers would be', () => {
    const ed = new TestEditor();
    ed.use('counter-row', { counterType: 'general-intake', counterGap: 0.3 }).drag([-3, 21], [12, 21]);
    const xs = ed.floor.elements.flatMap((e) => (e.kind === 'counter' ? [e.position[0]] : []));
    expect(xs.length).toBe(13);
    expect(xs).toEqual(xs.map((x) => Math.round(x * 1000) / 1000));
    expect(xs.slice(0, 4)).toEqual([-3, -1.8, -0.6, 0.6]);
  });
});
