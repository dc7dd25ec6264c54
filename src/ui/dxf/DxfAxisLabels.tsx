/** The grid axes' names (1, 2 … A, B …) at their bubbles over the DXF linework, so floors can be read against the grid. */
import type { DxfFloorLines } from '../../dxf/types';
import { Label } from '../../view/Label';

export function DxfAxisLabels({ axes, elevation }: { axes: NonNullable<DxfFloorLines['axes']>; elevation: number }) {
  return (
    <>
      {axes.map((a) => (
        <Label key={`${a.name}@${a.x},${a.y}`} variant="link" position={[a.x, elevation + 0.02, -a.y]} text={a.name} />
      ))}
    </>
  );
}
