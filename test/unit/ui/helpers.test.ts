import { describe, expect, it } from 'vitest';
import { counterKind, pointKind, zoneKind } from '../../../src/core';
import { safeFileName } from '../../../src/ui/files/download';
import { badgesOf } from '../../../src/ui/findings/useLiveCheck';
import { MIXED } from '../../../src/ui/inspector/field-value';
import { sharedFields, sharedValue } from '../../../src/ui/inspector/selection-fields';
import type { CheckResult, Finding } from '../../../src/rules/types';

const finding = (severity: Finding['severity'], ids: string[], n: number): Finding => ({
  key: `r|${ids.join(',')}|${n}`,
  ruleId: 'r',
  severity,
  clause: '§1',
  elementIds: ids,
  message: { zh: '问题', en: 'problem' },
});

describe('shell helpers', () => {
  it('safeFileName strips path and reserved characters and is never empty', () => {
    expect(safeFileName('湘江县/政务:中心*?')).toBe('湘江县_政务_中心__');
    expect(safeFileName('<img src=x onerror=alert(1)>')).toBe('_img src=x onerror=alert(1)_');
    expect(safeFileName('...')).toBe('hall');
    expect(safeFileName('../../etc/passwd')).not.toContain('/');
    expect(safeFileName('a'.repeat(300)).length).toBe(80);
  });

  it('badgesOf keeps the worst severity per element', () => {
    const result: CheckResult = {
      findings: [finding('info', ['a', 'b'], 1), finding('error', ['b'], 2), finding('warning', ['a', 'c'], 3)],
      applied: ['r'],
      passed: [],
      counts: { error: 1, warning: 1, info: 1 },
    };
    expect(badgesOf(result)).toEqual({ a: 'warning', b: 'error', c: 'warning' });
  });

  it('multi-select shows only the fields every selected kind shares, and marks differing values', () => {
    const c1 = counterKind.create({ id: 'c1', number: 'A01', top: { width: 0.9, depth: 0.6, height: 0.75 } });
    const c2 = counterKind.create({ id: 'c2', number: 'A02', top: { width: 0.9, depth: 0.6, height: 0.75 } });
    const seat = pointKind.create({ id: 's1', pointKind: 'seat', position: [1, 1], rotation: 0 });
    const zone = zoneKind.create({
      id: 'z1',
      type: 'waiting',
      polygon: [
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ],
    });

    const both = sharedFields([c1, c2]).map((f) => f.key);
    expect(both).toContain('top.height');
    expect(sharedValue([c1, c2], 'top.height')).toBe(0.75);
    expect(sharedValue([c1, c2], 'number')).toBe(MIXED);

    const mixed = sharedFields([c1, seat]).map((f) => f.key);
    expect(mixed).toContain('rotation');
    expect(mixed).not.toContain('top.height');
    expect(mixed).not.toContain('count');
    expect(sharedFields([c1, seat, zone]).map((f) => f.key)).not.toContain('rotation');
  });
});
