/**
 * A selected wall's length shown on the plan beside the wall and editable in place (as Revit's temporary
 * dimension): type a length, Enter, and the wall's far end moves along it. The field stands off the wall, clear of
 * the view's panels and the plan's labels (wall-length-spot.ts).
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Vec2 } from '../../core/geometry/vec';
import { findElement } from '../../core/query';
import { clientRect } from '../../view/client-rect';
import { onViewMoved, planToScreen } from '../../view/plan-projection';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { type Rect, wallLengthSpot } from './wall-length-spot';

/** What the field must not cover: the panels over the view and the plan's labels. */
const AVOID = ':scope > .model-controls, :scope > .underlay-panel, :scope > [data-testid="viewport"] [data-testid="labels"] > *';

/** Keeps the field beside the wall from `a` to `b`, placed again whenever the view moves; hidden while the wall's middle is out of view. */
function useWallSpot(node: RefObject<HTMLElement | null>, a: Vec2 | undefined, b: Vec2 | undefined): void {
  const key = a && b ? `${a[0]},${a[1]},${b[0]},${b[1]}` : '';
  useEffect(() => {
    if (!key) return;
    const [ax, ay, bx, by] = key.split(',').map(Number);
    const place = () => {
      const el = node.current;
      const host = el?.parentElement;
      const sa = planToScreen([ax, ay]);
      const sb = planToScreen([bx, by]);
      if (!el || !host || !sa || !sb) return;
      const r = clientRect(host);
      const view: Rect = { left: 0, top: 0, right: r.width, bottom: r.height };
      const avoid: Rect[] = [];
      for (const n of host.querySelectorAll(AVOID)) {
        const q = n.getBoundingClientRect();
        if (q.width > 0 && q.height > 0) avoid.push({ left: q.left - r.left, top: q.top - r.top, right: q.right - r.left, bottom: q.bottom - r.top });
      }
      const local = (p: [number, number]): [number, number] => [p[0] - r.left, p[1] - r.top];
      const [x, y] = wallLengthSpot(local(sa), local(sb), el.offsetWidth, el.offsetHeight, avoid, view);
      el.style.left = `${x}px`;
      el.style.top = `${y}px`;
      const mx = (sa[0] + sb[0]) / 2;
      const my = (sa[1] + sb[1]) / 2;
      el.style.visibility = mx < r.left || mx > r.right || my < r.top || my > r.bottom ? 'hidden' : '';
    };
    place();
    return onViewMoved(place);
  }, [node, key]);
}

export function WallLengthField() {
  const editor = useEditor();
  const t = useT();
  const wall = useEditorState((s) => {
    if (s.tool !== 'select' || s.selection.length !== 1 || s.viewMode !== '2d') return undefined;
    const el = findElement(s.doc, s.selection[0])?.element;
    return el?.kind === 'wall' ? el : undefined;
  });
  const box = useRef<HTMLDivElement>(null);
  const length = wall ? Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]) : 0;
  const [text, setText] = useState('');
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(length.toFixed(2));
  }, [length, editing]);
  useWallSpot(box, wall?.a, wall?.b);
  if (!wall) return null;
  return (
    <div className="wall-length" ref={box} data-testid="wall-length" title={t('draw.wallLengthTitle')}>
      <span>{t('draw.wallLength')}</span>
      <input
        data-testid="wall-length-input"
        inputMode="decimal"
        value={text}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            const v = Number.parseFloat(text);
            if (Number.isFinite(v)) editor.setWallLength(wall.id, v);
            (e.target as HTMLInputElement).blur();
          } else if (e.key === 'Escape') {
            setText(length.toFixed(2));
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <span>m</span>
    </div>
  );
}
