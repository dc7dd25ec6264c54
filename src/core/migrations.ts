/**
 * Format migrations: MIGRATIONS[n] turns a version-n object into version n+1.
 *
 * Version 0 is the pre-release draft format written by the first prototypes: floors kept their elements
 * in per-kind arrays (`zones`, `counters`, `signs` …) and elevations in millimetres. Version 1 stores one
 * `elements` array per floor with a `kind` on each element, in metres.
 */
type Raw = Record<string, unknown>;

const DRAFT_ARRAYS: Record<string, string> = {
  walls: 'wall',
  openings: 'opening',
  doors: 'opening',
  zones: 'zone',
  counters: 'counter',
  signs: 'sign',
  points: 'point',
  links: 'vlink',
  verticalLinks: 'vlink',
  routes: 'route',
  obstacles: 'obstacle',
};

function v0to1(doc: Raw): Raw {
  const floors = Array.isArray(doc.floors) ? doc.floors : [];
  return {
    ...doc,
    format: 'halltwin',
    floors: floors.map((f) => {
      if (typeof f !== 'object' || f === null) return f;
      const floor = { ...(f as Raw) };
      const elements: unknown[] = Array.isArray(floor.elements) ? [...floor.elements] : [];
      for (const [key, kind] of Object.entries(DRAFT_ARRAYS)) {
        const arr = floor[key];
        if (Array.isArray(arr)) {
          for (const e of arr) if (typeof e === 'object' && e !== null) elements.push({ kind, ...(e as Raw) });
          delete floor[key];
        }
      }
      if (typeof floor.elevationMm === 'number') {
        floor.elevation = floor.elevationMm / 1000;
        delete floor.elevationMm;
      }
      floor.elements = elements;
      return floor;
    }),
  };
}

export const MIGRATIONS: Record<number, (doc: Raw) => Raw> = {
  0: v0to1,
};
