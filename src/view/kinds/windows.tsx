import { useMemo } from 'react';
import type { ElementOf } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { type BoxItem, InstancedBoxes } from '../InstancedBoxes';
import { MergedLines } from '../MergedLines';
import { STACK_CUT_HEIGHT } from '../stack/stack-layout';
import type { LayerProps } from './types';

type Win = ElementOf<'window'>;

/** Half the spacing of the two glass lines of the plan symbol, metres. */
const GLASS_HALF = 0.05;
const FRAME = 0.06;

/** The plan symbol's glass: two lines along the window in the middle of the wall's gap (the wall draws its faces). */
function glassLines(o: Win): [Vec2, Vec2][] {
  const r = (o.rotation * Math.PI) / 180;
  const u: Vec2 = [Math.cos(r), Math.sin(r)];
  const n: Vec2 = [-u[1], u[0]];
  const end = (s: number, k: number): Vec2 => [o.position[0] + (u[0] * o.width * s) / 2 + n[0] * GLASS_HALF * k, o.position[1] + (u[1] * o.width * s) / 2 + n[1] * GLASS_HALF * k];
  return [
    [end(-1, 1), end(1, 1)],
    [end(-1, -1), end(1, -1)],
    [end(-1, 1), end(-1, -1)],
    [end(1, 1), end(1, -1)],
  ];
}

/** The window as the view shows it: cut at the stacked view's cutting height, as its walls are (null: all above it). */
function shownPart(o: Win, mode: LayerProps['mode']): Win | null {
  if (mode !== 'stack' || o.headHeight <= STACK_CUT_HEIGHT) return o;
  return o.sillHeight < STACK_CUT_HEIGHT ? { ...o, headHeight: STACK_CUT_HEIGHT } : null;
}

/** The 3D frame: head, sill and two jambs around the glass. */
function frameBoxes(o: Win, elevation: number): BoxItem[] {
  const r = (o.rotation * Math.PI) / 180;
  const [x, y] = o.position;
  const h = o.headHeight - o.sillHeight;
  const mid = elevation + (o.sillHeight + o.headHeight) / 2;
  const at = (along: number): [number, number] => [x + Math.cos(r) * along, -(y + Math.sin(r) * along)];
  const box = (p: [number, number], py: number, size: [number, number, number]): BoxItem => ({ pos: [p[0], py, p[1]], size, rotY: r, color: '#e2e8f0' });
  return [
    box(at(0), elevation + o.headHeight - FRAME / 2, [o.width, FRAME, 0.12]),
    box(at(0), elevation + o.sillHeight + FRAME / 2, [o.width, FRAME, 0.12]),
    box(at(-o.width / 2 + FRAME / 2), mid, [FRAME, h, 0.12]),
    box(at(o.width / 2 - FRAME / 2), mid, [FRAME, h, 0.12]),
  ];
}

/**
 * Windows: in the plan the architect's symbol (the wall's faces across the gap, drawn by the wall, and two glass
 * lines in it); in 3D a frame and a pane of glass in the hole the window cuts in its wall.
 */
export function WindowsLayer({ elements, elevation, mode, opacity }: LayerProps<Win>) {
  const lines = useMemo(() => {
    if (mode !== '2d') return [];
    const y = elevation + 0.25;
    return elements.flatMap((o) =>
      glassLines(o).flatMap(([a, b]): [number, number, number][] => [
        [a[0], y, -a[1]],
        [b[0], y, -b[1]],
      ]),
    );
  }, [elements, elevation, mode]);
  const shown = useMemo(() => (mode === '2d' ? [] : elements.map((o) => shownPart(o, mode)).filter((o): o is Win => o !== null)), [elements, mode]);
  const panes = useMemo(
    () =>
      shown.map((o) => ({
        pos: [o.position[0], elevation + (o.sillHeight + o.headHeight) / 2, -o.position[1]] as [number, number, number],
        size: [o.width, o.headHeight - o.sillHeight, 0.03] as [number, number, number],
        rotY: (o.rotation * Math.PI) / 180,
        color: o.clearGlass ? '#7dd3fc' : '#cbd5e1',
      })),
    [shown, elevation],
  );
  const frames = useMemo(() => shown.flatMap((o) => frameBoxes(o, elevation)), [shown, elevation]);
  if (mode === '2d') return <MergedLines points={lines} color="#0369a1" opacity={opacity} />;
  return (
    <group>
      <InstancedBoxes items={frames} opacity={opacity} />
      <InstancedBoxes items={panes} opacity={0.45 * opacity} />
    </group>
  );
}
