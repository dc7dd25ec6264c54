import { useEffect, useState } from 'react';
import type { Editor } from '../../editor/editor';

/**
 * Where the plan's context menu is open, in client pixels, or null. A right click that does not drag (a drag pans)
 * opens it in the 2D view, selecting the element under the pointer unless it is already part of the selection.
 */
export function usePlanContextMenu(editor: Editor, host: React.RefObject<HTMLElement | null>) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.button === 2) down = { x: e.clientX, y: e.clientY };
    };
    const onUp = (e: PointerEvent) => {
      if (e.button !== 2 || !down) return;
      const moved = Math.hypot(e.clientX - down.x, e.clientY - down.y);
      down = null;
      if (moved > 4 || editor.state.viewMode !== '2d') return;
      const p = editor.state.cursor;
      const hit = p ? editor.hitTest(p) : undefined;
      if (hit && !editor.selection.includes(hit.id)) editor.select([hit.id]);
      setAt({ x: e.clientX, y: e.clientY });
    };
    el.addEventListener('pointerdown', onDown, true);
    el.addEventListener('pointerup', onUp, true);
    return () => {
      el.removeEventListener('pointerdown', onDown, true);
      el.removeEventListener('pointerup', onUp, true);
    };
  }, [editor, host]);
  return [at, setAt] as const;
}
