/**
 * Dragging an element set into a wall (a kind with `inWall`: a door, a window) alone: it slides along its wall, at
 * grid steps (Alt: freely), kept whole inside it; brought near another wall it moves into that one (re-hosted, turned
 * with it); it never leaves walls for the open floor. A place where it would overlap what the wall holds is refused,
 * and the element waits where it last fitted. Each step is a replace in the select tool's gesture: one undo step.
 */
import { replaceElements } from '../../core/commands';
import { findElement } from '../../core/query';
import { hostOf } from '../../core/kinds/refs';
import { kindOf } from '../../core/kinds/registry';
import { closestOnSegment, dist, type Vec2 } from '../../core/geometry/vec';
import type { Term } from '../../core/vocab';
import type { Editor } from '../editor';
import { slotClash, wallSlot } from '../wall-slot';

/** How far from its own wall's axis the pointer keeps a dragged element in that wall, metres (about a thick wall's face). */
const HOLD_M = 0.6;

const distToSegment = (p: Vec2, a: Vec2, b: Vec2) => dist(p, closestOnSegment(p, a, b).point);

/** Whether a drag of `ids` slides in walls: one element of a kind set into walls. */
export function slidesInWall(ed: Editor, ids: readonly string[]): boolean {
  if (ids.length !== 1) return false;
  const el = findElement(ed.doc, ids[0])?.element;
  return !!el && !!kindOf(el).inWall;
}

/** Moves element `id` to the wall place nearest `p`; answers why it stays where it is, if it must. */
export function slideInWall(ed: Editor, id: string, p: Vec2, alt: boolean): Term | undefined {
  const el = findElement(ed.doc, id)?.element;
  const fit = el && kindOf(el).inWall;
  if (!el || !fit) return undefined;
  const width = fit.width(el);
  const host = hostOf(el);
  const grid = ed.grid.snap && !alt ? ed.grid.size : undefined;
  const own = host ? wallSlot(ed.floor, p, width, { grid, only: host }) : undefined;
  // Along its own wall it stays there past a partition meeting it: only a pointer clearly off its wall re-hosts it.
  const onOwn = own && distToSegment(p, own.a, own.b) <= HOLD_M;
  const on = (onOwn ? own : wallSlot(ed.floor, p, width, { grid })) ?? own;
  if (!on) return { zh: `${kindOf(el).label.zh}需放在墙上：请拖到墙附近`, en: `A ${kindOf(el).label.en.toLowerCase()} goes in a wall: drag it near a wall` };
  const clash = slotClash(ed.floor, on, width, id);
  if (clash) return clash;
  const next = fit.put(el, on);
  if (JSON.stringify(next) !== JSON.stringify(el)) ed.execute(replaceElements([next], '移动 / Move'));
  return undefined;
}
