/**
 * The navigation graph: floor rasters joined by vertical-link portals. Nodes are (floor, cell) pairs numbered
 * floor by floor; walking edges are the 8 neighbours of a cell; link edges join a link's landing cells on the
 * floors it serves.
 *
 * Link costs, in metres of walking equivalent: stairs 2 × rise + 5 (climbing is slow and tiring), escalators
 * 5 + rise, elevators 15 (waiting) + rise, ramps their sloped length. Routes therefore prefer an elevator for
 * one floor only when stairs are far away, which matches how people choose.
 */
import type { HallDocument } from '../core/document';
import type { ElementOf } from '../core/kinds/registry';
import type { LinkKind } from '../core/vocab';
import { hypot2, type Vec2 } from '../core/geometry/vec';
import { cellCentre, rasterInputs, rasterizeInputs, type FloorGrid } from './grid';
import { patchRaster } from './raster-patch';
import { searchSpace, spaceFloorMask, STEP_FREE, type RouteOptions } from './mask';
import { roomFor, runsFor } from './room';
import type { LinkEdge, NavGraph } from './graph-types';

export interface NavPoint {
  floorId: string;
  p: Vec2;
}

export interface NavOptions {
  audience?: 'public' | 'staff';
  /** Cell size in metres, default 0.5. */
  cell?: number;
  /**
   * The narrowest passage anyone walks through (a preset's walkMinWidthM): the walking search space the rules read
   * is built with the graph at this width (without it, none is). The graph itself does not depend on it, so
   * graphs are cached without it.
   */
  walkMinWidth?: number;
  /**
   * The wheelchair route options the rules ask for (a preset's route and door widths): their search space is built
   * with the graph, as the walking one is. The phone map's wheelchair mode and the accessible-route rule read the
   * same network, so it belongs to the graph, not to a rule's check.
   */
  wheelchair?: RouteOptions;
}

/**
 * The options the rules' nav graphs are built with: the walking width (a preset's walkMinWidthM) and, for the
 * public, the wheelchair route options, so both search spaces come with the graph and a check lays out neither.
 */
export function navOptions(audience: 'public' | 'staff', walkMinWidth: number, wheelchair?: RouteOptions): NavOptions {
  return wheelchair && audience === 'public' ? { audience, walkMinWidth, wheelchair } : { audience, walkMinWidth };
}

/**
 * Wheelchair route options from a route width and a door width (a preset's, GB 55019 §2.1–§2.2), each less the
 * drawing tolerance: a passage or door at the limit passes.
 */
export function wheelchairOptions(routeWidthM: number, doorWidthM: number, toleranceM: number): RouteOptions {
  return { accessible: true, minClearWidth: routeWidthM - toleranceM, minDoorWidth: doorWidthM - toleranceM };
}

export type { LinkEdge, NavGraph } from './graph-types';

const rasterCache = new WeakMap<object, Map<number, FloorGrid>>();

/** Rasters by their inputs (most recent 32): floors whose walkable geometry is unchanged share one raster. */
const bySignature = new Map<string, FloorGrid>();
/** The newest raster per floor id and cell size: the next version of that floor is patched from it. */
const newestByFloor = new Map<string, { floor: HallDocument['floors'][number]; grid: FloorGrid }>();

function rasterFor(floor: HallDocument['floors'][number], cell: number): FloorGrid {
  let m = rasterCache.get(floor);
  if (!m) rasterCache.set(floor, (m = new Map()));
  let g = m.get(cell);
  if (g) return g;
  const nk = `${cell}|${floor.id}`;
  const prev = newestByFloor.get(nk);
  g = prev ? (patchRaster(prev, floor) ?? undefined) : undefined;
  if (!g) {
    const inputs = rasterInputs(floor);
    const key = `${cell}|${JSON.stringify(inputs)}`;
    g = bySignature.get(key);
    if (g) bySignature.delete(key);
    else g = rasterizeInputs(inputs, cell);
    bySignature.set(key, g);
    if (bySignature.size > 32) bySignature.delete(bySignature.keys().next().value!);
  }
  newestByFloor.delete(nk);
  newestByFloor.set(nk, { floor, grid: g });
  if (newestByFloor.size > 64) newestByFloor.delete(newestByFloor.keys().next().value!);
  m.set(cell, g);
  return g;
}

export function linkCost(kind: LinkKind, rise: number, v: ElementOf<'vlink'>): number {
  switch (kind) {
    case 'stair':
      return 2 * rise + 5;
    case 'escalator':
      return 5 + rise;
    case 'elevator':
      return 15 + rise;
    case 'ramp':
      return Math.max(v.size.d, rise / Math.max(v.slope ?? 1 / 12, 1e-3));
  }
}

/** A floor's vertical links, per floor object (a seat moving on a floor leaves this list to be found again). */
const vlinkLists = new WeakMap<object, ElementOf<'vlink'>[]>();
function vlinksOf(f: HallDocument['floors'][number]): ElementOf<'vlink'>[] {
  let l = vlinkLists.get(f);
  if (!l) vlinkLists.set(f, (l = f.elements.filter((e): e is ElementOf<'vlink'> => e.kind === 'vlink')));
  return l;
}

/** Where a link lands on a floor's raster: per raster and link, since unchanged floors keep their raster. */
const landings = new WeakMap<FloorGrid, WeakMap<object, Map<string, number>>>();
function landingCell(g: FloorGrid, v: ElementOf<'vlink'>, audience: 'public' | 'staff'): number {
  let byLink = landings.get(g);
  if (!byLink) landings.set(g, (byLink = new WeakMap()));
  let m = byLink.get(v);
  if (!m) byLink.set(v, (m = new Map()));
  let c = m.get(audience);
  if (c === undefined) m.set(audience, (c = nearestFreeCell(g, v.position, Math.max(v.size.w, v.size.d), audience)));
  return c;
}

/**
 * The walking space at the options' walking width, which every walking field and reach of the rules reads, with
 * (for the public) the room maps and open runs of its floor masks that smoothing tests lines on; and the
 * wheelchair space at the options' route and door widths, with the step-free one that tells a place out of its
 * reach as too narrow or stepped. None at the 0.9 m default: nothing reads one.
 */
function spacesFor(g: NavGraph, opts: NavOptions): void {
  if (opts.walkMinWidth !== undefined) {
    const o: RouteOptions = { minWalkWidth: opts.walkMinWidth };
    const s = searchSpace(g, o);
    // The parent raster's mask of the same options, so a patched floor derives its maps from its parent's.
    const parentWalk = (p: FloorGrid) => spaceFloorMask(p, g.audience, o);
    // Only the public's: staff routes are smoothed only to measure a back office too far from its counter area,
    // and making the maps for every edit costs more than making them then.
    if (g.audience === 'public')
      g.grids.forEach((grid, fi) => {
        const walk = s.floorMaskOf(fi);
        roomFor(grid, g.audience, walk, parentWalk);
        runsFor(grid, g.audience, walk, parentWalk);
      });
  }
  if (opts.wheelchair) {
    searchSpace(g, opts.wheelchair);
    searchSpace(g, STEP_FREE);
  }
}

export function buildNavGraph(doc: HallDocument, opts: NavOptions = {}): NavGraph {
  const cell = opts.cell ?? 0.5;
  const grids = doc.floors.map((f) => rasterFor(f, cell));
  const offsets: number[] = [];
  let size = 0;
  for (const g of grids) {
    offsets.push(size);
    size += g.cols * g.rows;
  }
  const floorIndex = new Map(doc.floors.map((f, i) => [f.id, i]));
  const links = new Map<number, LinkEdge[]>();
  const add = (from: number, e: LinkEdge) => {
    const arr = links.get(from);
    if (arr) arr.push(e);
    else links.set(from, [e]);
  };
  for (const f of doc.floors)
    for (const v of vlinksOf(f)) {
      const served = [...new Set([f.id, ...v.floors])]
        .filter((id) => floorIndex.has(id))
        .sort((a, b) => doc.floors[floorIndex.get(a)!].elevation - doc.floors[floorIndex.get(b)!].elevation);
      const landing = served.map((id) => {
        const fi = floorIndex.get(id)!;
        const g = grids[fi];
        const c = landingCell(g, v, opts.audience ?? 'public');
        return c < 0 ? -1 : offsets[fi] + c;
      });
      for (let i = 0; i < served.length; i++)
        for (let j = i + 1; j < served.length; j++) {
          if (landing[i] < 0 || landing[j] < 0) continue;
          // Elevators stop at every floor they serve; stairs, escalators and ramps go floor to floor.
          if (v.linkKind !== 'elevator' && j !== i + 1) continue;
          const rise = Math.abs(doc.floors[floorIndex.get(served[j])!].elevation - doc.floors[floorIndex.get(served[i])!].elevation);
          const base = {
            cost: linkCost(v.linkKind, rise, v),
            linkId: v.id,
            linkKind: v.linkKind,
            accessible: v.accessible || v.linkKind === 'elevator',
            slope: v.slope ?? (v.linkKind === 'ramp' ? 1 / 12 : 0),
            clearWidth: v.clearWidth,
          };
          add(landing[i], { ...base, to: landing[j] });
          add(landing[j], { ...base, to: landing[i] });
        }
    }
  const g: NavGraph = { audience: opts.audience ?? 'public', grids, offsets, size, links, floorIndex };
  // The graph's walking edges for its audience (the mask and step bits of the search space at the walking width,
  // when one is given), and the room maps and open runs that line tests read on it are made with it: like the
  // rasters, they describe the walkable grid, not a rule's question. A patched floor derives them from its
  // parent's, so an edit pays for the cells it changed.
  spacesFor(g, opts);
  return g;
}

const navCache = new WeakMap<HallDocument, Map<string, NavGraph>>();
const rasterIds = new WeakMap<FloorGrid, number>();
let nextRasterId = 1;
/** Graphs by their rasters and links (most recent 8), so a document whose walkable space did not change reuses one. */
const graphsByInputs = new Map<string, NavGraph>();

/** The graph for a document, cached per document object and, across documents, per walkable space and links. */
export function navFor(doc: HallDocument, opts: NavOptions = {}): NavGraph {
  let m = navCache.get(doc);
  if (!m) navCache.set(doc, (m = new Map()));
  const key = `${opts.audience ?? 'public'}|${opts.cell ?? 0.5}`;
  let g = m.get(key);
  if (g) return g;
  const cell = opts.cell ?? 0.5;
  const ids = doc.floors.map((f) => {
    const r = rasterFor(f, cell);
    let id = rasterIds.get(r);
    if (!id) rasterIds.set(r, (id = nextRasterId++));
    return id;
  });
  const links = doc.floors.flatMap((f) => vlinksOf(f).map((e) => [f.id, e]));
  const inputsKey = `${key}|${ids.join(',')}|${JSON.stringify(links)}`;
  g = graphsByInputs.get(inputsKey);
  if (g) {
    graphsByInputs.delete(inputsKey);
    // Built for another document, maybe at another walking width.
    spacesFor(g, opts);
  } else g = buildNavGraph(doc, opts);
  graphsByInputs.set(inputsKey, g);
  if (graphsByInputs.size > 8) graphsByInputs.delete(graphsByInputs.keys().next().value!);
  m.set(key, g);
  return g;
}

/**
 * Nearest walkable cell to a point within `reach` metres (spiral search), or -1. The grid's fields are read once
 * into locals: rules snap every zone sample through here, and samples in staff areas or under furniture scan the
 * whole 7 × 7 window, where reading them per cell cost several times the search itself.
 */
export function nearestFreeCell(g: FloorGrid, p: Vec2, reach: number, audience: 'public' | 'staff'): number {
  const { cols, rows, cell, free, staff } = g;
  const ox = g.origin[0];
  const oy = g.origin[1];
  const pub = audience !== 'staff';
  const c0 = Math.floor((p[0] - ox) / cell);
  const r0 = Math.floor((p[1] - oy) / cell);
  const maxR = Math.ceil(reach / cell) + 1;
  let best = -1;
  let bd = Infinity;
  for (let rad = 0; rad <= maxR; rad++) {
    // The ring at chessboard distance rad, row by row: whole first and last rows, the two ends of the others.
    for (let dr = -rad; dr <= rad; dr++) {
      const r = r0 + dr;
      if (r < 0 || r >= rows) continue;
      const step = dr === -rad || dr === rad || rad === 0 ? 1 : 2 * rad;
      for (let dc = -rad; dc <= rad; dc += step) {
        const c = c0 + dc;
        if (c < 0 || c >= cols) continue;
        const i = r * cols + c;
        // isWalkable, written out.
        if (free[i] !== 1 || (pub && staff[i] !== 0)) continue;
        // cellCentre(g, i) without the array.
        const d = hypot2(ox + (c + 0.5) * cell - p[0], oy + (r + 0.5) * cell - p[1]);
        if (d < bd) {
          bd = d;
          best = i;
        }
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

export function nodeOf(g: NavGraph, at: NavPoint, reach = 1.5): number {
  const fi = g.floorIndex.get(at.floorId);
  if (fi === undefined) return -1;
  const grid = g.grids[fi];
  // cellAt and isWalkable, written out (rules ask this for every point they read a field at).
  const { cols, rows, cell, origin } = grid;
  const cc = Math.floor((at.p[0] - origin[0]) / cell);
  const rr = Math.floor((at.p[1] - origin[1]) / cell);
  const direct = cc < 0 || rr < 0 || cc >= cols || rr >= rows ? -1 : rr * cols + cc;
  if (direct >= 0 && grid.free[direct] === 1 && (g.audience === 'staff' || grid.staff[direct] === 0)) return g.offsets[fi] + direct;
  const c = nearestFreeCell(grid, at.p, reach, g.audience);
  return c < 0 ? -1 : g.offsets[fi] + c;
}

export function pointOf(g: NavGraph, node: number): NavPoint {
  let fi = g.offsets.length - 1;
  while (fi > 0 && g.offsets[fi] > node) fi--;
  const grid = g.grids[fi];
  return { floorId: grid.floorId, p: cellCentre(grid, node - g.offsets[fi]) };
}
