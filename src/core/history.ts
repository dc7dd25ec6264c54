/**
 * Undo history over immutable documents. One entry per user gesture: during a drag the editor calls
 * `beginGesture`, applies as many commands as the pointer moves, then `endGesture` folds them into one
 * entry (zundo's pause/resume, made explicit). Selection lives elsewhere and never touches history.
 */
import type { HallDocument } from './document';
import { type Command, batch } from './commands/command';

interface Entry {
  label: string;
  /** Applying this undoes the entry. */
  undo: Command;
  /** Applying this redoes the entry. */
  redo: Command;
}

export interface HistoryState {
  doc: HallDocument;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

export class History {
  private past: Entry[] = [];
  private future: Entry[] = [];
  private gesture: { label: string; start: HallDocument; inverses: Command[]; forwards: Command[] } | null = null;
  private listeners = new Set<(s: HistoryState) => void>();

  constructor(
    private current: HallDocument,
    private readonly limit = 500,
  ) {}

  get doc(): HallDocument {
    return this.current;
  }

  get inGesture(): boolean {
    return this.gesture !== null;
  }

  state(): HistoryState {
    return {
      doc: this.current,
      canUndo: this.past.length > 0 && !this.gesture,
      canRedo: this.future.length > 0 && !this.gesture,
      undoLabel: this.past[this.past.length - 1]?.label,
      redoLabel: this.future[this.future.length - 1]?.label,
    };
  }

  subscribe(fn: (s: HistoryState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    const s = this.state();
    for (const l of this.listeners) l(s);
  }

  /** Apply a command. Throws (and changes nothing) when the command is invalid for this document. */
  execute(cmd: Command): HallDocument {
    return this.record(cmd, cmd.apply(this.current));
  }

  /** Record `cmd` whose result on the current document the caller has already computed (and checked). */
  record(cmd: Command, { doc, inverse }: ReturnType<Command['apply']>): HallDocument {
    this.current = doc;
    if (this.gesture) {
      this.gesture.inverses.unshift(inverse);
      this.gesture.forwards.push(cmd);
    } else {
      this.push({ label: cmd.label, undo: inverse, redo: cmd });
    }
    this.emit();
    return doc;
  }

  private push(e: Entry): void {
    this.past.push(e);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  beginGesture(label: string): void {
    if (this.gesture) this.endGesture();
    this.gesture = { label, start: this.current, inverses: [], forwards: [] };
  }

  /** Close the gesture as one entry; a gesture that changed nothing leaves no entry. */
  endGesture(): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    if (g.forwards.length > 0 && this.current !== g.start) {
      this.push({ label: g.label, undo: batch(g.label, g.inverses), redo: batch(g.label, g.forwards) });
    }
    this.emit();
  }

  /** Abandon the gesture (Escape during a drag): the document goes back to where it started. */
  cancelGesture(): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    this.current = g.start;
    this.emit();
  }

  undo(): boolean {
    if (this.gesture) this.endGesture();
    const e = this.past.pop();
    if (!e) return false;
    const r = e.undo.apply(this.current);
    this.current = r.doc;
    this.future.push({ label: e.label, undo: r.inverse, redo: e.redo });
    this.emit();
    return true;
  }

  redo(): boolean {
    if (this.gesture) this.endGesture();
    const e = this.future.pop();
    if (!e) return false;
    const r = e.redo.apply(this.current);
    this.current = r.doc;
    this.past.push({ label: e.label, undo: r.inverse, redo: e.redo });
    this.emit();
    return true;
  }

  /** Start over with a new document and an empty history (new file). */
  reset(doc: HallDocument): void {
    this.current = doc;
    this.past = [];
    this.future = [];
    this.gesture = null;
    this.emit();
  }

  labels(): { past: string[]; future: string[] } {
    return { past: this.past.map((e) => e.label), future: this.future.map((e) => e.label).reverse() };
  }
}
