/**
 * The findings panel's height chosen by the user, in pixels, kept in localStorage for the next start; undefined until
 * the user resizes it (the stylesheet's share of the column applies). Clamped so the view above keeps room to work in.
 */
import { type RefObject, useCallback, useState } from 'react';

const KEY = 'halltwin:findings-height';
const MIN_PX = 150;
/** What the view above keeps at least. */
const VIEW_MIN_PX = 160;

function stored(): number | undefined {
  try {
    const v = Number(localStorage.getItem(KEY));
    return Number.isFinite(v) && v >= MIN_PX ? v : undefined;
  } catch {
    return undefined;
  }
}

export function usePanelHeight(panel: RefObject<HTMLElement | null>): [number | undefined, (px: number) => void, () => number] {
  const [height, setHeight] = useState<number | undefined>(stored);
  const current = useCallback(() => panel.current?.getBoundingClientRect().height ?? height ?? MIN_PX, [panel, height]);
  const resize = useCallback(
    (px: number) => {
      const column = panel.current?.parentElement?.getBoundingClientRect().height ?? Number.POSITIVE_INFINITY;
      const h = Math.round(Math.max(MIN_PX, Math.min(px, column - VIEW_MIN_PX)));
      setHeight(h);
      try {
        localStorage.setItem(KEY, String(h));
      } catch {
        // No storage (private mode): the height holds for this page.
      }
    },
    [panel],
  );
  return [height, resize, current];
}
