/**
 * Tab cycling through what is under the cursor, as in Revit: the select tool pre-highlights the element a click
 * would pick; Tab (Shift+Tab back) moves the pre-highlight to the next element stacked under the cursor, and the
 * click then picks that one. A door in a wall on a room's edge is three elements at one point.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { Editor } from './editor';
import { hitCandidates } from './hit-test';
import { pickedBefore } from '../core/kinds/refs';

const idsAt = (ed: Editor, p: Vec2) => hitCandidates({ elements: ed.standing }, p, ed.snapTolerance).map((el) => el.id);

/** After the pointer moved with no button down: the same stack keeps the candidate Tab reached. */
export function hoverAt(ed: Editor, p: Vec2): void {
  const ids = idsAt(ed, p);
  const s = ed.state;
  const prev = s.hoverCandidates ?? (s.hoverId ? [s.hoverId] : []);
  const same = ids.length === prev.length && ids.every((id, i) => id === prev[i]);
  const hoverId = same && s.hoverId && ids.includes(s.hoverId) ? s.hoverId : ids[0];
  const hoverCandidates = ids.length > 1 ? ids : undefined;
  // No store write while nothing changed: a pointer move must not re-render the panels.
  if (hoverId !== s.hoverId || !same) ed.store.setState({ hoverId, hoverCandidates });
}

export function clearHover(ed: Editor): void {
  if (ed.state.hoverId !== undefined || ed.state.hoverCandidates) ed.store.setState({ hoverId: undefined, hoverCandidates: undefined });
}

/** Moves the pre-highlight along the stack; false when there is nothing to cycle (Tab then does what it did). */
export function cycleHover(ed: Editor, back = false): boolean {
  const { hoverCandidates: ids, hoverId } = ed.state;
  if (!ids || ids.length < 2) return false;
  const i = Math.max(0, ids.indexOf(hoverId ?? ''));
  ed.store.setState({ hoverId: ids[(i + (back ? ids.length - 1 : 1)) % ids.length] });
  return true;
}

/** What a click at `p` picks: the candidate Tab reached while it is still under the pointer, else the top one. */
export function pickAt(ed: Editor, p: Vec2): string | undefined {
  const here = idsAt(ed, p);
  const { hoverId, hoverCandidates } = ed.state;
  return hoverId && hoverCandidates && here.includes(hoverId) ? hoverId : here[0];
}

/**
 * What hangs on `hostId` under the pointer (a counter's number plate), which a second click on the selected host
 * picks: the first click takes the counter, the plate being its detail.
 */
export function hungOnAt(ed: Editor, p: Vec2, hostId: string): string | undefined {
  const here = hitCandidates({ elements: ed.standing }, p, ed.snapTolerance);
  const host = here.find((el) => el.id === hostId);
  return host && here.find((el) => pickedBefore(el, host))?.id;
}
