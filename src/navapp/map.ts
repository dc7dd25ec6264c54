/**
 * The floor map: the plan as SVG in metres (map-plan.ts) with pan, pinch, wheel and +/− zoom (map-gestures.ts), and
 * an overlay in screen pixels for everything that must stay readable at any zoom (map-overlay.ts). A tap reports a
 * plan point.
 */
import type { Vec2 } from '../core/geometry/vec';
import type { MapFloor } from './data';
import { clear, h, s } from './dom';
import { attachGestures } from './map-gestures';
import { floorLabels, type MapLabel } from './map-labels';
import { layoutOverlay, type RouteEnd, type RouteMark } from './map-overlay';
import { drawPlan, pts, type ScreenView, type ViewBox } from './map-plan';
import { HALO, ROUTE } from './palette';
import type { Lang } from './strings';

export interface MapOptions {
  lang: Lang;
  large: boolean;
}

export interface MapView {
  svg: SVGSVGElement;
  draw(f: MapFloor, o: MapOptions): void;
  setOptions(o: MapOptions, words: { zoomIn: string; zoomOut: string; map: string }): void;
  /** Centres the view on a point, zoomed in to at most `width` metres across (the locate button's view). */
  centreOn(p: Vec2, width?: number): void;
  drawRoute(pts: Vec2[], start?: Vec2, end?: RouteEnd, links?: RouteMark[]): void;
  /** Marks the place whose card is open (pin and name) and brings it into view; undefined takes the mark away. */
  markPlace(place?: PickedPlace): void;
  /**
   * The whole floor; where that leaves it too small to read (a long hall on a phone), the part around `around` (the
   * start's dot) at a scale that names its rooms, as a map app opens at the user's place rather than the whole city.
   */
  fit(around?: Vec2): void;
  fitTo(points: Vec2[]): void;
  zoomBy(k: number): void;
  /** Screen pixels per metre at the current zoom. */
  scale(): number;
}

export interface PickedPlace {
  floorId: string;
  p: Vec2;
  label?: string;
}

export function createMap(host: HTMLElement, onTap: (p: Vec2) => void): MapView {
  return new FloorMap(host, onTap);
}

class FloorMap implements MapView {
  readonly svg = s('svg', { role: 'img' }) as SVGSVGElement;
  private readonly base = s('g');
  private readonly route = s('g');
  private readonly overlay = s('svg', { class: 'overlay', 'aria-hidden': 'true' }) as SVGSVGElement;
  private readonly labels = s('g', { id: 'labels' });
  private readonly marks = s('g', { id: 'marks' });
  private readonly zoomIn = h('button', { type: 'button', id: 'zoom-in', class: 'zoom' }, '+');
  private readonly zoomOut = h('button', { type: 'button', id: 'zoom-out', class: 'zoom' }, '−');
  private readonly zoomBar = h('div', { class: 'zoombar' }, this.zoomIn, this.zoomOut);
  private vb: ViewBox = { x: 0, y: -40, w: 64, h: 40 };
  private bounds: ViewBox = { ...this.vb };
  private floor: MapFloor | undefined;
  private opts: MapOptions = { lang: 'zh', large: false };
  private items: MapLabel[] = [];
  private routeMarks: RouteMark[] = [];
  private routeLine: Vec2[] = [];
  private here: Vec2 | undefined;
  private dest: RouteEnd | undefined;
  private picked: PickedPlace | undefined;
  private frame = 0;
  private layouts = 0;
  /** The start to open the view around at the next layout, when the floor was just fitted (fit). */
  private opening: Vec2 | undefined;

  constructor(host: HTMLElement, onTap: (p: Vec2) => void) {
    this.svg.append(this.base, this.route);
    this.overlay.append(this.labels, this.marks);
    host.append(this.svg, this.overlay, this.zoomBar);
    attachGestures(this.svg, {
      pan: (dx, dy) => {
        const k = this.view().k;
        this.vb.x -= dx / k;
        this.vb.y -= dy / k;
        this.setVb();
      },
      zoomAt: (x, y, k) => this.zoomAt(x, y, k),
      tap: (x, y) => onTap(this.toPlan(x, y)),
    });
    // One step doubles the scale, as a map's zoom level does.
    this.zoomIn.addEventListener('click', () => this.zoomBy(1 / 2));
    this.zoomOut.addEventListener('click', () => this.zoomBy(2));
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.schedule()).observe(host);
  }

  private setVb(): void {
    this.opening = undefined;
    this.svg.setAttribute('viewBox', `${this.vb.x} ${this.vb.y} ${this.vb.w} ${this.vb.h}`);
    this.schedule();
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.layout());
  }

  /** Plan → overlay pixels, matching the SVG's default xMidYMid meet. */
  private view(): ScreenView {
    const { vb } = this;
    const rect = this.svg.getBoundingClientRect();
    const k = Math.min(rect.width / vb.w, rect.height / vb.h) || 1;
    const ox = (rect.width - vb.w * k) / 2;
    const oy = (rect.height - vb.h * k) / 2;
    return { rect, k, at: (p: Vec2): [number, number] => [(p[0] - vb.x) * k + ox, (-p[1] - vb.y) * k + oy] };
  }

  private toPlan(cx: number, cy: number): Vec2 {
    const { rect, k } = this.view();
    const { vb } = this;
    const ox = (rect.width - vb.w * k) / 2;
    const oy = (rect.height - vb.h * k) / 2;
    return [(cx - rect.left - ox) / k + vb.x, -((cy - rect.top - oy) / k + vb.y)];
  }

  private zoomAt(cx: number, cy: number, k: number): void {
    const { vb } = this;
    const w = Math.min(Math.max(vb.w * k, 4), this.bounds.w * 3);
    k = w / vb.w;
    const rect = this.svg.getBoundingClientRect();
    const fx = (cx - rect.left) / rect.width;
    const fy = (cy - rect.top) / rect.height;
    this.vb = { x: vb.x + vb.w * fx * (1 - k), y: vb.y + vb.h * fy * (1 - k), w: vb.w * k, h: vb.h * k };
    this.setVb();
  }

  zoomBy(k: number): void {
    const rect = this.svg.getBoundingClientRect();
    this.zoomAt(rect.left + rect.width / 2, rect.top + rect.height / 2, k);
  }

  scale(): number {
    return this.view().k;
  }

  draw(f: MapFloor, o: MapOptions): void {
    this.floor = f;
    this.opts = o;
    this.bounds = drawPlan(this.base, f) ?? this.bounds;
    this.items = floorLabels(f, o.lang);
    this.schedule();
  }

  drawRoute(line: Vec2[], start?: Vec2, end?: RouteEnd, links: RouteMark[] = []): void {
    clear(this.route);
    if (line.length > 1) {
      const common = { points: pts(line), fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'vector-effect': 'non-scaling-stroke' };
      this.route.append(s('polyline', { ...common, stroke: HALO, 'stroke-width': 11 }));
      this.route.append(s('polyline', { ...common, stroke: ROUTE, 'stroke-width': 6, 'data-route': '1' }));
    }
    this.here = start;
    this.dest = end;
    this.routeMarks = links;
    this.routeLine = line;
    this.schedule();
  }

  private layout(): void {
    this.frame = 0;
    if (!this.floor) {
      clear(this.labels);
      clear(this.marks);
      return;
    }
    if (this.opening) {
      this.openAround(this.opening, this.svg.getBoundingClientRect());
      this.opening = undefined;
    }
    const v = this.view();
    if (!v.rect.width) {
      clear(this.labels);
      clear(this.marks);
      return;
    }
    const { vb, items, routeMarks, routeLine, here, dest } = this;
    // A place on another floor than the one drawn is not marked on this one.
    const picked = this.picked?.floorId === this.floor.id ? this.picked : undefined;
    layoutOverlay(this.labels, this.marks, {
      v,
      vb,
      large: this.opts.large,
      lang: this.opts.lang,
      items,
      routeMarks,
      routeLine,
      here,
      dest,
      picked,
      controls: [this.zoomBar.getBoundingClientRect()],
    });
    this.layouts++;
    this.overlay.setAttribute('data-layout', String(this.layouts));
  }

  markPlace(place?: PickedPlace): void {
    this.picked = place;
    const p = place?.p;
    if (!p) {
      this.schedule();
      return;
    }
    // Into view with room for the pin and its name, the zoom kept.
    const { vb } = this;
    const mx = Math.min(vb.w * 0.15, 6);
    const my = Math.min(vb.h * 0.2, 8);
    const [x, y] = [p[0], -p[1]];
    if (x < vb.x + mx || x > vb.x + vb.w - mx || y < vb.y + my || y > vb.y + vb.h - mx) this.vb = { ...vb, x: x - vb.w / 2, y: y - vb.h / 2 };
    this.setVb();
  }

  fit(around?: Vec2): void {
    this.vb = { ...this.bounds };
    this.setVb();
    // Decided at the next layout, before that frame is painted: measuring the map now would lay out the whole plan
    // before the page is ready.
    this.opening = around;
  }

  /** The view around the start when the whole floor is too small to read (fit). */
  private openAround(around: Vec2, rect: DOMRect): void {
    const k = Math.min(rect.width / this.vb.w, rect.height / this.vb.h);
    if (!(k > 0) || k >= OVERVIEW_MIN_K) return;
    // Around the start, slid onto the floor as far as keeps the dot a margin inside the view: room for an entrance's
    // badge and name beyond it (60 px), since a start is most often a door in the outer wall.
    const [fw, fh] = [rect.width / READABLE_K, rect.height / READABLE_K];
    const [x, y] = [around[0], -around[1]];
    const [mx, my] = [Math.max(fw * 0.15, 60 / READABLE_K), Math.max(fh * 0.15, 60 / READABLE_K)];
    this.vb = {
      x: slide(x - fw / 2, fw, x - mx, x + mx, this.bounds.x, this.bounds.w),
      y: slide(y - fh / 2, fh, y - my, y + my, this.bounds.y, this.bounds.h),
      w: fw,
      h: fh,
    };
    this.svg.setAttribute('viewBox', `${this.vb.x} ${this.vb.y} ${this.vb.w} ${this.vb.h}`);
  }

  centreOn(p: Vec2, width = 24): void {
    const k = Math.min(1, width / this.vb.w);
    const [w, hgt] = [this.vb.w * k, this.vb.h * k];
    this.vb = { x: p[0] - w / 2, y: -p[1] - hgt / 2, w, h: hgt };
    this.setVb();
  }

  /**
   * Frames these points (a route on this floor) with room around them, never closer than a 20 m wide view: the box is
   * widened to the map's shape around the route's middle, then slid (never past the route's margin) to show as much
   * of the floor as it can, so a route along an outer wall does not leave half the map empty outside the building.
   */
  fitTo(points: Vec2[]): void {
    if (!points.length) {
      this.fit();
      return;
    }
    const pad = 4;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => -p[1]);
    const r = { x0: Math.min(...xs) - pad, x1: Math.max(...xs) + pad, y0: Math.min(...ys) - pad, y1: Math.max(...ys) + pad };
    const rect = this.svg.getBoundingClientRect();
    // The zoom buttons stand over the map's right edge: the route is kept left of them (its end pin is not hidden).
    const zb = this.zoomBar.getBoundingClientRect().width;
    if (zb && rect.width > 2 * zb) r.x1 += ((zb + 6) / (rect.width - zb - 6)) * (r.x1 - r.x0);
    let w = Math.max(r.x1 - r.x0, 20);
    let hgt = r.y1 - r.y0;
    const aspect = rect.width && rect.height ? rect.width / rect.height : w / hgt;
    if (w / hgt < aspect) w = hgt * aspect;
    else hgt = w / aspect;
    const x = slide((r.x0 + r.x1) / 2 - w / 2, w, r.x0, r.x1, this.bounds.x, this.bounds.w);
    const y = slide((r.y0 + r.y1) / 2 - hgt / 2, hgt, r.y0, r.y1, this.bounds.y, this.bounds.h);
    this.vb = { x, y, w, h: hgt };
    this.setVb();
  }

  setOptions(o: MapOptions, words: { zoomIn: string; zoomOut: string; map: string }): void {
    const relabel = o.lang !== this.opts.lang;
    this.opts = o;
    this.zoomIn.setAttribute('aria-label', words.zoomIn);
    this.zoomOut.setAttribute('aria-label', words.zoomOut);
    this.svg.setAttribute('aria-label', words.map);
    if (relabel && this.floor) this.items = floorLabels(this.floor, o.lang);
    this.schedule();
  }
}

/**
 * Pixels per metre under which the whole floor is an overview too small to read (the county sample's 64 m floor
 * opens at ~5.8 on a 390 px phone, a 256 m wing row at ~1.4), and the scale the view opens at around the start then:
 * a 64 m stretch across a phone, where rooms and counter rows are named.
 */
const OVERVIEW_MIN_K = 3;
const READABLE_K = 5.5;

/**
 * One axis of a framed view starting at `at`, `size` long: moved onto the floor (`b0`, `bSize`) where it hangs over
 * the floor's edge, but never so far that the framed span [`r0`, `r1`] (route plus margin) leaves the view.
 */
function slide(at: number, size: number, r0: number, r1: number, b0: number, bSize: number): number {
  const onFloor = size <= bSize ? Math.min(Math.max(at, b0), b0 + bSize - size) : b0 + (bSize - size) / 2;
  return Math.min(Math.max(onFloor, r1 - size), r0);
}
