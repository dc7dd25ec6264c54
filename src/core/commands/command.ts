/**
 * Commands: every change to the document is a value that applies itself and returns its inverse
 * (three.js editor style, but pure: documents are immutable, so history holds no live objects).
 */
import type { HallDocument } from '../document';

export interface Command {
  /** Shown in the history list and the undo tooltip. */
  label: string;
  apply(doc: HallDocument): { doc: HallDocument; inverse: Command };
}

export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** Several commands as one history entry (a drag, a paste, a row of counters). */
export function batch(label: string, commands: Command[]): Command {
  return {
    label,
    apply(doc) {
      const inverses: Command[] = [];
      let cur = doc;
      for (const c of commands) {
        const r = c.apply(cur);
        cur = r.doc;
        inverses.push(r.inverse);
      }
      return { doc: cur, inverse: batch(label, inverses.reverse()) };
    },
  };
}
