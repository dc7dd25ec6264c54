/** Vertical link: joins the current floor and the next one up (a ramp stays on its floor). */
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { LINK_KINDS } from '../../core/vocab';
import { PlaceTool } from './place';

export class VLinkTool extends PlaceTool {
  readonly id = 'vlink' as const;
  protected label = '放置垂直交通 / Place stair or elevator';
  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.linkKind ?? 'stair';
    const floors = this.editor.doc.floors;
    const i = floors.findIndex((f) => f.id === this.editor.floorId);
    const above = [...floors].filter((f) => f.elevation > floors[i].elevation).sort((a, b) => a.elevation - b.elevation)[0];
    const size = kind === 'elevator' ? { w: 2.4, d: 2.4 } : kind === 'escalator' ? { w: 1.6, d: 10 } : kind === 'ramp' ? { w: 1.5, d: 9 } : { w: 3, d: 6 };
    return KINDS.vlink.create({
      id,
      linkKind: kind,
      floors: above && kind !== 'ramp' ? [floors[i].id, above.id] : [floors[i].id],
      position: p,
      size,
      accessible: kind === 'elevator' || kind === 'ramp',
      car: kind === 'elevator' ? { w: 1.6, d: 1.4 } : undefined,
      slope: kind === 'ramp' ? 1 / 12 : undefined,
      name: LINK_KINDS[kind].zh,
    });
  }
  protected override prefix(): string {
    return this.editor.toolOptions.linkKind ?? 'link';
  }
}
