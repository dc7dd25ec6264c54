/**
 * Mouse handles on the current floor's underlay in the 2D plan: drag the centre to move it, the round knob to
 * turn it about its centre, the corner to scale it about its top-left corner. The image follows the pointer
 * while dragging; releasing makes it one undoable edit (Escape or a lost pointer drops the gesture).
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { updateFloor } from '../../core/commands';
import type { Underlay } from '../../core/document';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { underlayStore } from './underlay-store';
import { centreOf, cornerOf, knobOf, moved, rotated, scaled } from './underlay-transform';

type P = [number, number];
type Kind = 'move' | 'rotate' | 'scale';
const KINDS: Kind[] = ['move', 'rotate', 'scale'];
const AT: Record<Kind, (u: Underlay) => P> = { move: centreOf, rotate: knobOf, scale: cornerOf };

/** Screen → plan through the view's plan → screen map (affine in the 2D plan's top view). */
function screenToPlan(x: number, y: number): P | undefined {
  const f = window.__halltwin_planToScreen;
  const o = f?.([0, 0]);
  const ex = f?.([1, 0]);
  const ey = f?.([0, 1]);
  if (!o || !ex || !ey) return undefined;
  const a = ex[0] - o[0];
  const b = ey[0] - o[0];
  const c = ex[1] - o[1];
  const d = ey[1] - o[1];
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return undefined;
  const sx = x - o[0];
  const sy = y - o[1];
  return [(d * sx - b * sy) / det, (-c * sx + a * sy) / det];
}

export function UnderlayHandles() {
  const editor = useEditor();
  const t = useT();
  const floorId = useEditorState((s) => s.floorId);
  const is2d = useEditorState((s) => s.viewMode === '2d');
  const stored = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  const { handles, preview } = useStore(underlayStore);
  const u = preview?.floorId === floorId ? preview.underlay : stored;
  const nodes = useRef<Partial<Record<Kind, HTMLButtonElement | null>>>({});
  const drag = useRef<{ kind: Kind; from: P; start: Underlay } | undefined>(undefined);
  const show = !!(handles && is2d && u?.visible);
  // Follow the image on screen while the view pans and zooms.
  useEffect(() => {
    if (!show || !u) return;
    let raf = 0;
    const place = () => {
      for (const k of KINDS) {
        const node = nodes.current[k];
        const host = node?.parentElement;
        const at = window.__halltwin_planToScreen?.(AT[k](u));
        if (node && host && at) {
          const r = host.getBoundingClientRect();
          node.style.left = `${at[0] - r.left}px`;
          node.style.top = `${at[1] - r.top}px`;
        }
      }
      raf = requestAnimationFrame(place);
    };
    place();
    return () => cancelAnimationFrame(raf);
  }, [show, u]);
  if (!show || !u || !stored) return null;
  const gesture = (kind: Kind, start: Underlay, from: P, to: P): Underlay =>
    kind === 'move' ? moved(start, from, to) : kind === 'rotate' ? rotated(start, from, to) : scaled(start, to);
  const end = (commit: boolean) => {
    const g = drag.current;
    const last = underlayStore.getState().preview;
    drag.current = undefined;
    underlayStore.setState({ preview: undefined });
    if (commit && g && last) editor.execute(updateFloor(floorId, { underlay: last.underlay }, '底图位置 / Underlay placement'));
  };
  return (
    <>
      {KINDS.map((k) => (
        <button
          type="button"
          key={k}
          ref={(n) => {
            nodes.current[k] = n;
          }}
          className={`underlay-handle underlay-handle--${k}`}
          data-testid={`underlay-handle-${k}`}
          aria-label={`${t('underlay.handlesTitle')} (${k})`}
          title={t('underlay.handlesTitle')}
          onPointerDown={(e) => {
            const p = screenToPlan(e.clientX, e.clientY);
            if (!p) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            drag.current = { kind: k, from: p, start: stored };
          }}
          onPointerMove={(e) => {
            const g = drag.current;
            const p = g && screenToPlan(e.clientX, e.clientY);
            if (g && p) underlayStore.setState({ preview: { floorId, underlay: gesture(g.kind, g.start, g.from, p) } });
          }}
          onPointerUp={() => end(true)}
          onPointerCancel={() => end(false)}
          onKeyDown={(e) => e.key === 'Escape' && end(false)}
        />
      ))}
    </>
  );
}
