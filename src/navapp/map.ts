/**
 * The floor map: the plan as SVG in metres (plan y north drawn upward) with pan, pinch, wheel and +/− zoom, and an
 * overlay in screen pixels for everything that must stay readable at any zoom: labels and icons at fixed CSS sizes
 * (never under 12 px; shown or hidden by zoom, placed by the shared placeLabels with priorities), the
 * you-are-here dot and the destination pin with white halos. A tap reports a plan point.
 */
import { placeLabels, type LabelBox, type LabelRequest } from '../core/geometry/label-placement';
import type { Vec2 } from '../core/geometry/vec';
import type { MapFloor } from './data';
import { clear, h, s } from './dom';
import { floorLabels, type MapLabel } from './map-labels';
import { DEST, FLOOR_FILL, HALO, HERE, ICON_GLYPH, LABEL_ROUTE, OTHER_FILL, ROUTE, STAFF_FILL, ZONE_FILL } from './palette';
import type { Lang } from './strings';

export const MAP_FONT = 'system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif';

export interface MapOptions {
  lang: Lang;
  large: boolean;
}

export interface RouteMark {
  p: Vec2;
  label: string;
}

export interface MapView {
  svg: SVGSVGElement;
  draw(f: MapFloor, o: MapOptions): void;
  setOptions(o: MapOptions, words: { zoomIn: string; zoomOut: string; map: string }): void;
  drawRoute(pts: Vec2[], start?: Vec2, end?: Vec2, links?: RouteMark[]): void;
  fit(): void;
  fitTo(points: Vec2[]): void;
  zoomBy(k: number): void;
  /** Screen pixels per metre at the current zoom. */
  scale(): number;
}

const Y = (p: Vec2) => -p[1];
const pts = (poly: Vec2[]) => poly.map((p) => `${p[0].toFixed(2)},${Y(p).toFixed(2)}`).join(' ');

let measureCtx: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, { w: number; h: number }>();

/** Text box in CSS px, from the canvas with the page's font (the same glyphs the SVG draws). */
function measure(text: string, size: number, bold: boolean): { w: number; h: number } {
  const key = `${bold ? 'b' : 'n'}${size}:${text}`;
  const hit = measured.get(key);
  if (hit) return hit;
  measureCtx ??= document.createElement('canvas').getContext('2d');
  let r = { w: text.length * size, h: size * 1.4 };
  if (measureCtx) {
    measureCtx.font = `${bold ? 700 : 400} ${size}px ${MAP_FONT}`;
    const m = measureCtx.measureText(text);
    const asc = m.fontBoundingBoxAscent || size * 1.1;
    const desc = m.fontBoundingBoxDescent || size * 0.3;
    r = { w: m.width, h: Math.max(asc + desc, size * 1.2) };
  }
  measured.set(key, r);
  return r;
}

export function createMap(host: HTMLElement, onTap: (p: Vec2) => void): MapView {
  const svg = s('svg', { role: 'img' }) as SVGSVGElement;
  const base = s('g');
  const route = s('g');
  svg.append(base, route);
  const overlay = s('svg', { class: 'overlay', 'aria-hidden': 'true' }) as SVGSVGElement;
  const labels = s('g', { id: 'labels' });
  const marks = s('g', { id: 'marks' });
  overlay.append(labels, marks);
  const zoomIn = h('button', { type: 'button', id: 'zoom-in', class: 'zoom' }, '+');
  const zoomOut = h('button', { type: 'button', id: 'zoom-out', class: 'zoom' }, '−');
  const zoomBar = h('div', { class: 'zoombar' }, zoomIn, zoomOut);
  host.append(svg, overlay, zoomBar);

  let vb = { x: 0, y: -40, w: 64, h: 40 };
  let bounds = { ...vb };
  let floor: MapFloor | undefined;
  let opts: MapOptions = { lang: 'zh', large: false };
  let items: MapLabel[] = [];
  let routeMarks: RouteMark[] = [];
  let routeLine: Vec2[] = [];
  let here: Vec2 | undefined;
  let dest: Vec2 | undefined;
  let frame = 0;
  let layouts = 0;

  const setVb = () => {
    svg.setAttribute('viewBox', `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
    schedule();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(layout);
  };

  /** Plan → overlay pixels, matching the SVG's default xMidYMid meet. */
  function view() {
    const rect = svg.getBoundingClientRect();
    const k = Math.min(rect.width / vb.w, rect.height / vb.h) || 1;
    const ox = (rect.width - vb.w * k) / 2;
    const oy = (rect.height - vb.h * k) / 2;
    return { rect, k, at: (p: Vec2): [number, number] => [(p[0] - vb.x) * k + ox, (-p[1] - vb.y) * k + oy] };
  }

  const toPlan = (cx: number, cy: number): Vec2 => {
    const { rect, k } = view();
    const ox = (rect.width - vb.w * k) / 2;
    const oy = (rect.height - vb.h * k) / 2;
    return [(cx - rect.left - ox) / k + vb.x, -((cy - rect.top - oy) / k + vb.y)];
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
    const k = view().k;
    if (ptrs.size === 1) {
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      moved += Math.abs(dx) + Math.abs(dy);
      if (moved >= 10) {
        vb.x -= dx / k;
        vb.y -= dy / k;
        setVb();
      }
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
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      zoomAt(e.clientX, e.clientY, e.deltaY > 0 ? 1.15 : 1 / 1.15);
    },
    { passive: false },
  );
  // One step doubles the scale, as a map's zoom level does.
  zoomIn.addEventListener('click', () => zoomBy(1 / 2));
  zoomOut.addEventListener('click', () => zoomBy(2));
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(host);

  function zoomAt(cx: number, cy: number, k: number): void {
    const w = Math.min(Math.max(vb.w * k, 4), bounds.w * 3);
    k = w / vb.w;
    const rect = svg.getBoundingClientRect();
    const fx = (cx - rect.left) / rect.width;
    const fy = (cy - rect.top) / rect.height;
    vb = { x: vb.x + vb.w * fx * (1 - k), y: vb.y + vb.h * fy * (1 - k), w: vb.w * k, h: vb.h * k };
    setVb();
  }

  function zoomBy(k: number): void {
    const rect = svg.getBoundingClientRect();
    zoomAt(rect.left + rect.width / 2, rect.top + rect.height / 2, k);
  }

  function draw(f: MapFloor, o: MapOptions): void {
    floor = f;
    opts = o;
    clear(base);
    const all: Vec2[] = [...(f.outline ?? []), ...f.zones.flatMap((z) => z.polygon), ...f.walls.flatMap((w) => [[w[0], w[1]] as Vec2, [w[2], w[3]] as Vec2])];
    if (all.length) {
      const xs = all.map((p) => p[0]);
      const ys = all.map((p) => p[1]);
      const pad = 2;
      bounds = { x: Math.min(...xs) - pad, y: -Math.max(...ys) - pad, w: Math.max(...xs) - Math.min(...xs) + 2 * pad, h: Math.max(...ys) - Math.min(...ys) + 2 * pad };
    }
    if (f.outline) base.append(s('polygon', { points: pts(f.outline), fill: FLOOR_FILL, stroke: '#8a939e', 'stroke-width': 0.2 }));
    for (const z of f.zones)
      base.append(
        s('polygon', { points: pts(z.polygon), fill: z.staff ? STAFF_FILL : (ZONE_FILL[z.type] ?? OTHER_FILL), stroke: '#a9b1ba', 'stroke-width': 0.08, 'data-zone': z.id }),
      );
    for (const w of f.walls)
      base.append(s('line', { x1: w[0], y1: -w[1], x2: w[2], y2: -w[3], stroke: '#47505a', 'stroke-width': Math.max(w[4], 0.15), 'stroke-linecap': 'square' }));
    for (const d of f.doors) {
      const a = (d.rotation * Math.PI) / 180;
      const hx = (Math.cos(a) * d.width) / 2;
      const hy = (Math.sin(a) * d.width) / 2;
      const ext = d.entrance !== 'none' && d.entrance !== 'staff';
      base.append(
        s('line', { x1: d.position[0] - hx, y1: -(d.position[1] - hy), x2: d.position[0] + hx, y2: -(d.position[1] + hy), stroke: ext ? '#1a9b4b' : '#fff', 'stroke-width': 0.45 }),
      );
    }
    for (const l of f.links)
      base.append(
        s('rect', {
          x: l.position[0] - l.w / 2,
          y: -l.position[1] - l.d / 2,
          width: l.w,
          height: l.d,
          fill: l.linkKind === 'elevator' ? '#9cc3ea' : '#c3c9d0',
          rx: 0.3,
          transform: `rotate(${-l.rotation} ${l.position[0]} ${-l.position[1]})`,
        }),
      );
    for (const c of f.counters)
      base.append(
        s('rect', {
          x: c.position[0] - c.w / 2,
          y: -c.position[1] - c.d / 2,
          width: c.w,
          height: c.d,
          fill: '#9a7150',
          transform: `rotate(${-c.rotation} ${c.position[0]} ${-c.position[1]})`,
        }),
      );
    items = floorLabels(f, o.lang);
    schedule();
  }

  function drawRoute(line: Vec2[], start?: Vec2, end?: Vec2, links: RouteMark[] = []): void {
    clear(route);
    if (line.length > 1) {
      const common = { points: pts(line), fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'vector-effect': 'non-scaling-stroke' };
      route.append(s('polyline', { ...common, stroke: HALO, 'stroke-width': 11 }));
      route.append(s('polyline', { ...common, stroke: ROUTE, 'stroke-width': 6, 'data-route': '1' }));
    }
    here = start;
    dest = end;
    routeMarks = links;
    routeLine = line;
    schedule();
  }

  function layout(): void {
    frame = 0;
    clear(labels);
    clear(marks);
    if (!floor) return;
    const v = view();
    if (!v.rect.width) return;
    const big = opts.large;
    const textSize = big ? 17 : 13;
    const badgeSize = big ? 16 : 12.5;
    const obstacles: LabelBox[] = [];
    // Labels under the zoom buttons could not be read.
    const zb = zoomBar.getBoundingClientRect();
    if (zb.width) obstacles.push({ x0: zb.left - v.rect.left - 2, y0: zb.top - v.rect.top - 2, x1: zb.right - v.rect.left + 2, y1: zb.bottom - v.rect.top + 2 });
    if (here) {
      const [x, y] = v.at(here);
      obstacles.push({ x0: x - 14, y0: y - 14, x1: x + 14, y1: y + 14 });
    }
    if (dest) {
      const [x, y] = v.at(dest);
      obstacles.push({ x0: x - 14, y0: y - 36, x1: x + 14, y1: y + 2 });
    }
    // Keep the route line clear of labels, as a navigation map does: small boxes every few pixels along it.
    // Icons and the route's own notes are placed before, and may sit on the line (they are drawn above it).
    const alongRoute: LabelBox[] = [];
    for (let i = 1; i < routeLine.length; i++) {
      const [ax, ay] = v.at(routeLine[i - 1]);
      const [bx, by] = v.at(routeLine[i]);
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 8));
      for (let k = 0; k <= steps; k++) {
        const x = ax + ((bx - ax) * k) / steps;
        const y = ay + ((by - ay) * k) / steps;
        alongRoute.push({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 });
      }
    }
    const reqs: LabelRequest[] = [];
    const shown: (MapLabel & { w: number; h: number; size: number })[] = [];
    const fits = new Set<string>();
    const sizeOf = (l: MapLabel) => {
      const size = l.style === 'badge' ? badgeSize : textSize;
      const m = typeof l.text === 'string' ? measure(l.text, size, !!l.bold) : { w: size * 1.3, h: size * 1.2 };
      return l.style === 'badge' ? { w: Math.max(m.w + (l.spacing !== undefined ? 6 : 10), m.h + 6), h: m.h + 6, size } : { w: m.w + 4, h: m.h, size };
    };
    for (const l of items) if (l.spacing !== undefined && l.spacing * v.k >= sizeOf(l).w + 3) fits.add(l.key);
    const all = [
      ...items,
      ...routeMarks.map(
        (m, i): MapLabel => ({
          key: `route:${i}`,
          p: m.p,
          style: 'text',
          text: m.label,
          color: LABEL_ROUTE,
          priority: 0,
          anchors: ['right', 'left', 'top', 'bottom'],
          offset: 22,
          bold: true,
        }),
      ),
    ];
    for (const l of all) {
      const sz = sizeOf(l);
      if (l.spacing !== undefined && !fits.has(l.key)) continue;
      if (l.hideWhenShown && fits.has(l.hideWhenShown)) continue;
      let p = l.p;
      if (l.zone) {
        // Label the part of the zone on screen, so a zone whose middle is panned away keeps its name.
        const vis = { x0: Math.max(l.zone.x0, vb.x), x1: Math.min(l.zone.x1, vb.x + vb.w), y0: Math.max(l.zone.y0, -(vb.y + vb.h)), y1: Math.min(l.zone.y1, -vb.y) };
        if (vis.x1 <= vis.x0 || vis.y1 <= vis.y0) continue;
        if (sz.w > (vis.x1 - vis.x0) * 1.05 * v.k || sz.h > (vis.y1 - vis.y0) * v.k) continue;
        p = [(vis.x0 + vis.x1) / 2, (vis.y0 + vis.y1) / 2];
      }
      const [x, y] = v.at(p);
      reqs.push({ key: l.key, priority: l.priority, x, y, width: sz.w, height: sz.h, anchors: l.anchors, offset: l.offset ?? 2 });
      shown.push({ ...l, ...sz });
    }
    const bounds = { x0: 0, y0: 0, x1: v.rect.width, y1: v.rect.height };
    const first = reqs.map((r, i) => [r, i] as const).filter(([r]) => r.priority <= 1.5);
    const rest = reqs.map((r, i) => [r, i] as const).filter(([r]) => r.priority > 1.5);
    const placed = new Array<ReturnType<typeof placeLabels>[number]>(reqs.length);
    const p1 = placeLabels(
      first.map(([r]) => r),
      { bounds, padding: 3, obstacles },
    );
    p1.forEach((pl, k) => (placed[first[k][1]] = pl));
    const taken = p1.filter((pl) => pl.visible).map((pl) => ({ x0: pl.box.x0 - 1.5, y0: pl.box.y0 - 1.5, x1: pl.box.x1 + 1.5, y1: pl.box.y1 + 1.5 }));
    const p2 = placeLabels(
      rest.map(([r]) => r),
      { bounds, padding: 3, obstacles: [...obstacles, ...taken, ...alongRoute] },
    );
    p2.forEach((pl, k) => (placed[rest[k][1]] = pl));
    placed.forEach((pl, i) => {
      if (!pl.visible) return;
      const l = shown[i];
      const { x0, y0, x1, y1 } = pl.box;
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      const g = s('g', { 'data-label': l.key });
      if (l.style === 'badge') {
        g.append(s('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, rx: 5, fill: l.color, stroke: HALO, 'stroke-width': 1.5 }));
        if (typeof l.text === 'string')
          g.append(s('text', { x: cx, y: cy, 'font-size': l.size, 'font-weight': 700, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: ICON_GLYPH }, l.text));
        else {
          const u = (y1 - y0 - 8) / 3;
          g.append(
            s('path', { d: `M${cx - 1.5 * u} ${cy + 1.5 * u}h${u}v${-u}h${u}v${-u}h${u}`, fill: 'none', stroke: ICON_GLYPH, 'stroke-width': 2, 'stroke-linejoin': 'round' }),
          );
        }
      } else {
        g.append(
          s(
            'text',
            {
              x: cx,
              y: cy,
              'font-size': l.size,
              'font-weight': l.bold ? 700 : 500,
              'text-anchor': 'middle',
              'dominant-baseline': 'central',
              fill: l.color,
              stroke: HALO,
              'stroke-width': 3.5,
              'stroke-linejoin': 'round',
              'paint-order': 'stroke',
            },
            l.text as string,
          ),
        );
      }
      labels.append(g);
    });
    if (here) {
      const [x, y] = v.at(here);
      marks.append(
        s('circle', { cx: x, cy: y, r: 14, fill: HERE, 'fill-opacity': 0.2 }),
        s('circle', { cx: x, cy: y, r: 8, fill: HERE, stroke: HALO, 'stroke-width': 3, 'data-here': '1' }),
      );
    }
    if (dest) {
      const [x, y] = v.at(dest);
      marks.append(
        s('path', { d: `M${x} ${y}l-9 -15a10.5 10.5 0 1 1 18 0z`, fill: DEST, stroke: HALO, 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'data-dest-pin': '1' }),
        s('circle', { cx: x, cy: y - 21, r: 4, fill: HALO }),
      );
    }
    layouts++;
    overlay.setAttribute('data-layout', String(layouts));
  }

  function fit(): void {
    vb = { ...bounds };
    setVb();
  }

  /** Frames these points (a route on this floor) with room around them, never closer than a 20 m wide view. */
  function fitTo(points: Vec2[]): void {
    if (!points.length) {
      fit();
      return;
    }
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => -p[1]);
    const pad = 4;
    let x0 = Math.min(...xs) - pad;
    let x1 = Math.max(...xs) + pad;
    const y0 = Math.min(...ys) - pad;
    const y1 = Math.max(...ys) + pad;
    if (x1 - x0 < 20) {
      const c = (x0 + x1) / 2;
      x0 = c - 10;
      x1 = c + 10;
    }
    vb = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
    setVb();
  }

  function setOptions(o: MapOptions, words: { zoomIn: string; zoomOut: string; map: string }): void {
    const relabel = o.lang !== opts.lang;
    opts = o;
    zoomIn.setAttribute('aria-label', words.zoomIn);
    zoomOut.setAttribute('aria-label', words.zoomOut);
    svg.setAttribute('aria-label', words.map);
    if (relabel && floor) items = floorLabels(floor, o.lang);
    schedule();
  }

  return { svg, draw, setOptions, drawRoute, fit, fitTo, zoomBy, scale: () => view().k };
}
