/**
 * Removing any kind from the registry breaks nothing but that kind: with one kind taken out (as if its registry
 * line were deleted), a hall without it still loads, checks (no rule crashes; the incremental checker equals the
 * full check across an edit), hit-tests and exports; a hall that still holds it is refused, naming where.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { ELEMENT_KINDS } from '../../../src/core/kinds/registry';
import { navMapArgs } from '../../fixtures/navmap-args';

const REGISTRY = '../../../src/core/kinds/registry';
const text = readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8');

async function withoutKind(kind: string) {
  vi.resetModules();
  vi.doMock(REGISTRY, async (importOriginal) => {
    const { z } = await import('zod');
    const orig = await importOriginal<typeof import('../../../src/core/kinds/registry')>();
    const options = orig.ElementSchema.options.filter((o) => o.shape.kind.value !== kind);
    const KINDS = Object.fromEntries(Object.entries(orig.KINDS).filter(([k]) => k !== kind));
    return {
      ...orig,
      ElementSchema: z.discriminatedUnion('kind', options as [(typeof options)[number], ...typeof options]),
      KINDS,
      ELEMENT_KINDS: Object.keys(KINDS),
      kindOf: (el: { kind: string }) => KINDS[el.kind],
    };
  });
  const mods = {
    io: await import('../../../src/core/io'),
    engine: await import('../../../src/rules/engine'),
    types: await import('../../../src/rules/types'),
    hit: await import('../../../src/editor/hit-test'),
    ifc: await import('../../../src/ifc/export'),
    geojson: await import('../../../src/nav/export/geojson'),
    navdata: await import('../../../src/nav/export/navdata'),
    registry: await import('../../../src/core/kinds/registry'),
  };
  vi.doUnmock(REGISTRY);
  return mods;
}

describe('removing a kind from the registry', () => {
  // Every kind the registry ships, each taken out in turn; the county sample holds each (kind-registry.test.ts).
  for (const kind of [...ELEMENT_KINDS]) {
    it(`without ${kind}: the rest loads, checks, hit-tests and exports; a ${kind} is refused with its path`, async () => {
      const m = await withoutKind(kind);
      expect(m.registry.ELEMENT_KINDS).not.toContain(kind);
      expect(m.types.NAV_KINDS).not.toContain(kind);

      const refused = m.io.parseHallText(text);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(m.io.describeProblems(refused.problems, 3)).toMatch(/floors\[\d+\]\.elements\[\d+\]/);

      const raw = JSON.parse(text);
      for (const f of raw.floors) f.elements = f.elements.filter((e: { kind: string }) => e.kind !== kind);
      // The one reference between kinds: a door names the wall it sits in; without walls, doors stand alone.
      if (kind === 'wall') for (const f of raw.floors) for (const e of f.elements) delete e.wallId;
      const loaded = m.io.parseHallText(JSON.stringify(raw));
      if (!loaded.ok) throw new Error(m.io.describeProblems(loaded.problems, 3));
      const doc: HallDocument = loaded.doc;

      const checker = m.engine.createChecker();
      const first = checker.check(doc);
      expect(first.findings.filter((f) => f.ruleId === 'engine.rule-crashed').map((f) => f.message.en)).toEqual([]);
      expect(first.findings.map((f) => f.key).sort()).toEqual(
        m.engine
          .checkHall(doc)
          .findings.map((f) => f.key)
          .sort(),
      );
      // An edit: the first element of 1F moves by a metre; incremental and full checks still agree.
      const el = doc.floors[0].elements[0];
      const moved: HallDocument = { ...doc, floors: doc.floors.map((f, i) => (i ? f : { ...f, elements: [m.registry.kindOf(el).translate(el, [1, 0]), ...f.elements.slice(1)] })) };
      expect(
        checker
          .check(moved)
          .findings.map((f) => f.key)
          .sort(),
      ).toEqual(
        m.engine
          .checkHall(moved)
          .findings.map((f) => f.key)
          .sort(),
      );

      const anchor = m.registry.kindOf(el).anchor(el);
      expect(m.hit.hitTest(doc.floors[0], anchor, 0.5)).toBeDefined();
      expect(new TextDecoder().decode(m.ifc.exportIfc(doc, { timeStamp: '2026-01-01T00:00:00' }))).toMatch(/^ISO-10303-21;/);
      expect(m.geojson.hallGeoJson(doc).features.length).toBe(doc.floors.reduce((n, f) => n + f.elements.length + (f.outline ? 1 : 0), 0));
      expect(m.navdata.buildNavMapData(...navMapArgs(doc)).floors.length).toBe(doc.floors.length);
    });
  }
});
