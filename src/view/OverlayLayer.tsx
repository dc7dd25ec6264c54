/** What the active tool is doing: ghosts, snap guides and marker, marquee, the path being drawn, measurement. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import type { Floor } from '../core/document';
import { FloorScene } from './FloorScene';
import { MergedLines } from './MergedLines';
import { InstancedBoxes } from './InstancedBoxes';
import { Label } from './Label';

export interface OverlayLayerProps {
  /** The editor whose overlay is drawn. */
  editor: Editor;
  /** The current floor. */
  floor: Floor;
  /** View mode. */
  mode: '2d' | '3d' | 'stack';
}

export function OverlayLayer({ editor, floor, mode }: OverlayLayerProps) {
  const o = useStore(editor.store, (s) => s.overlay);
  const y = floor.elevation + 0.7;
  const guides = useMemo(() => o.guides.flatMap((g) => [[g.a[0], y, -g.a[1]], [g.b[0], y, -g.b[1]]] as [number, number, number][]), [o.guides, y]);
  const marquee = useMemo(() => {
    if (!o.marquee) return [];
    const { a, b } = o.marquee;
    const r = [a, [b[0], a[1]], b, [a[0], b[1]]] as [number, number][];
    return r.flatMap((p, i) => [[p[0], y, -p[1]], [r[(i + 1) % 4][0], y, -r[(i + 1) % 4][1]]] as [number, number, number][]);
  }, [o.marquee, y]);
  const path = useMemo(() => (o.path ?? []).slice(1).flatMap((p, i) => [[o.path![i][0], y, -o.path![i][1]], [p[0], y, -p[1]]] as [number, number, number][]), [o.path, y]);
  const measure = o.measure ? ([[o.measure.a[0], y, -o.measure.a[1]], [o.measure.b[0], y, -o.measure.b[1]]] as [number, number, number][]) : [];
  const snap = o.snap ? [{ pos: [o.snap.point[0], y, -o.snap.point[1]] as [number, number, number], size: [0.25, 0.05, 0.25] as [number, number, number], rotY: Math.PI / 4, color: '#d946ef' }] : [];
  return (
    <group>
      {o.ghosts.length > 0 && <FloorScene floor={floor} mode={mode} opacity={0.45} labels={false} elements={o.ghosts} />}
      <MergedLines points={guides} color="#d946ef" dashed />
      <MergedLines points={marquee} color="#2563eb" dashed />
      <MergedLines points={path} color="#0f172a" />
      <MergedLines points={measure} color="#111827" />
      <InstancedBoxes items={snap} />
      {o.measure && <Label variant="measure" position={[(o.measure.a[0] + o.measure.b[0]) / 2, y, -(o.measure.a[1] + o.measure.b[1]) / 2]} text={`${o.measure.length.toFixed(2)} m`} />}
      {o.hint && o.cursor && <Label variant="measure" position={[o.cursor[0] + 1, y, -o.cursor[1] - 1]} text={editor.state.locale === 'en' ? o.hint.en : o.hint.zh} />}
    </group>
  );
}
