/**
 * Dynamic input while drawing a segment, as in AutoCAD and SketchUp's measurements box: typing a number sets
 * the length, Tab moves to the angle, Enter commits the point, Escape drops only what was typed.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { EditorKeyEvent, TypedInput } from './types';

export type DynamicKeyResult = 'edited' | 'commit' | 'cleared' | undefined;

const NUMERIC = /^[0-9.]$/;

export class DynamicInput {
  typed?: TypedInput;

  get active(): boolean {
    return !!this.typed && (this.typed.length !== '' || this.typed.angle !== '');
  }

  reset(): void {
    this.typed = undefined;
  }

  /** Feeds a key; returns what happened, or undefined when the key is not dynamic input's. */
  key(e: EditorKeyEvent): DynamicKeyResult {
    if (e.ctrl || e.meta || e.alt) return undefined;
    const t = this.typed;
    if (NUMERIC.test(e.key) || (e.key === '-' && (t?.field ?? 'length') === 'angle')) {
      const cur = t ?? { length: '', angle: '', field: 'length' as const };
      const field = cur.field;
      const value = cur[field] + e.key;
      // refuse a second decimal point instead of producing an unreadable number
      if ((value.match(/\./g) ?? []).length > 1) return 'edited';
      this.typed = { ...cur, [field]: value };
      return 'edited';
    }
    if (e.key === 'Tab') {
      const cur = t ?? { length: '', angle: '', field: 'length' as const };
      this.typed = { ...cur, field: cur.field === 'length' ? 'angle' : 'length' };
      return 'edited';
    }
    if (!t) return undefined;
    if (e.key === 'Backspace' && t[t.field] !== '') {
      this.typed = { ...t, [t.field]: t[t.field].slice(0, -1) };
      return 'edited';
    }
    if (e.key === 'Escape') {
      this.typed = undefined;
      return 'cleared';
    }
    if (e.key === 'Enter' && this.active) return 'commit';
    return undefined;
  }

  /** Typed length in metres, when a valid positive number was typed. */
  length(): number | undefined {
    const v = Number.parseFloat(this.typed?.length ?? '');
    return Number.isFinite(v) && v > 0 ? v : undefined;
  }

  /** Typed angle in degrees, when a number was typed. */
  angle(): number | undefined {
    const v = Number.parseFloat(this.typed?.angle ?? '');
    return Number.isFinite(v) ? v : undefined;
  }

  /**
   * The point the typed values give from `from`: the typed angle or else the direction towards the cursor,
   * the typed length or else the cursor's distance. Undefined when nothing usable was typed.
   */
  target(from: Vec2, cursor: Vec2 | undefined): Vec2 | undefined {
    const len = this.length();
    const ang = this.angle();
    if (len === undefined && ang === undefined) return undefined;
    let dir: Vec2 = [1, 0];
    if (ang !== undefined) dir = [Math.cos((ang * Math.PI) / 180), Math.sin((ang * Math.PI) / 180)];
    else if (cursor) {
      const d = Math.hypot(cursor[0] - from[0], cursor[1] - from[1]);
      if (d > 1e-9) dir = [(cursor[0] - from[0]) / d, (cursor[1] - from[1]) / d];
    }
    const l = len ?? (cursor ? Math.hypot(cursor[0] - from[0], cursor[1] - from[1]) : 0);
    if (!(l > 0)) return undefined;
    // round away float noise (12 m at 30° must not become 11.999999999 in the file)
    const r = (v: number) => Math.round(v * 1e6) / 1e6;
    return [r(from[0] + dir[0] * l), r(from[1] + dir[1] * l)];
  }
}
