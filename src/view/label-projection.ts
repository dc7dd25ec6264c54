/**
 * The steps of laying out the label layer for one view, without React: measure new or changed texts, turn the
 * labels in view into placement requests, and write the placed boxes to the label nodes. <LabelProjector> runs them
 * when the camera or the labels change.
 */
import * as THREE from 'three';
import type { LabelsStore } from './labels-store';
import type { LabelNodes, LabelPlacements } from './label-nodes';
import type { LabelPlacement, LabelRequest } from '../core/geometry/label-placement';
import { LABEL_ANCHORS as ANCHORS, LABEL_PRIORITY as PRIORITY, MOVING_LABEL_PRIORITY } from '../core/geometry/label-rules';
import { SHORT_LABEL_UNITS, shortenLines, wrapLastLine } from '../core/geometry/label-text';
import { displayText } from './label-display';
import { labelHeight, labelWidth } from './label-metrics';
import type { LabelRange } from './label-ranges';

/** A label's measured sizes (px), keyed by the text shown in its node. */
export interface Measure {
  /** What was measured: the label's variant and text. */
  text: string;
  w: number;
  sw: number;
  h: number;
  full: string;
  /** The shown text is cut even when placed in full (a very long name). */
  cut: boolean;
  /** A zone name's size with its name on two lines, for a room too narrow for it on one (absent when it cannot break). */
  wrap?: { w: number; h: number };
}

const linesOf = (text: string) => text.split('\n').length;

/**
 * Sizes of new or changed texts, computed (./label-metrics): reading them from the nodes would lay out the whole
 * label layer. Keyed by the label's text and variant in the store, which the node shows: reading each node's
 * textContent to notice a change cost a walk of thousands of nodes on every frame of a drag in a large hall.
 */
export function measureLabels(nodes: LabelNodes, store: LabelsStore, sizes: Map<string, Measure>): void {
  let fresh = false;
  for (const k of nodes.keys()) {
    const l = store.labels.get(k);
    if (!l) continue;
    const key = `${l.variant}\u0000${l.text}`;
    if (sizes.get(k)?.text === key) continue;
    fresh = true;
    const full = displayText(l.text, l.variant);
    const w = labelWidth(l.variant, full);
    const wrapped = l.maxWidth !== undefined ? wrapLastLine(full) : undefined;
    sizes.set(k, {
      text: key,
      w,
      h: labelHeight(l.variant, linesOf(full)),
      // What the user is drawing has no short form: it goes to another side of its point rather than being cut.
      sw: l.variant === 'measure' ? w : labelWidth(l.variant, shortenLines(l.text, SHORT_LABEL_UNITS)),
      full: l.text,
      cut: full !== l.text,
      ...(wrapped ? { wrap: { w: labelWidth(l.variant, wrapped), h: labelHeight(l.variant, linesOf(wrapped)) } } : {}),
    });
  }
  if (fresh) for (const k of sizes.keys()) if (!nodes.has(k)) sizes.delete(k);
}

/**
 * The placement requests of the labels in view (screen px), with their keys in the same order, and the keys of the
 * zone names asked for with the name on two lines.
 */
export function labelRequests(
  nodes: LabelNodes,
  store: LabelsStore,
  sizes: ReadonlyMap<string, Measure>,
  camera: THREE.Camera,
  size: { width: number; height: number },
): { requests: LabelRequest[]; keys: string[]; wrapped: Set<string> } {
  const v = new THREE.Vector3();
  const pxPerMetre = camera instanceof THREE.OrthographicCamera ? camera.zoom : undefined;
  const requests: LabelRequest[] = [];
  const keys: string[] = [];
  const wrapped = new Set<string>();
  for (const k of nodes.keys()) {
    const l = store.labels.get(k);
    const s = sizes.get(k);
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
    let height = s.h;
    let shortWidth = s.sw < s.w ? s.sw : undefined;
    // a zone's name stays inside the zone: too wide, it breaks onto two lines, else takes its short form, or goes
    if (l.maxWidth !== undefined && pxPerMetre !== undefined) {
      const room = l.maxWidth * pxPerMetre;
      if (width > room && s.wrap && s.wrap.w <= room) {
        width = s.wrap.w;
        height = s.wrap.h;
        shortWidth = s.sw < width ? s.sw : undefined;
        wrapped.add(k);
      } else if (width > room) {
        if (shortWidth === undefined || shortWidth > room) continue;
        width = shortWidth;
        shortWidth = undefined;
      }
    }
    requests.push({
      key: k,
      priority: l.moving ? MOVING_LABEL_PRIORITY : PRIORITY[l.variant],
      x,
      y,
      width,
      height,
      shortWidth,
      anchors: ANCHORS[l.variant],
      offset: l.variant === 'snap' ? 8 : 3,
    });
    keys.push(k);
  }
  return { requests, keys, wrapped };
}

type Form = 'full' | 'short' | 'range' | 'wrap';
const formOf = (node: HTMLSpanElement, form: Form) => node.querySelector<HTMLSpanElement>(`[data-form="${form}"]`);

/** Shows one form of a label; the range form (a run of counters) takes its text from the projector. */
function showForm(node: HTMLSpanElement, form: Form, rangeText?: string): void {
  for (const f of ['full', 'short', 'range', 'wrap'] as const) {
    const n = formOf(node, f);
    if (n) n.style.display = f === form ? '' : 'none';
  }
  const r = formOf(node, 'range');
  if (r && form === 'range' && r.textContent !== rangeText) r.textContent = rangeText ?? '';
}

/**
 * Writes the placement to the nodes: a placed label shown at its box in its form, the others hidden. `shown` holds
 * what each node shows, so a label that stays put is not written again. A key in `ranges` shows its run's range, one
 * in `wrapped` its name on two lines unless it was placed short.
 */
export function applyPlacements(
  result: readonly LabelPlacement[],
  requests: readonly LabelRequest[],
  keys: readonly string[],
  nodes: LabelNodes,
  sizes: ReadonlyMap<string, Measure>,
  shown: Map<string, string>,
  placed?: LabelPlacements,
  ranges?: ReadonlyMap<string, LabelRange>,
  wrapped?: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  placed?.clear();
  result.forEach((r, i) => {
    const k = keys[i];
    const node = nodes.get(k)!;
    const s = sizes.get(k)!;
    if (!r.visible) return;
    seen.add(k);
    const range = ranges?.get(k);
    const wrap = !range && !r.short && !!wrapped?.has(k);
    const short = !range && !wrap && (r.short || requests[i].width < s.w);
    const form: Form = range ? 'range' : wrap ? 'wrap' : short ? 'short' : 'full';
    const t = `${form}|${range?.text ?? ''}|translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
    placed?.set(k, range ? { box: r.box, full: range.full, shortened: true } : { box: r.box, full: s.full, shortened: short || s.cut });
    if (shown.get(k) === t) return;
    shown.set(k, t);
    showForm(node, form, range?.text);
    node.style.transform = `translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
    node.style.visibility = 'visible';
    node.dataset.visible = '1';
    if (range) node.dataset.range = range.text;
    else delete node.dataset.range;
  });
  for (const [k, node] of nodes) {
    if (seen.has(k) || shown.get(k) === 'hidden') continue;
    shown.set(k, 'hidden');
    node.style.transform = 'translate(-9999px,0)';
    node.style.visibility = 'hidden';
    node.dataset.visible = '0';
  }
}
