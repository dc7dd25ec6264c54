/**
 * What the findings panel and the status line show, as a pure state machine (useShownCheck feeds it).
 *
 * During a gesture they hold the verdict and the hall from before it. When the gesture ends, the worker's result
 * for where it ended is usually one re-check away: showing the moved hall with the old verdict would mark the
 * panel "checking" for that moment and render it twice on a large hall. So the hold lasts until the result for
 * the settled document (or an error, or another hall) arrives, and the panel changes once, straight to it.
 */
import type { HallDocument } from '../../core/document';
import type { CheckState } from './check-store';
import { sameHall } from './stale';

export interface Shown {
  check: CheckState;
  doc: HallDocument;
}

export class ShownCheck {
  private held: Shown;
  /** A gesture ended and its result has not come yet. */
  private awaiting = false;

  constructor(check: CheckState, doc: HallDocument) {
    this.held = { check, doc };
  }

  /** What to show for the store's check state, the settled document and whether a gesture is in progress. */
  show(check: CheckState, settled: HallDocument, gesture: boolean): Shown {
    if (gesture) {
      this.awaiting = true;
      return this.held;
    }
    if (this.awaiting && waitingFor(check, settled)) return this.held;
    this.awaiting = false;
    if (this.held.check !== check || this.held.doc !== settled) this.held = { check, doc: settled };
    return this.held;
  }
}

/**
 * The hold goes on while the same hall is still being checked and the check has not failed (a cancelled gesture
 * holds too: what is held is then the verdict for the document it went back to).
 */
function waitingFor(check: CheckState, settled: HallDocument): boolean {
  if (check.error || check.resultDoc === settled) return false;
  return !!check.resultDoc && sameHall(check.resultDoc, settled);
}
