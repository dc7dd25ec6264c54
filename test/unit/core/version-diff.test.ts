import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { compareVersions } from '../../../src/core/version-diff';
import { checkHall } from '../../../src/rules';
import { compareFindings } from '../../../src/rules/version-findings';
import { loadSample } from './helpers';

/** The county hall with one seat moved, one zone removed, one counter retyped and one new obstacle. */
function edited(base: HallDocument): HallDocument {
  const f1 = base.floors[0];
  const seat = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
  const zone = f1.elements.find((e) => e.kind === 'zone')!;
  const counter = f1.elements.find((e) => e.kind === 'counter')!;
  const elements = f1.elements
    .filter((e) => e !== zone)
    .map((e) => (e === seat && e.kind === 'point' ? { ...e, position: [e.position[0] + 1, e.position[1]] as [number, number] } : e))
    .map((e) => (e === counter && e.kind === 'counter' ? { ...e, type: e.type === 'general-intake' ? ('specialist' as const) : ('general-intake' as const) } : e));
  elements.push({
    kind: 'obstacle',
    id: 'new-planter',
    polygon: [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
    ],
    height: 1,
  } as (typeof elements)[number]);
  return { ...base, floors: [{ ...f1, elements }, ...base.floors.slice(1)] };
}

describe('version comparison', () => {
  it('lists what was added, removed and changed, with the changed properties and names people use', () => {
    const base = loadSample('county-hall');
    const cur = edited(base);
    const d = compareVersions(base, cur);
    expect(d.added.map((c) => c.id)).toEqual(['new-planter']);
    expect(d.removed.map((c) => c.kind)).toEqual(['zone']);
    expect(d.removed[0].name.zh).not.toMatch(/^f1-/);
    expect(d.changed.map((c) => [c.kind, c.fields])).toEqual([
      ['counter', ['type']],
      ['point', ['position']],
    ]);
    const total = base.floors.reduce((n, f) => n + f.elements.length, 0);
    expect(d.unchanged + d.changed.length + d.removed.length).toBe(total);
  });

  it('an element re-imported under a new id is matched by its IFC GlobalId; one moved to another floor says so', () => {
    const base = loadSample('county-hall');
    const [f1, f2] = base.floors;
    const wall = f1.elements.find((e) => e.kind === 'wall')!;
    const sign = f1.elements.find((e) => e.kind === 'sign')!;
    const b: HallDocument = { ...base, floors: [{ ...f1, elements: f1.elements.map((e) => (e === wall ? { ...e, ifcGlobalId: '2O2Fr$t4X7Zf8NOew3FLOH' } : e)) }, f2] };
    const c: HallDocument = {
      ...b,
      floors: [
        { ...b.floors[0], elements: b.floors[0].elements.filter((e) => e !== sign).map((e) => (e.id === wall.id ? { ...e, id: 'ifc-wall-renamed' } : e)) },
        { ...f2, elements: [...f2.elements, sign] },
      ],
    };
    const d = compareVersions(b, c);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((x) => [x.id, x.fields])).toEqual([[sign.id, ['floor']]]);
  });

  it('findings: fixed, new and still open between two versions, by stable key', () => {
    const failing = checkHall(loadSample('failing-hall'));
    const county = checkHall(loadSample('county-hall'));
    const fixed = compareFindings(failing, county);
    expect(fixed.fixed.length).toBe(failing.findings.length - fixed.open.length);
    expect(fixed.fixed.length).toBeGreaterThan(0);
    expect(fixed.new.length).toBe(county.findings.length - fixed.open.length);
    const back = compareFindings(county, failing);
    expect(back.new.map((f) => f.key).sort()).toEqual(fixed.fixed.map((f) => f.key).sort());
    const same = compareFindings(failing, failing);
    expect([same.new.length, same.fixed.length, same.open.length]).toEqual([0, 0, failing.findings.length]);
  });
});

describe('version comparison: findings whose status changed', () => {
  it('lists a finding still found in both versions whose status differs, with its status before and now', () => {
    const failing = loadSample('failing-hall');
    const result = checkHall(failing);
    const [a, b, c] = result.findings;
    const baseStates = { [a.key]: { status: 'open' as const }, [b.key]: { status: 'in-progress' as const }, [c.key]: { status: 'accepted' as const } };
    const nowStates = { [a.key]: { status: 'accepted' as const }, [b.key]: { status: 'fixed' as const }, [c.key]: { status: 'accepted' as const } };
    const d = compareFindings(result, result, baseStates, nowStates);
    expect(d.status.map((s) => [s.finding.key, s.from, s.to])).toEqual([
      [a.key, 'open', 'accepted'],
      [b.key, 'in-progress', 'fixed'],
    ]);
    // no states on either side: every finding is open in both, nothing changed status
    expect(compareFindings(result, result).status).toEqual([]);
    // a finding the check no longer reports is fixed, not a status change
    const gone = { ...result, findings: result.findings.filter((f) => f.key !== a.key) };
    expect(compareFindings(result, gone, baseStates, nowStates).status.map((s) => s.finding.key)).toEqual([b.key]);
  });
});
