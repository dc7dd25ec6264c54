/**
 * One of the four numbered corner handles of a straightening, kept over its plan point as the view moves; dragged
 * onto the plan's corner as it appears in the photo. Escape ends the straightening, as it ends a CAD command.
 */
import { useRef } from 'react';
import type { Vec2 } from '../../core/geometry/vec';
import { useT } from '../EditorContext';
import { usePlanAnchor } from '../usePlanAnchor';
import { screenToPlan } from './screen-to-plan';
import { underlayStore } from './underlay-store';

export function UnderlayCorner({ index, at }: { index: number; at: Vec2 }) {
  const t = useT();
  const node = useRef<HTMLButtonElement>(null);
  const dragging = useRef(false);
  usePlanAnchor(node, at);
  const moveTo = (x: number, y: number) => {
    const p = screenToPlan(x, y);
    const s = underlayStore.getState().straighten;
    if (!p || !s || s.running) return;
    const corners = s.corners.map((c, i) => (i === index ? ([p[0], p[1]] as [number, number]) : c));
    underlayStore.setState({ straighten: { ...s, corners } });
  };
  return (
    <button
      type="button"
      ref={node}
      className="underlay-corner"
      data-testid={`underlay-corner-${index + 1}`}
      aria-label={`${t('underlay.straighten')} ${index + 1}`}
      title={t('underlay.straightenHint')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        dragging.current = true;
      }}
      onPointerMove={(e) => dragging.current && moveTo(e.clientX, e.clientY)}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
      onKeyDown={(e) => e.key === 'Escape' && underlayStore.setState({ straighten: undefined })}
    >
      {index + 1}
    </button>
  );
}
