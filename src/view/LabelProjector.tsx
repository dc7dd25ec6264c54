/** Inside the canvas: projects the labels' world points and lays them out when the view or the labels change. */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { LabelsStore } from './labels-store';
import type { LabelNodes, LabelPlacements } from './label-nodes';
import { placeLabels } from '../core/geometry/label-placement';
import { applyPlacements, LabelMeasures, labelRequests } from './label-projection';
import { joinCounterRuns } from './label-ranges';
import { labelWidth } from './label-metrics';

export interface LabelProjectorProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** DOM nodes from the label layer. */
  nodes: LabelNodes;
  /** Filled with the placed boxes. */
  placed?: LabelPlacements;
}

export function LabelProjector({ store, nodes, placed }: LabelProjectorProps) {
  const get = useThree((s) => s.get);
  const measures = useRef(new LabelMeasures());
  const lastKey = useRef('');
  const shown = useRef(new Map<string, string>());
  const layOut = useRef(() => {});
  layOut.current = () => {
    const { camera, size } = get();
    // Laid out again only when the labels, the view's size or the camera changed.
    const m = camera.matrixWorld.elements;
    const p = camera.projectionMatrix.elements;
    const key = `${store.getVersion()}|${nodes.size}|${size.width}x${size.height}|${m[12].toFixed(3)},${m[13].toFixed(3)},${m[14].toFixed(3)},${m[0].toFixed(4)},${m[2].toFixed(4)},${m[8].toFixed(4)},${p[0].toFixed(6)},${p[5].toFixed(6)}`;
    if (key === lastKey.current) return;
    lastKey.current = key;
    measures.current.update(nodes, store);
    const sizes = measures.current.sizes;
    const each = labelRequests(nodes, store, sizes, camera, size);
    const { requests, keys, ranges } = joinCounterRuns(
      each.requests,
      each.keys,
      (k) => store.labels.get(k)?.variant === 'counter',
      (k) => store.labels.get(k)?.text ?? '',
      (t) => labelWidth('counter', t),
    );
    const result = placeLabels(requests, { bounds: { x0: 0, y0: 0, x1: size.width, y1: size.height }, padding: 2 });
    applyPlacements(result, requests, keys, nodes, sizes, shown.current, placed, ranges, each.wrapped);
  };
  // Labels come and go without the scene changing (a large floor's labels arrive in slices): they are laid out in
  // the next animation frame without drawing the canvas again, which software WebGL pays for every pixel of.
  useEffect(() => {
    let frame = 0;
    const unsubscribe = store.subscribe(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        layOut.current();
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
  // A frame the scene draws (the camera moved, the view resized) lays them out first.
  useFrame(() => layOut.current());
  useEffect(() => () => shown.current.clear(), []);
  return null;
}
