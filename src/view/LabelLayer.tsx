/** The DOM layer that shows every registered label, moved each frame by <LabelProjector>. */
import { useEffect, useMemo, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { LabelsStore, LabelVariant } from './labels-store';

const FONT = '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';
const STYLES: Record<LabelVariant, CSSProperties> = {
  zone: { font: `600 12px ${FONT}`, color: '#1e293b', textShadow: '0 0 3px #fff,0 0 3px #fff' },
  counter: { font: `600 10px ${FONT}`, color: '#fff', background: '#9a3412', padding: '0 3px', borderRadius: 3 },
  sign: { font: `10px ${FONT}`, color: '#065f46', background: 'rgba(236,253,245,.9)', border: '1px solid #10b981', padding: '0 2px', borderRadius: 2, maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis' },
  link: { font: `600 11px ${FONT}`, color: '#0f172a', background: 'rgba(255,255,255,.8)', padding: '0 2px' },
  measure: { font: `700 12px ${FONT}`, color: '#fff', background: '#111827', padding: '1px 4px', borderRadius: 3 },
};

/** Where the projector finds the DOM nodes of the labels. */
export type LabelNodes = Map<string, HTMLSpanElement>;

export interface LabelLayerProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** Filled with key → node for the projector. */
  nodes: LabelNodes;
}

export function LabelLayer({ store, nodes }: LabelLayerProps) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const entries = [...store.labels.entries()];
  return (
    <div style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden' }} data-testid="labels">
      {entries.map(([key, l]) => (
        <span
          key={key}
          data-label={l.variant}
          ref={(n) => {
            if (n) nodes.set(key, n);
            else nodes.delete(key);
          }}
          style={{ position: 'absolute', left: 0, top: 0, whiteSpace: 'nowrap', userSelect: 'none', transform: 'translate(-9999px,0)', ...STYLES[l.variant] }}
        >
          {l.text}
        </span>
      ))}
    </div>
  );
}

export interface LabelProjectorProps {
  /** The viewport's label store. */
  store: LabelsStore;
  /** DOM nodes from the label layer. */
  nodes: LabelNodes;
}

/** Inside the canvas: projects each label's world point to the screen every frame (no React re-render). */
export function LabelProjector({ store, nodes }: LabelProjectorProps) {
  const { camera, size, invalidate } = useThree();
  const v = useMemo(() => new THREE.Vector3(), []);
  const last = useRef(new Map<string, string>());
  // Labels come and go without the scene changing; the view draws on demand, so ask for the frame that places them.
  useEffect(() => store.subscribe(invalidate), [store, invalidate]);
  useFrame(() => {
    for (const [key, node] of nodes) {
      const l = store.labels.get(key);
      if (!l) continue;
      v.set(...l.position).project(camera);
      const hidden = v.z > 1 || v.z < -1;
      const t = hidden ? 'translate(-9999px,0)' : `translate(-50%,-50%) translate(${(((v.x + 1) / 2) * size.width).toFixed(1)}px,${(((1 - v.y) / 2) * size.height).toFixed(1)}px)`;
      if (last.current.get(key) !== t) {
        node.style.transform = t;
        last.current.set(key, t);
      }
    }
  });
  useEffect(() => () => last.current.clear(), []);
  return null;
}
