/**
 * Two versions of a hall compared element by element, as a Solibri user compares model revisions: what was
 * added, removed and changed. Elements are the same element when they share their id, or else their IFC
 * GlobalId (a re-imported model keeps GlobalIds even where our ids differ).
 */
import type { Floor, HallDocument } from './document';
import { labelOfElement } from './element-label';
import type { Vec2 } from './geometry/vec';
import { kindOf, type HallElement } from './kinds/registry';
import type { PresetId, Term } from './vocab';

export interface VersionChange {
  id: string;
  kind: HallElement['kind'];
  floorId: string;
  name: Term;
  /** Where it stands (its anchor) in the version it is in: a removed element is shown where it was. */
  at: Vec2;
  /** Changed: the properties that differ ('floor' when it moved to another floor). */
  fields?: string[];
}

export interface VersionDiff {
  added: VersionChange[];
  removed: VersionChange[];
  changed: VersionChange[];
  unchanged: number;
}

interface Placed {
  el: HallElement;
  floor: Floor;
}

function index(doc: HallDocument): { byId: Map<string, Placed>; byGuid: Map<string, Placed> } {
  const byId = new Map<string, Placed>();
  const byGuid = new Map<string, Placed>();
  for (const floor of doc.floors)
    for (const el of floor.elements) {
      byId.set(el.id, { el, floor });
      const guid = (el as { ifcGlobalId?: string }).ifcGlobalId;
      if (guid) byGuid.set(guid, { el, floor });
    }
  return { byId, byGuid };
}

const change = ({ el, floor }: Placed, preset: PresetId, fields?: string[]): VersionChange => ({
  id: el.id,
  kind: el.kind,
  floorId: floor.id,
  name: labelOfElement(el, floor, preset),
  at: kindOf(el).anchor(el),
  ...(fields ? { fields } : {}),
});

/** Top-level properties whose values differ (compared as JSON: element values are plain data). */
function changedFields(a: HallElement, b: HallElement): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('id');
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return [...keys].filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k])).sort();
}

export function compareVersions(base: HallDocument, current: HallDocument): VersionDiff {
  const was = index(base);
  const out: VersionDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const matched = new Set<HallElement>();
  for (const floor of current.floors)
    for (const el of floor.elements) {
      const guid = (el as { ifcGlobalId?: string }).ifcGlobalId;
      const before = was.byId.get(el.id) ?? (guid ? was.byGuid.get(guid) : undefined);
      if (!before || matched.has(before.el)) {
        out.added.push(change({ el, floor }, current.meta.preset));
        continue;
      }
      matched.add(before.el);
      // The same object is the same value: documents share untouched elements between versions.
      const fields = before.el === el ? [] : changedFields(before.el, el);
      if (before.floor.id !== floor.id) fields.push('floor');
      if (fields.length) out.changed.push(change({ el, floor }, current.meta.preset, fields));
      else out.unchanged++;
    }
  for (const p of was.byId.values()) if (!matched.has(p.el)) out.removed.push(change(p, current.meta.preset));
  return out;
}
