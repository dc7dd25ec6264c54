/**
 * The steps of laying out the label layer for one view, without React: measure new or changed texts, turn the
 * labels in view into placement requests, and write the placed boxes to the label nodes. <LabelProjector> runs them
 * when the camera or the labels change.
 */
import * as THREE from 'three';
import type { LabelsStore } from './labels-store';
import type { LabelNodes, LabelPlacements } from './label-nodes';
import type { LabelPlacement, LabelRequest } from '../core/geometry/label-placement';
import { LABEL_ANCHORS as ANCHORS, LABEL_PRIORITY as PRIORITY } from '../core/geometry/label-rules';
import { SHORT_LABEL_UNITS, shortenLabel } from '../core/geometry/label-text';
import { displayText } from './label-display';
import { labelHeight, labelWidth } from './label-metrics';

/** A label's measured sizes (px), keyed by the text shown in its node. */
export interface Measure {
  text: string;
  w: number;
  sw: number;
  h: number;
  full: string;
  /** The shown text is cut even when placed in full (a very long name). */
  cut: boolean;
}

/**
 * Sizes of new or changed texts, computed (./label-metrics): reading them from the nodes would lay out the whole
 * label layer. Keyed by the text in the DOM, which is what is shown.
 */
export function measureLabels(nodes: LabelNodes, store: LabelsStore, sizes: Map<string, Measure>): void {
  let fresh = false;
  for (const [k, node] of nodes) {
    const l = store.labels.get(k);
    const dom = node.textContent ?? '';
    if (!l || sizes.get(k)?.text === dom) continue;
    fresh = true;
    const full = displayText(l.text, l.variant);
    const w = labelWidth(l.variant, full);
    sizes.set(k, {
      text: dom,
      w,
      h: labelHeight(l.variant),
      // What the user is drawing has no short form: it goes to another side of its point rather than being cut.
      sw: l.variant === 'measure' ? w : labelWidth(l.variant, shortenLabel(l.text, SHORT_LABEL_UNITS)),
      full: l.text,
      cut: full !== l.text,
    });
  }
  if (fresh) for (const k of sizes.keys()) if (!nodes.has(k)) sizes.delete(k);
}

/** The placement requests of the labels in view (screen px), with their keys in the same order. */
export function labelRequests(
  nodes: LabelNodes,
  store: LabelsStore,
  sizes: ReadonlyMap<string, Measure>,
  camera: THREE.Camera,
  size: { width: number; height: number },
): { requests: LabelRequest[]; keys: string[] } {
  const v = new THREE.Vector3();
  const pxPerMetre = camera instanceof THREE.OrthographicCamera ? camera.zoom : undefined;
  const requests: LabelRequest[] = [];
  const keys: string[] = [];
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
  return { requests, keys };
}

const formOf = (node: HTMLSpanElement, form: 'full' | 'short') => node.querySelector<HTMLSpanElement>(`[data-form="${form}"]`);

function showForm(node: HTMLSpanElement, short: boolean): void {
  const f = formOf(node, 'full');
  const s = formOf(node, 'short');
  if (f) f.style.display = short ? 'none' : '';
  if (s) s.style.display = short ? '' : 'none';
}

/**
 * Writes the placement to the nodes: a placed label shown at its box in its form, the others hidden. `shown` holds
 * what each node shows, so a label that stays put is not written again.
 */
export function applyPlacements(
  result: readonly LabelPlacement[],
  requests: readonly LabelRequest[],
  keys: readonly string[],
  nodes: LabelNodes,
  sizes: ReadonlyMap<string, Measure>,
  shown: Map<string, string>,
  placed?: LabelPlacements,
): void {
  const seen = new Set<string>();
  placed?.clear();
  result.forEach((r, i) => {
    const k = keys[i];
    const node = nodes.get(k)!;
    const s = sizes.get(k)!;
    if (!r.visible) return;
    seen.add(k);
    const short = r.short || requests[i].width < s.w;
    const t = `${short ? 1 : 0}|translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
    placed?.set(k, { box: r.box, full: s.full, shortened: short || s.cut });
    if (shown.get(k) === t) return;
    shown.set(k, t);
    showForm(node, short);
    node.style.transform = `translate(${r.box.x0.toFixed(1)}px,${r.box.y0.toFixed(1)}px)`;
    node.style.visibility = 'visible';
    node.dataset.visible = '1';
  });
  for (const [k, node] of nodes) {
    if (seen.has(k) || shown.get(k) === 'hidden') continue;
    shown.set(k, 'hidden');
    node.style.transform = 'translate(-9999px,0)';
    node.style.visibility = 'hidden';
    node.dataset.visible = '0';
  }
}
