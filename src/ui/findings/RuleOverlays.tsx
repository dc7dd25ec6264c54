/**
 * Rule overlays drawn inside the viewport's scene (children of <Viewport>), switched by store.overlays:
 * AED and exit walking-distance heat maps from the rules' coverage grids, 1-metre strips, accessible
 * routes and sign sight lines along the citizen routes (./sign-sight.ts). Everything here is derived from the document; nothing is editable.
 */
import { useMemo } from 'react';
import { counterKind, oneMetreStrip, type Counter, type Floor, type HallDocument } from '../../core';
import { signSightOverlay } from './sign-sight';
import type { Editor } from '../../editor/editor';
import { useStore } from 'zustand';
import { HeatmapLayer } from '../../view/overlays/HeatmapLayer';
import { aedCoverage, exitTravel, type CoverageGrid } from '../../rules/safety/coverage';
import type { ParamValue } from '../../rules/types';
import { MergedLines } from '../../view/MergedLines';
import { MergedPolygons } from '../../view/MergedPolygons';
import { resolveParams } from '../../rules/preset';

type Coverage = (doc: HallDocument, params: Readonly<Record<string, ParamValue>>) => { grids: CoverageGrid[]; limit: number };

function CoverageHeat({ compute, doc, floor }: { compute: Coverage; doc: HallDocument; floor: Floor }) {
  // The grids cover every floor; recomputed only when the document changes, not when the floor does.
  const cov = useMemo(() => {
    try {
      return compute(doc, resolveParams(doc.meta.preset, doc.meta.ruleOverrides));
    } catch {
      return undefined;
    }
  }, [compute, doc]);
  const grid = cov?.grids.find((g) => g.floorId === floor.id);
  return grid && cov ? <HeatmapLayer grid={grid} limit={cov.limit} elevation={floor.elevation} /> : null;
}

export function RuleOverlays({ editor }: { editor: Editor }) {
  const overlays = useStore(editor.store, (s) => s.overlays);
  const doc = useStore(editor.store, (s) => s.doc);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const floor = doc.floors.find((f) => f.id === floorId);

  const strips = useMemo(() => {
    if (!floor || !overlays['one-metre']) return [];
    return floor.elements
      .filter((e): e is Counter => e.kind === counterKind.kind && (e as Counter).oneMetreLine.enabled)
      .map((c) => ({ polygon: oneMetreStrip(c), color: '#f59e0b' }));
  }, [floor, overlays]);

  const routes = useMemo(() => {
    if (!floor || !overlays['accessible-routes']) return [];
    const y = floor.elevation + 0.05;
    const out: [number, number, number][] = [];
    for (const e of floor.elements) {
      if (e.kind !== 'route' || !e.accessible) continue;
      for (let i = 1; i < e.points.length; i++) out.push([e.points[i - 1][0], y, -e.points[i - 1][1]], [e.points[i][0], y, -e.points[i][1]]);
    }
    return out;
  }, [floor, overlays]);

  const sight = useMemo(() => {
    if (!floor || !overlays['sign-sight']) return undefined;
    try {
      return signSightOverlay(doc, floor.id, floor.elevation + 0.06);
    } catch {
      return undefined;
    }
  }, [doc, floor, overlays]);

  if (!floor) return null;
  return (
    <group name="rule-overlays">
      {overlays['aed-coverage'] && <CoverageHeat compute={aedCoverage} doc={doc} floor={floor} />}
      {overlays['exit-distance'] && <CoverageHeat compute={exitTravel} doc={doc} floor={floor} />}
      {strips.length > 0 && <MergedPolygons polygons={strips} y={floor.elevation + 0.04} opacity={0.45} />}
      {routes.length > 0 && <MergedLines points={routes} color="#2563eb" />}
      {sight && sight.routes.length > 0 && <MergedLines points={sight.routes} color="#7c3aed" opacity={0.5} />}
      {sight && sight.seen.length > 0 && <MergedLines points={sight.seen} color="#16a34a" dashed opacity={0.9} />}
      {sight && sight.blind.length > 0 && <MergedLines points={sight.blind} color="#dc2626" />}
    </group>
  );
}
