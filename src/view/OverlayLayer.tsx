/**
 * What the active tool is doing: ghosts, snap guides and marker with the snap's name, marquee, the path being
 * drawn with its length and angle (dynamic input), a dragged rectangle's size, counter fronts, measurement.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import type { Floor } from '../core/document';
import type { Guide } from '../editor/types';
import { oneMetreStrip } from '../core/kinds/counter';
import { FloorScene } from './FloorScene';
import { MergedLines } from './MergedLines';
import { MergedPolygons } from './MergedPolygons';
import { InstancedBoxes } from './InstancedBoxes';
import { Label } from './Label';
import { rectDimText, segmentDimText, snapName } from './dim-text';

export interface OverlayLayerProps {
  /** The editor whose overlay is drawn. */
  editor: Editor;
  /** The current floor. */
  floor: Floor;
  /** View mode. */
  mode: '2d' | '3d' | 'stack';
}

type P3 = [number, number, number];

const segments = (gs: Guide[], y: number) =>
  gs.flatMap(
    (g) =>
      [
        [g.a[0], y, -g.a[1]],
        [g.b[0], y, -g.b[1]],
      ] as P3[],
  );

export function OverlayLayer({ editor, floor, mode }: OverlayLayerProps) {
  const o = useStore(editor.store, (s) => s.overlay);
  const locale = useStore(editor.store, (s) => s.locale);
  // the cursor only matters while there is a hint to pin to it (no re-render per pointer move otherwise)
  const hintAt = useStore(editor.store, (s) => (s.overlay.hint ? s.cursor : undefined));
  const y = floor.elevation + 0.7;
  const guides = useMemo(
    () =>
      segments(
        o.guides.filter((g) => g.kind !== 'front' && g.kind !== 'ortho'),
        y,
      ),
    [o.guides, y],
  );
  const ortho = useMemo(
    () =>
      segments(
        o.guides.filter((g) => g.kind === 'ortho'),
        y,
      ),
    [o.guides, y],
  );
  const fronts = useMemo(
    () =>
      segments(
        o.guides.filter((g) => g.kind === 'front'),
        y,
      ),
    [o.guides, y],
  );
  const blocked = useMemo(() => {
    const ids = new Set(o.blockedIds ?? []);
    return o.ghosts.flatMap((g) => (g.kind === 'counter' && ids.has(g.id) ? [{ polygon: oneMetreStrip(g, Math.max(1, g.oneMetreLine.distance)), color: '#dc2626' }] : []));
  }, [o.ghosts, o.blockedIds]);
  const marquee = useMemo(() => {
    if (!o.marquee) return [];
    const { a, b } = o.marquee;
    const r = [a, [b[0], a[1]], b, [a[0], b[1]]] as [number, number][];
    return r.flatMap(
      (p, i) =>
        [
          [p[0], y, -p[1]],
          [r[(i + 1) % 4][0], y, -r[(i + 1) % 4][1]],
        ] as P3[],
    );
  }, [o.marquee, y]);
  const path = useMemo(
    () =>
      (o.path ?? []).slice(1).flatMap(
        (p, i) =>
          [
            [o.path![i][0], y, -o.path![i][1]],
            [p[0], y, -p[1]],
          ] as P3[],
      ),
    [o.path, y],
  );
  const measure = o.measure
    ? ([
        [o.measure.a[0], y, -o.measure.a[1]],
        [o.measure.b[0], y, -o.measure.b[1]],
      ] as P3[])
    : [];
  const snap = o.snap ? [{ pos: [o.snap.point[0], y, -o.snap.point[1]] as P3, size: [0.25, 0.05, 0.25] as P3, rotY: Math.PI / 4, color: '#d946ef' }] : [];
  const snapText = o.snap ? snapName(o.snap.kind, locale) : undefined;
  const dim = o.dim && (o.dim.length > 1e-6 || o.dim.typed) ? o.dim : undefined;
  const rectText = o.rect && Math.abs(o.rect.b[0] - o.rect.a[0]) > 0 && Math.abs(o.rect.b[1] - o.rect.a[1]) > 0 ? rectDimText(o.rect.a, o.rect.b) : undefined;
  return (
    <group>
      {o.ghosts.length > 0 && <FloorScene floor={floor} mode={mode} opacity={0.45} labels={false} elements={o.ghosts} />}
      {blocked.length > 0 && (
        <group position={[0, floor.elevation + 0.02, 0]}>
          <MergedPolygons polygons={blocked} opacity={0.55} y={0} />
        </group>
      )}
      <MergedLines points={guides} color="#d946ef" dashed />
      <MergedLines points={ortho} color="#2563eb" dashed />
      <MergedLines points={fronts} color="#15803d" />
      <MergedLines points={marquee} color="#2563eb" dashed />
      <MergedLines points={path} color="#0f172a" />
      <MergedLines points={measure} color="#111827" />
      <InstancedBoxes items={snap} />
      {o.measure && (
        <Label variant="measure" position={[(o.measure.a[0] + o.measure.b[0]) / 2, y, -(o.measure.a[1] + o.measure.b[1]) / 2]} text={`${o.measure.length.toFixed(2)} m`} />
      )}
      {dim && <Label variant="measure" position={[(dim.a[0] + dim.b[0]) / 2, y, -(dim.a[1] + dim.b[1]) / 2]} text={segmentDimText(dim)} />}
      {rectText && o.rect && <Label variant="measure" position={[(o.rect.a[0] + o.rect.b[0]) / 2, y, -(o.rect.a[1] + o.rect.b[1]) / 2]} text={rectText} />}
      {o.snap && snapText && <Label variant="snap" position={[o.snap.point[0], y, -o.snap.point[1]]} text={snapText} />}
      {o.hint && hintAt && <Label variant="measure" position={[hintAt[0] + 1, y, -hintAt[1] - 1]} text={locale === 'en' ? o.hint.en : o.hint.zh} />}
    </group>
  );
}
