/**
 * Texts of the drawing annotations: the rubber band's length and angle (with what is being typed), a dragged
 * rectangle's size and area, and the name of the snap that caught the cursor.
 */
import type { Guide, SegmentDim } from '../editor/types';

export type Lang = 'zh-CN' | 'en';

const fmt = (v: number, d: number) => (Math.abs(v) < 5e-7 ? 0 : v).toFixed(d);

/** "12.00 m ∠ 90°"; the field being typed shows its digits and a caret: "12▌ m ∠ 90°". */
export function segmentDimText(dim: SegmentDim): string {
  const t = dim.typed;
  const len = t && (t.length !== '' || t.field === 'length') ? `${t.length}${t.field === 'length' ? '▌' : ''}` : fmt(dim.length, 2);
  const ang = t && (t.angle !== '' || t.field === 'angle') ? `${t.angle}${t.field === 'angle' ? '▌' : ''}` : fmt(dim.angle, 1);
  return `${len} m  ∠ ${ang}°`;
}

export function rectDimText(a: readonly number[], b: readonly number[]): string {
  const w = Math.abs(b[0] - a[0]);
  const h = Math.abs(b[1] - a[1]);
  return `${fmt(w, 2)} × ${fmt(h, 2)} m · ${fmt(w * h, 1)} m²`;
}

const SNAP_NAMES: Partial<Record<Guide['kind'], { zh: string; en: string }>> = {
  vertex: { zh: '端点', en: 'Endpoint' },
  midpoint: { zh: '中点', en: 'Midpoint' },
  perpendicular: { zh: '垂足', en: 'Perpendicular' },
  extension: { zh: '延长线', en: 'Extension' },
  wall: { zh: '墙上', en: 'On wall' },
  edge: { zh: '边上', en: 'On edge' },
  'align-x': { zh: '对齐', en: 'Aligned' },
  'align-y': { zh: '对齐', en: 'Aligned' },
  ortho: { zh: '正交锁定', en: 'Angle lock' },
};

/** The snap's name in the UI language; grid snaps are not named (they are everywhere). */
export function snapName(kind: Guide['kind'], lang: Lang): string | undefined {
  const n = SNAP_NAMES[kind];
  return n && (lang === 'en' ? n.en : n.zh);
}
