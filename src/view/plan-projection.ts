/**
 * Where a plan point is on screen, and word when that changes. DOM things that stand over a plan point (a typed
 * dimension, an underlay's handles) place themselves when they appear and again only when the view has moved: the
 * view draws on demand, so an idle editor does no work for them.
 */
import type { Vec2 } from '../core/geometry/vec';

type Project = (p: Vec2) => [number, number] | undefined;

let project: Project | undefined;
const listeners = new Set<() => void>();

/** The plan point in client pixels, or undefined while no view is shown. */
export function planToScreen(p: Vec2): [number, number] | undefined {
  return project?.(p);
}

/** Calls `moved` after every drawn frame in which the view's projection changed; returns the unsubscribe. */
export function onViewMoved(moved: () => void): () => void {
  listeners.add(moved);
  return () => {
    listeners.delete(moved);
  };
}

/** Set by the view (undefined when it goes); everything placed by the old projection is placed again. */
export function setPlanProjection(next: Project | undefined): void {
  project = next;
  viewMoved();
}

export function viewMoved(): void {
  for (const l of listeners) l();
}

/** The numbers that fix where plan points land on screen: camera matrices, canvas size, the plan's height. */
export interface ViewPose {
  projection: ArrayLike<number>;
  viewInverse: ArrayLike<number>;
  width: number;
  height: number;
  elevation: number;
}

const POSE_LENGTH = 35;

/**
 * Remembers the last pose seen; `changed` says whether this one differs (and keeps it). Compared number by number
 * into one reused array: it runs after every drawn frame, including every step of a drag, and makes no garbage.
 */
export class PoseWatch {
  private last = new Float64Array(POSE_LENGTH).fill(Number.NaN);

  changed(pose: ViewPose): boolean {
    const l = this.last;
    let diff = false;
    const put = (i: number, v: number) => {
      if (l[i] !== v) {
        l[i] = v;
        diff = true;
      }
    };
    for (let i = 0; i < 16; i++) put(i, pose.projection[i]);
    for (let i = 0; i < 16; i++) put(16 + i, pose.viewInverse[i]);
    put(32, pose.width);
    put(33, pose.height);
    put(34, pose.elevation);
    return diff;
  }
}
