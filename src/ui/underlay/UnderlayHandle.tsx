/**
 * One mouse handle on an underlay, kept over its point of the image (centre, knob, corner) as the view moves. Dragging
 * it previews the image; releasing makes the gesture one undoable edit (Escape or a lost pointer drops it).
 */
import { useRef } from 'react';
import { updateFloor } from '../../core/commands';
import type { Underlay } from '../../core/document';
import type { Vec2 } from '../../core/geometry/vec';
import { useEditor, useT } from '../EditorContext';
import { usePlanAnchor } from '../usePlanAnchor';
import { screenToPlan } from './screen-to-plan';
import { underlayStore } from './underlay-store';
import { centreOf, cornerOf, knobOf, moved, rotated, scaled } from './underlay-transform';

export type HandleKind = 'move' | 'rotate' | 'scale';

const AT: Record<HandleKind, (u: Underlay) => Vec2> = { move: centreOf, rotate: knobOf, scale: cornerOf };

function gesture(kind: HandleKind, start: Underlay, from: Vec2, to: Vec2): Underlay {
  return kind === 'move' ? moved(start, from, to) : kind === 'rotate' ? rotated(start, from, to) : scaled(start, to);
}

export function UnderlayHandle({ kind, shown, stored, floorId }: { kind: HandleKind; shown: Underlay; stored: Underlay; floorId: string }) {
  const editor = useEditor();
  const t = useT();
  const node = useRef<HTMLButtonElement>(null);
  const drag = useRef<{ from: Vec2; start: Underlay } | undefined>(undefined);
  usePlanAnchor(node, AT[kind](shown));
  const end = (commit: boolean) => {
    const g = drag.current;
    const last = underlayStore.getState().preview;
    drag.current = undefined;
    underlayStore.setState({ preview: undefined });
    if (commit && g && last) editor.execute(updateFloor(floorId, { underlay: last.underlay }, '底图位置 / Underlay placement'));
  };
  return (
    <button
      type="button"
      ref={node}
      className={`underlay-handle underlay-handle--${kind}`}
      data-testid={`underlay-handle-${kind}`}
      aria-label={`${t('underlay.handlesTitle')} (${kind})`}
      title={t('underlay.handlesTitle')}
      onPointerDown={(e) => {
        const p = screenToPlan(e.clientX, e.clientY);
        if (!p) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { from: p, start: stored };
      }}
      onPointerMove={(e) => {
        const g = drag.current;
        const p = g && screenToPlan(e.clientX, e.clientY);
        if (g && p) underlayStore.setState({ preview: { floorId, underlay: gesture(kind, g.start, g.from, p) } });
      }}
      onPointerUp={() => end(true)}
      onPointerCancel={() => end(false)}
      onKeyDown={(e) => e.key === 'Escape' && end(false)}
    />
  );
}
