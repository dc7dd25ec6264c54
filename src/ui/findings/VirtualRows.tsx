/**
 * A list of fixed-height rows of which only those in view (and a few beyond) are in the page: thousands
 * of findings scroll as smoothly as ten. The scroll position is the container's own.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

export function VirtualRows<T>({ rows, render, testId, scrollTo }: { rows: readonly T[]; render: (row: T, index: number) => ReactNode; testId?: string; scrollTo?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(300);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setHeight(el.clientHeight)) : undefined;
    ro?.observe(el);
    setHeight(el.clientHeight);
    return () => ro?.disconnect();
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || scrollTo === undefined || scrollTo < 0) return;
    const y = scrollTo * ROW_HEIGHT;
    if (y < el.scrollTop || y + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, y - el.clientHeight / 3);
  }, [scrollTo]);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const shown: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    shown.push(
      <div key={i} className="vrow" style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}>
        {render(rows[i], i)}
      </div>,
    );
  }
  return (
    <div ref={ref} className="vlist" data-testid={testId} data-rows={rows.length} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <div className="vlist-space" style={{ height: rows.length * ROW_HEIGHT }}>
        {shown}
      </div>
    </div>
  );
}
