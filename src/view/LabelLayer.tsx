/**
 * The DOM layer that shows every registered label, laid out by <LabelProjector> whenever the camera or the
 * labels change: labels are placed by priority (drawing annotations, zone names, counter numbers, signs and
 * points) with src/core/geometry/label-placement, so no two visible labels overlap; one without room takes its
 * short form or is hidden. A shortened label shows its full text in a tooltip on hover.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LabelData, LabelsStore } from './labels-store';
import type { LabelNodes, LabelPlacements } from './label-nodes';
import { TOOLTIP_FONT } from './label-metrics';
import { LabelSpan } from './LabelSpan';

export interface LabelLayerProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** Filled with key → node for the projector. */
  nodes: LabelNodes;
  /** Filled by the projector with the placed boxes. */
  placed?: LabelPlacements;
}

declare global {
  interface Window {
    /** Label nodes the layer adds per task (browser tests set it before the app loads; default LABEL_SLICE). */
    __halltwin_labelSlice?: number;
  }
}

/**
 * Most label nodes added in one task. A city hall floor opens with hundreds of labels, each a few DOM nodes with
 * inline styles: created in one commit they made a main-thread task of their own (~90 ms CPU on a 2,000-element
 * floor, several times that on a slow machine). The rest follow in the next tasks, in the store's order, so the
 * projector ends with the same nodes in the same order and places them as it would have at once. A few labels
 * coming at a time (an edit, the snap name of a drag) are all added at once.
 */
const LABEL_SLICE = 120;

/**
 * The store's labels to render now: every one already rendered and at most a slice of new ones, in the store's
 * order; the next slice follows in a task of its own until all are rendered.
 */
function useSlicedEntries(store: LabelsStore): [string, LabelData][] {
  const rendered = useRef(new Set<string>());
  /** The last commit held labels back for a later slice. */
  const sliced = useRef(false);
  const [, setTick] = useState(0);
  const slice = (typeof window !== 'undefined' && window.__halltwin_labelSlice) || LABEL_SLICE;
  const out: [string, LabelData][] = [];
  let added = 0;
  let held = false;
  for (const e of store.labels) {
    if (!rendered.current.has(e[0])) {
      if (added >= slice) {
        held = true;
        continue;
      }
      added++;
    }
    out.push(e);
  }
  rendered.current = new Set(out.map((e) => e[0]));
  useEffect(() => {
    // The store has not changed since the first slice: tell the projector that this one's nodes are in.
    if (added > 0 && sliced.current) store.nodesAdded();
    sliced.current = held;
    if (!held) return;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => setTick((t) => t + 1);
    ch.port2.postMessage(null);
    return () => ch.port1.close();
  });
  return out;
}

export function LabelLayer({ store, nodes, placed }: LabelLayerProps) {
  // Rendered again only when labels come, go or change text: the projector moves the nodes (labels-store.ts).
  useSyncExternalStore(store.subscribe, store.getListVersion);
  const entries = useSlicedEntries(store);
  const layer = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
  useEffect(() => {
    const host = layer.current?.parentElement;
    if (!host || !placed) return;
    // The host's place on the page, read again only when it may have moved: reading it on every pointer move
    // forced a layout of the labels the projector had just moved (a third of a drag step's main-thread time).
    let rect: DOMRect | undefined;
    const stale = () => void (rect = undefined);
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(stale) : undefined;
    ro?.observe(host);
    window.addEventListener('resize', stale);
    window.addEventListener('scroll', stale, true);
    const move = (e: PointerEvent) => {
      // No tooltip while a button is held (a drag or a pan): nothing to look up then.
      if (e.buttons !== 0) {
        setTip(null);
        return;
      }
      rect ??= host.getBoundingClientRect();
      const r = rect;
      const x = e.clientX - r.left;
      const y = e.clientY - r.top;
      let hit: { x: number; y: number; text: string } | null = null;
      for (const p of placed.values()) {
        if (p.shortened && x >= p.box.x0 && x <= p.box.x1 && y >= p.box.y0 && y <= p.box.y1) hit = { x: p.box.x0, y: p.box.y1 + 2, text: p.full };
      }
      setTip((t) => (t?.text === hit?.text && t?.x === hit?.x ? t : hit));
    };
    const leave = () => setTip(null);
    host.addEventListener('pointermove', move);
    host.addEventListener('pointerleave', leave);
    return () => {
      ro?.disconnect();
      window.removeEventListener('resize', stale);
      window.removeEventListener('scroll', stale, true);
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerleave', leave);
    };
  }, [placed]);
  return (
    // Contained, on a layer of its own: the labels moved on every frame of a drag are laid out and painted without the rest of the page.
    <div ref={layer} style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', contain: 'strict', willChange: 'transform' }} data-testid="labels">
      {entries.map(([key, l]) => (
        <LabelSpan key={key} id={key} text={l.text} variant={l.variant} nodes={nodes} />
      ))}
      {tip && (
        <div
          data-testid="label-tooltip"
          style={{
            position: 'absolute',
            left: tip.x,
            top: tip.y,
            font: TOOLTIP_FONT,
            background: '#0f172a',
            color: '#fff',
            padding: '2px 6px',
            borderRadius: 3,
            whiteSpace: 'nowrap',
            zIndex: 2,
          }}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
