import { useEffect } from 'react';

/**
 * Closes a pop-up (menu, context menu) on a pointer press outside it and on Escape, as every desktop menu does. Escape
 * is taken before the editor sees it, so it closes the pop-up and nothing else (the editor would also drop the selection).
 */
export function useDismiss(popup: React.RefObject<HTMLElement | null>, open: boolean, close: () => void, opts: { capture?: boolean } = {}) {
  const { capture = false } = opts;
  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (popup.current && e.target instanceof Node && popup.current.contains(e.target)) return;
      close();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    window.addEventListener('pointerdown', outside, capture);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointerdown', outside, capture);
      window.removeEventListener('keydown', key, true);
    };
  }, [popup, open, close, capture]);
}
