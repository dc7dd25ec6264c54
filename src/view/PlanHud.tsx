/**
 * The 2D plan's north arrow and scale bar: DOM over the canvas. The bar's length is written each frame by
 * <PlanHudProbe> (inside the canvas) straight to the DOM, so zooming never re-renders React.
 */
import { useRef, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { formatLength, niceScaleLength } from './plan-grid';

const FONT = '"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif';

export interface PlanHudNodes {
  bar: HTMLDivElement | null;
  caption: HTMLSpanElement | null;
}

export interface PlanHudProps {
  /** Filled with the scale bar's DOM nodes for the probe. */
  nodes: RefObject<PlanHudNodes>;
  /** Bearing of the plan's +y axis, degrees clockwise from true north (meta.georef.rotation), default 0. */
  northBearing?: number;
}

export function PlanHud({ nodes, northBearing = 0 }: PlanHudProps) {
  return (
    <div
      style={{ position: 'absolute', left: 12, bottom: 12, display: 'flex', alignItems: 'flex-end', gap: 14, pointerEvents: 'none', font: `11px ${FONT}`, color: '#334155' }}
      data-testid="plan-hud"
    >
      {/* Plan up is +y; true north is `northBearing` anticlockwise from it on screen. Only the arrow turns: its
          label stays upright below it, and the arrow turns within its own circle, so neither leaves the view. */}
      <svg width="40" height="54" viewBox="-20 -20 40 54" aria-label="北 N" data-testid="north-arrow">
        <g transform={`rotate(${-northBearing})`}>
          <polygon points="0,-16 7,8 0,3 -7,8" fill="#0f172a" />
          <polygon points="0,-16 0,3 -7,8" fill="#64748b" />
        </g>
        <text x="0" y="30" textAnchor="middle" fontSize="10" fontWeight="700" fill="#0f172a" data-testid="north-label">
          北 N
        </text>
      </svg>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2 }}>
        <span ref={(n) => void (nodes.current.caption = n)} data-testid="scale-caption" />
        <div ref={(n) => void (nodes.current.bar = n)} style={{ height: 6, width: 0, border: '2px solid #334155', borderTop: 'none', boxSizing: 'border-box' }} />
      </div>
    </div>
  );
}

export interface PlanHudProbeProps {
  /** The HUD's nodes. */
  nodes: RefObject<PlanHudNodes>;
  /** Longest bar in pixels, default 120. */
  maxPx?: number;
}

/** Inside the canvas: sizes the scale bar from the orthographic zoom (pixels per metre). */
export function PlanHudProbe({ nodes, maxPx = 120 }: PlanHudProbeProps) {
  const { camera } = useThree();
  const last = useRef('');
  useFrame(() => {
    if (!(camera instanceof THREE.OrthographicCamera)) return;
    const { bar, caption } = nodes.current;
    if (!bar || !caption) return;
    const ppm = camera.zoom;
    const m = niceScaleLength(ppm, maxPx);
    const key = `${m}:${(m * ppm).toFixed(1)}`;
    if (key === last.current) return;
    last.current = key;
    bar.style.width = `${(m * ppm).toFixed(1)}px`;
    caption.textContent = formatLength(m);
  });
  return null;
}
