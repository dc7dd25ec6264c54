/**
 * Rooms as the faces of the barrier lines' planar graph (walls, their face lines, windows, columns, doors
 * closed across their openings), and the floor outline as the outer boundary of the largest connected piece.
 * Bare openings (two wall ends facing each other across less than 0.95 m, no door drawn) are closed too, as
 * the raster's gap closing does. The faces between a wall's face lines and its centre line are thin and are
 * not rooms. Metres.
 */
import { pointInPolygon, type Polygon } from '../core/geometry/polygon';
import { simpleRing } from '../ifc/valid-hall';
import { distToRing, faceArea, facePerimeter, graphFaces } from './faces';
import { cleanRing } from './clean-ring';
import { outlineMayHoldWalls } from './face-reach';
import { openingClosers } from './opening-closers';
import { planarGraph, type Segment, withoutEdges } from './planar-graph';
import type { Barrier } from './raster';
import type { WallEl } from './wall-elements';
import { root } from '../core/union-find';

export interface FaceRooms {
  /** The building's outline, rounded and counter-clockwise. */
  outline: Polygon;
  /** Share of the barrier lines' length left dangling: loose ends are gaps that may leave rooms merged. */
  loose: number;
  /** Faces inside the building wide enough to be a room, counter-clockwise, bottom-left first. */
  rooms: { ring: Polygon; area: number; perimeter: number; box: [number, number, number, number] }[];
}

/** Snapping tolerance: face lines that stop a few millimetres short of each other still meet. */
const SNAP = 0.03;
/** Widest drafting gap a loose line end is joined across (the raster's gap closing closes as much). */
const JOIN = 0.9;
/** A wall's middle inside the outline, or on it within the wall's thickness. */
function holds(ring: Polygon, w: WallEl): boolean {
  const x = (w.a[0] + w.b[0]) / 2;
  const y = (w.a[1] + w.b[1]) / 2;
  return pointInPolygon([x, y], ring) || distToRing(x, y, ring) <= w.thickness / 2 + SNAP;
}

function ringBox(ring: Polygon): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of ring) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

/** The rooms and outline from the barriers' faces; undefined when the outer walls do not close into a simple ring around every wall. */
export function faceRooms(barriers: Barrier[], walls: WallEl[]): FaceRooms | undefined {
  const segs = [...barriers, ...openingClosers(walls)];
  // Walls drawn well apart from the building's piece (a section beside the plan): the graph would reject them.
  if (!outlineMayHoldWalls(segs, walls, SNAP, JOIN)) return undefined;
  return graphRooms(segs, walls);
}

/** The rooms from the graph of the barrier segments (and the opening closers), built whatever their spread. */
export function graphRooms(segs: Segment[], walls: WallEl[]): FaceRooms | undefined {
  let g = planarGraph(segs, SNAP, JOIN);
  let f = graphFaces(g);
  if (f.bridges.size > 0) {
    g = withoutEdges(g, f.bridges);
    f = graphFaces(g);
  }
  if (f.outers.length === 0) return undefined;
  const parent = new Int32Array(g.xy.length / 2);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  for (const [a, b] of g.edges) parent[root(parent, a)] = root(parent, b);
  const main = f.outers.reduce((a, b) => (b.area > a.area ? b : a));
  // A wall outside the outline: the outer walls have a gap the graph did not close, and the raster finds the rooms.
  if (!walls.every((w) => holds(main.ring, w))) return undefined;
  const outline = cleanRing(main.ring);
  if (!simpleRing(outline)) return undefined;
  // Pieces inside the building (a room drawn free-standing in a hall) count; the others are beside the plan.
  const inside = new Set<number>([root(parent, main.node)]);
  for (const o of f.outers) if (o !== main && pointInPolygon(o.ring[0], main.ring)) inside.add(root(parent, o.node));
  const rooms: FaceRooms['rooms'] = [];
  const pieces = f.outers.filter((o) => o !== main && inside.has(root(parent, o.node)));
  f.faces.forEach((ring, i) => {
    if (!inside.has(root(parent, f.faceNode[i]))) return;
    const box = ringBox(ring);
    let area = faceArea(ring);
    let perimeter = facePerimeter(ring);
    // Pieces standing inside the face are holes in it: a wall drawn as two closed face-line loops leaves
    // the outer loop's face holding the inner one, and only the band between them is left.
    for (const o of pieces) {
      const [x, y] = o.ring[0];
      if (o.area >= area || x < box[0] || x > box[2] || y < box[1] || y > box[3] || !pointInPolygon([x, y], ring)) continue;
      area -= o.area;
      perimeter += facePerimeter(o.ring);
    }
    // The band between a wall's face lines, a column's box, a window frame: not rooms.
    if (area < 0.5 || area / perimeter < 0.15) return;
    rooms.push({ ring, area, perimeter, box });
  });
  rooms.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  return { outline, loose: g.total > 0 ? g.dangling / g.total : 0, rooms };
}
