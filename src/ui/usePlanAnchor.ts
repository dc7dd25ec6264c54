import { useEffect } from 'react';
import type { Vec2 } from '../core/geometry/vec';
import { onViewMoved, planToScreen } from '../view/plan-projection';

/**
 * Keeps an absolutely placed node (a typed dimension, a handle) over a plan point: placed when it appears or the
 * point moves, and again only when the view moves (pan, zoom, resize, floor). No work while the view is idle.
 * Hidden while the point is outside the view.
 */
export function usePlanAnchor(node: React.RefObject<HTMLElement | null>, at: Vec2 | undefined): void {
  const x = at?.[0];
  const y = at?.[1];
  useEffect(() => {
    if (x === undefined || y === undefined) return;
    const place = () => {
      const el = node.current;
      const host = el?.parentElement;
      const s = planToScreen([x, y]);
      if (!el || !host || !s) return;
      const r = host.getBoundingClientRect();
      el.style.left = `${s[0] - r.left}px`;
      el.style.top = `${s[1] - r.top}px`;
      // A point panned out of the view takes its field with it, rather than leaving it over the panels around the view.
      el.style.visibility = s[0] < r.left || s[0] > r.right || s[1] < r.top || s[1] > r.bottom ? 'hidden' : '';
    };
    place();
    return onViewMoved(place);
  }, [node, x, y]);
}
