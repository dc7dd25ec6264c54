/**
 * The line between the view and the findings panel, dragged (or moved with the arrow keys) to give the findings
 * more or less height, as the panels of a desktop model checker are. The height is kept for the next start.
 */
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useT } from '../EditorContext';

const STEP = 40;

export function FindingsResizer({ height, onResize }: { height: () => number; onResize: (px: number) => void }) {
  const now = Math.round(height());
  const t = useT();
  const drag = useRef<{ y: number; h: number } | undefined>(undefined);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, h: height() };
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) onResize(d.h - (e.clientY - d.y));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = undefined;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    onResize(height() + (e.key === 'ArrowUp' ? STEP : -STEP));
  };
  return (
    // A focusable separator is the ARIA pattern for a splitter that the keyboard moves.
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus or pointer capture as a splitter must
    <div
      className="findings-resize"
      role="separator"
      aria-orientation="horizontal"
      aria-valuenow={now}
      aria-valuetext={`${now} px`}
      aria-label={t('findings.resize')}
      title={t('findings.resize')}
      tabIndex={0}
      data-testid="findings-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
