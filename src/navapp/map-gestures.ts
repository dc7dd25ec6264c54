/** Pointer gestures on the map: one finger pans, two pinch, the wheel zooms; a press that barely moves is a tap. */
export interface GestureHooks {
  pan(dxPx: number, dyPx: number): void;
  zoomAt(clientX: number, clientY: number, k: number): void;
  tap(clientX: number, clientY: number): void;
}

export function attachGestures(svg: SVGSVGElement, on: GestureHooks): void {
  const ptrs = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let pinch0 = 0;
  svg.addEventListener('pointerdown', (e) => {
    svg.setPointerCapture(e.pointerId);
    ptrs.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (ptrs.size === 1) moved = 0;
    if (ptrs.size === 2) {
      const [a, b] = [...ptrs.values()];
      pinch0 = Math.hypot(a.x - b.x, a.y - b.y);
      moved = 99;
    }
  });
  svg.addEventListener('pointermove', (e) => {
    const prev = ptrs.get(e.pointerId);
    if (!prev) return;
    if (ptrs.size === 1) {
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      moved += Math.abs(dx) + Math.abs(dy);
      if (moved >= 10) on.pan(dx, dy);
    }
    ptrs.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (ptrs.size === 2) {
      const [a, b] = [...ptrs.values()];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch0 > 0 && d > 0) on.zoomAt((a.x + b.x) / 2, (a.y + b.y) / 2, pinch0 / d);
      pinch0 = d;
    }
  });
  const up = (e: PointerEvent) => {
    if (!ptrs.has(e.pointerId)) return;
    ptrs.delete(e.pointerId);
    if (ptrs.size === 0 && moved < 10 && e.type === 'pointerup') on.tap(e.clientX, e.clientY);
  };
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      on.zoomAt(e.clientX, e.clientY, e.deltaY > 0 ? 1.15 : 1 / 1.15);
    },
    { passive: false },
  );
}
