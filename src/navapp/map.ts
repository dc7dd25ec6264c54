/** The floor map as SVG (plan y north drawn upward) with pan and pinch/wheel zoom; a tap reports a plan point. */
import type { Vec2 } from '../core/geometry/vec';
import type { MapFloor } from './data';
import { clear, s } from './dom';

const ZONE_FILL: Record<string, string> = {
  consultation: '#cfe3ff', 'counter-service': '#d9ecd0', 'self-service': '#e6dcf5', 'self-service-24h': '#e0d3f7',
  'form-filling': '#fff0c7', 'gov-disclosure': '#f4e3c3', waiting: '#fde2cf', complaint: '#f7d3d3', 'business-services': '#d8efe9',
  'enterprise-services': '#cfe8e3', certificate: '#e3e8c8', convenience: '#dcebd9', culture: '#f0e0ea', 'mother-baby': '#fbd9e8',
  toilet: '#c9e7f5', 'accessible-toilet': '#b6dcf2', mediation: '#eedbd0', circulation: '#f7f7f4', specialist: '#d7e6cf',
};
const LINK_MARK: Record<string, string> = { stair: '梯', elevator: '电梯', escalator: '扶梯', ramp: '坡' };

export interface MapView {
  svg: SVGSVGElement;
  draw(f: MapFloor): void;
  drawRoute(pts: Vec2[], start?: Vec2, end?: Vec2, links?: { p: Vec2; label: string }[]): void;
  fit(): void;
}

const Y = (p: Vec2) => -p[1];
const pts = (poly: Vec2[]) => poly.map((p) => `${p[0].toFixed(2)},${Y(p).toFixed(2)}`).join(' ');

export function createMap(host: HTMLElement, onTap: (p: Vec2) => void): MapView {
  const svg = s('svg', { role: 'img', 'aria-label': '楼层平面图 Floor map' }) as SVGSVGElement;
  const base = s('g');
  const route = s('g');
  svg.append(base, route);
  host.append(svg);
  let vb = { x: 0, y: -40, w: 64, h: 40 };
  let bounds = { ...vb };
  const setVb = () => svg.setAttribute('viewBox', `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);

  const toPlan = (cx: number, cy: number): Vec2 => {
    const m = svg.getScreenCTM();
    if (!m) return [0, 0];
    const q = new DOMPoint(cx, cy).matrixTransform(m.inverse());
    return [q.x, -q.y];
  };

  // Pointer gestures: one finger pans, two pinch; a press that barely moves is a tap.
  const ptrs = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let pinch0 = 0;
  svg.addEventListener('pointerdown', (e) => {
    svg.setPointerCapture(e.pointerId);
    ptrs.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (ptrs.size === 1) moved = 0;
    if (ptrs.size === 2) {
      const [a, b] = [...ptrs.values()];
      pinch0 = Math.hypot(a.x - b.x, a.y - b.y);
      moved = 99;
    }
  });
  svg.addEventListener('pointermove', (e) => {
    const prev = ptrs.get(e.pointerId);
    if (!prev) return;
    const rect = svg.getBoundingClientRect();
    const scale = Math.max(vb.w / rect.width, vb.h / rect.height);
    if (ptrs.size === 1) {
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      moved += Math.abs(dx) + Math.abs(dy);
      vb.x -= dx * scale;
      vb.y -= dy * scale;
      setVb();
    }
    ptrs.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (ptrs.size === 2) {
      const [a, b] = [...ptrs.values()];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch0 > 0 && d > 0) zoomAt((a.x + b.x) / 2, (a.y + b.y) / 2, pinch0 / d);
      pinch0 = d;
    }
  });
  const up = (e: PointerEvent) => {
    if (!ptrs.has(e.pointerId)) return;
    ptrs.delete(e.pointerId);
    if (ptrs.size === 0 && moved < 10 && e.type === 'pointerup') onTap(toPlan(e.clientX, e.clientY));
  };
  svg.addEventListener('pointerup', up);
  svg.addEventListener('pointercancel', up);
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    zoomAt(e.clientX, e.clientY, e.deltaY > 0 ? 1.15 : 1 / 1.15);
  }, { passive: false });

  function zoomAt(cx: number, cy: number, k: number): void {
    const w = Math.min(Math.max(vb.w * k, 4), bounds.w * 3);
    k = w / vb.w;
    const rect = svg.getBoundingClientRect();
    const fx = (cx - rect.left) / rect.width;
    const fy = (cy - rect.top) / rect.height;
    vb = { x: vb.x + vb.w * fx * (1 - k), y: vb.y + vb.h * fy * (1 - k), w: vb.w * k, h: vb.h * k };
    setVb();
  }

  function draw(f: MapFloor): void {
    clear(base);
    clear(route);
    const all: Vec2[] = [...(f.outline ?? []), ...f.zones.flatMap((z) => z.polygon), ...f.walls.flatMap((w) => [[w[0], w[1]] as Vec2, [w[2], w[3]] as Vec2])];
    if (all.length) {
      const xs = all.map((p) => p[0]);
      const ys = all.map((p) => p[1]);
      const pad = 2;
      bounds = { x: Math.min(...xs) - pad, y: -Math.max(...ys) - pad, w: Math.max(...xs) - Math.min(...xs) + 2 * pad, h: Math.max(...ys) - Math.min(...ys) + 2 * pad };
    }
    if (f.outline) base.append(s('polygon', { points: pts(f.outline), fill: '#fff', stroke: '#8a939e', 'stroke-width': 0.2 }));
    for (const z of f.zones) base.append(s('polygon', { points: pts(z.polygon), fill: z.staff ? '#e1e3e6' : ZONE_FILL[z.type] ?? '#eef0f2', stroke: '#a9b1ba', 'stroke-width': 0.08, 'data-zone': z.id }));
    for (const w of f.walls) base.append(s('line', { x1: w[0], y1: -w[1], x2: w[2], y2: -w[3], stroke: '#47505a', 'stroke-width': Math.max(w[4], 0.15), 'stroke-linecap': 'square' }));
    for (const d of f.doors) {
      const a = (d.rotation * Math.PI) / 180;
      const hx = (Math.cos(a) * d.width) / 2;
      const hy = (Math.sin(a) * d.width) / 2;
      const ext = d.entrance !== 'none' && d.entrance !== 'staff';
      base.append(s('line', { x1: d.position[0] - hx, y1: -(d.position[1] - hy), x2: d.position[0] + hx, y2: -(d.position[1] + hy), stroke: ext ? '#1a9b4b' : '#fff', 'stroke-width': 0.45 }));
      if (ext) base.append(s('text', { x: d.position[0], y: -d.position[1] + (d.position[1] < 1 ? -0.8 : 1.4), 'font-size': 1.1, 'text-anchor': 'middle', fill: '#137a3a', 'font-weight': 'bold' }, d.entrance === 'exit' ? '出口' : d.name ?? '入口'));
    }
    for (const l of f.links) {
      base.append(s('rect', { x: l.position[0] - l.w / 2, y: -l.position[1] - l.d / 2, width: l.w, height: l.d, fill: l.linkKind === 'elevator' ? '#0b5cad' : '#6b7580', rx: 0.3, transform: `rotate(${-l.rotation} ${l.position[0]} ${-l.position[1]})` }));
      base.append(s('text', { x: l.position[0], y: -l.position[1] + 0.4, 'font-size': 1.1, 'text-anchor': 'middle', fill: '#fff' }, `${l.accessible && l.linkKind === 'elevator' ? '♿' : ''}${LINK_MARK[l.linkKind] ?? ''}`));
    }
    for (const c of f.counters) {
      base.append(s('rect', { x: c.position[0] - c.w / 2, y: -c.position[1] - c.d / 2, width: c.w, height: c.d, fill: '#7d5a3c', transform: `rotate(${-c.rotation} ${c.position[0]} ${-c.position[1]})` }));
      if (c.number) base.append(s('text', { x: c.position[0], y: -c.position[1] + 1.2, 'font-size': 0.6, 'text-anchor': 'middle', fill: '#3d2a19' }, c.number));
    }
    for (const p of f.points) {
      const aed = p.kind === 'aed';
      base.append(s('circle', { cx: p.position[0], cy: -p.position[1], r: 0.55, fill: aed ? '#d62828' : '#2a9d8f' }));
      base.append(s('text', { x: p.position[0], y: -p.position[1] + 0.22, 'font-size': aed ? 0.42 : 0.5, 'text-anchor': 'middle', fill: '#fff', 'font-weight': 'bold' }, aed ? 'AED' : p.kind === 'first-aid-kit' ? '+' : '号'));
    }
    for (const z of f.zones) {
      if (z.type === 'circulation') continue;
      const xs = z.polygon.map((p) => p[0]);
      const ys = z.polygon.map((p) => p[1]);
      const w = Math.max(...xs) - Math.min(...xs);
      const size = Math.max(0.55, Math.min(1.3, w / Math.max(4, z.name.length) ));
      base.append(s('text', { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: -(Math.max(...ys) + Math.min(...ys)) / 2, 'font-size': size, 'text-anchor': 'middle', fill: z.staff ? '#7b838c' : '#2b3440' }, z.name));
    }
  }

  function drawRoute(line: Vec2[], start?: Vec2, end?: Vec2, links: { p: Vec2; label: string }[] = []): void {
    clear(route);
    if (line.length > 1) {
      route.append(s('polyline', { points: pts(line), fill: 'none', stroke: '#fff', 'stroke-width': 0.9, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }));
      route.append(s('polyline', { points: pts(line), fill: 'none', stroke: '#e4572e', 'stroke-width': 0.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'data-route': '1' }));
    }
    for (const l of links) {
      route.append(s('circle', { cx: l.p[0], cy: -l.p[1], r: 0.9, fill: '#fff', stroke: '#e4572e', 'stroke-width': 0.25 }));
      route.append(s('text', { x: l.p[0], y: -l.p[1] - 1.3, 'font-size': 0.9, 'text-anchor': 'middle', fill: '#b5361a', 'font-weight': 'bold' }, l.label));
    }
    if (start) route.append(s('circle', { cx: start[0], cy: -start[1], r: 0.8, fill: '#0b5cad', stroke: '#fff', 'stroke-width': 0.3, 'data-here': '1' }));
    if (end) route.append(s('path', { d: `M${end[0]} ${-end[1]}l-0.8 -1.6a0.9 0.9 0 1 1 1.6 0z`, fill: '#e4572e', stroke: '#fff', 'stroke-width': 0.15 }));
  }

  function fit(): void {
    vb = { ...bounds };
    setVb();
  }
  return { svg, draw, drawRoute, fit };
}
