/** The 2D plan's grid: light minor lines every `minor` metres, darker major lines every `major` metres. */
import { useMemo } from 'react';
import type { BBox } from '../core/geometry/polygon';
import { gridLines } from './plan-grid';
import { MergedLines } from './MergedLines';

export interface PlanGridProps {
  /** Plan area to cover (snapped outward to whole major cells). */
  extent: BBox;
  /** World y of the grid, default 0. */
  elevation?: number;
  /** Minor spacing in metres, default 1. */
  minor?: number;
  /** Major spacing in metres (a multiple of `minor`), default 5. */
  major?: number;
}

export function PlanGrid({ extent, elevation = 0, minor = 1, major = 5 }: PlanGridProps) {
  const { minorPts, majorPts } = useMemo(() => {
    const g = gridLines(extent, minor, major);
    const y = elevation - 0.02;
    const toPts = (ls: [number, number, number, number][]) =>
      ls.flatMap(
        ([x1, y1, x2, y2]) =>
          [
            [x1, y, -y1],
            [x2, y, -y2],
          ] as [number, number, number][],
      );
    return { minorPts: toPts(g.minor), majorPts: toPts(g.major) };
  }, [extent, elevation, minor, major]);
  // Drawn before everything else in the transparent pass, the underlay (-2) included: its paper covers the grid as
  // a CAD reference drawing does, and a faded underlay lets it show through in step with the fade.
  return (
    <group>
      <MergedLines points={minorPts} color="#e2e8f0" depthTest renderOrder={-4} />
      <MergedLines points={majorPts} color="#cbd5e1" depthTest renderOrder={-3} />
    </group>
  );
}
