/**
 * The DOM layer that shows every registered label, laid out by <LabelProjector> whenever the camera or the
 * labels change: labels are placed by priority (drawing annotations, zone names, counter numbers, signs and
 * points) with src/core/geometry/label-placement, so no two visible labels overlap; one without room takes its
 * short form or is hidden. A shortened label shows its full text in a tooltip on hover.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { LabelsStore, LabelVariant } from './labels-store';
import { placeLabels, type LabelBox, type LabelRequest } from '../core/geometry/label-placement';
import { LABEL_ANCHORS as ANCHORS, LABEL_PRIORITY as PRIORITY } from '../core/geometry/label-rules';
import { LONG_LABEL_UNITS, SHORT_LABEL_UNITS, shortenLabel, textUnits } from '../core/geometry/label-text';
import { LABEL_STYLES, TOOLTIP_FONT, labelHeight, labelWidth } from './label-metrics';

/** Where the projector finds the DOM nodes of the labels. */
export type LabelNodes = Map<string, HTMLSpanElement>;

/** What the projector placed, for hover tooltips and browser tests. */
export type LabelPlacements = Map<string, { box: LabelBox; full: string; shortened: boolean }>;

export interface LabelLayerProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** Filled with key → node for the projector. */
  nodes: LabelNodes;
  /** Filled by the projector with the placed boxes. */
  placed?: LabelPlacements;
}

/** The form shown when there is room: very long names are cut even then (the full text is on hover). */
function displayText(text: string): string {
  return textUnits(text) > LONG_LABEL_UNITS ? shortenLabel(text, LONG_LABEL_UNITS) : text;
}

export function LabelLayer({ store, nodes, placed }: LabelLayerProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const entries = [...store.labels.entries()];
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
    // Contained: the labels moved on every frame of a drag are laid out and painted without the rest of the page.
    <div ref={layer} style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden', contain: 'strict' }} data-testid="labels">
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

/**
 * One label's node, memoised: when one label changes (the snap name following the pointer while dragging), the
 * others are not rendered again (a city hall floor shows hundreds). The projector owns its position and form.
 */
const LabelSpan = memo(function LabelSpan({ id, text, variant, nodes }: { id: string; text: string; variant: LabelVariant; nodes: LabelNodes }) {
  const full = useMemo(() => displayText(text), [text]);
  const short = useMemo(() => shortenLabel(text, SHORT_LABEL_UNITS), [text]);
  const ref = useCallback(
    (n: HTMLSpanElement | null) => {
      if (n) nodes.set(id, n);
      else nodes.delete(id);
    },
    [id, nodes],
  );
  return (
    <span
      data-label={variant}
      data-visible="0"
      ref={ref}
      style={{ position: 'absolute', left: 0, top: 0, whiteSpace: 'nowrap', userSelect: 'none', transform: 'translate(-9999px,0)', visibility: 'hidden', ...LABEL_STYLES[variant] }}
    >
      <span data-form="full">{full}</span>
      <span data-form="short" style={{ display: 'none' }}>
        {short}
      </span>
    </span>
  );
});

export interface LabelProjectorProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** DOM nodes from the label layer. */
  nodes: LabelNodes;
  /** Filled with the placed boxes. */
  placed?: LabelPlacements;
}

interface Measure {
  text: string;
  w: number;
  sw: number;
  h: number;
  full: string;
}

const formOf = (node: HTMLSpanElement, form: 'full' | 'short') => node.querySelector<HTMLSpanElement>(`[data-form="${form}"]`);

function showForm(node: HTMLSpanElement, short: boolean): void {
  const f = formOf(node, 'full');
  const s = formOf(node, 'short');
  if (f) f.style.display = short ? 'none' : '';
  if (s) s.style.display = short ? '' : 'none';
}

/** Inside the canvas: projects the labels' world points and lays them out when the view or the labels change. */
export function LabelProjector({ store, nodes, placed }: LabelProjectorProps) {
  const { camera, size, invalidate } = useThree();
  const v = useMemo(() => new THREE.Vector3(), []);
  const sizes = useRef(new Map<string, Measure>());
  const lastKey = useRef('');
  const shown = useRef(new Map<string, string>());
  // Labels come and go without the scene changing; the view draws on demand, so ask for the frame that places them.
  useEffect(() => store.subscribe(invalidate), [store, invalidate]);
  useFrame(() => {
    const m = camera.matrixWorld.elements;
    const p = camera.projectionMatrix.elements;
    const key = `${store.getVersion()}|${nodes.size}|${size.width}x${size.height}|${m[12].toFixed(3)},${m[13].toFixed(3)},${m[14].toFixed(3)},${m[0].toFixed(4)},${m[2].toFixed(4)},${m[8].toFixed(4)},${p[0].toFixed(6)},${p[5].toFixed(6)}`;
    if (key === lastKey.current) return;
    lastKey.current = key;
    // Sizes of new or changed texts, computed (./label-metrics): reading them from the nodes would lay out the
    // whole label layer. Keyed by the text in the DOM, which is what is shown.
    let fresh = false;
    for (const [k, node] of nodes) {
      const l = store.labels.get(k);
      const dom = node.textContent ?? '';
      if (!l || sizes.current.get(k)?.text === dom) continue;
      fresh = true;
      const full = displayText(l.text);
      sizes.current.set(k, {
        text: dom,
        w: labelWidth(l.variant, full),
        h: labelHeight(l.variant),
        sw: labelWidth(l.variant, shortenLabel(l.text, SHORT_LABEL_UNITS)),
        full: l.text,
      });
    }
    if (fresh) for (const k of sizes.current.keys()) if (!nodes.has(k)) sizes.current.delete(k);
    const pxPerMetre = camera instanceof THREE.OrthographicCamera ? camera.zoom : undefined;
    const requests: LabelRequest[] = [];
    const keys: string[] = [];
    for (const k of nodes.keys()) {
      const l = store.labels.get(k);
      const s = sizes.current.get(k);
      if (!l || !s) continue;
      v.set(...l.position).project(camera);
      if (v.z > 1 || v.z < -1) continue;
      const x = ((v.x + 1) / 2) * size.width;
      const y = ((1 - v.y) / 2) * size.height;
      // Off screen by more than its own size: no placement of it can be inside the view, where placeLabels keeps
      // boxes, so it is not handed over (the placement's cost grows with the labels it is given).
      const reach = s.w + s.h + 16;
      if (x < -reach || y < -reach || x > size.width + reach || y > size.height + reach) continue;
      let width = s.w;
      let shortWidth = s.sw < s.w ? s.sw : undefined;
      // a zone's name stays inside the zone: too wide, it takes its short form, or goes
      if (l.maxWidth !== undefined && pxPerMetre !== undefined) {
        const room = l.maxWidth * pxPerMetre;
        if (width > room) {
          if (shortWidth === undefined || shortWidth > room) continue;
          width = shortWidth;
          shortWidth = undefined;
        }
      }
      requests.push({ key: k, priority: PRIORITY[l.variant], x, y, width, height: s.h, shortWidth, anchors: ANCHORS[l.variant], offset: l.variant === 'snap' ? 8 : 3 });
      keys.push(k);
    }
    const result = placeLabels(requests, { bounds: { x0: 0, y0: 0, x1: size.width, y1: size.height }, padding: 2 });
    const seen = new Set<string>();
    placed?.clear();
    result.forEach((r, i) => {
      const k = keys[i];
      const node = nodes.get(k)!;
      const s = sizes.current.get(k)!;
      if (!r.visible) return;
      seen.add(k);
      const short = r.short || requests[i].width < s.w;
      const t = `${short ? 1 : 0}|translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
      placed?.set(k, { box: r.box, full: s.full, shortened: short || s.full !== displayText(s.full) });
      if (shown.current.get(k) === t) return;
      shown.current.set(k, t);
      showForm(node, short);
      node.style.transform = `translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
      node.style.visibility = 'visible';
      node.dataset.visible = '1';
    });
    for (const [k, node] of nodes) {
      if (seen.has(k) || shown.current.get(k) === 'hidden') continue;
      shown.current.set(k, 'hidden');
      node.style.transform = 'translate(-9999px,0)';
      node.style.visibility = 'hidden';
      node.dataset.visible = '0';
    }
  });
  useEffect(() => () => shown.current.clear(), []);
  return null;
}
