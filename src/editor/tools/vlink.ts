/** Vertical link: joins the current floor and the next one up (a ramp stays on its floor). */
import type { Floor } from '../../core/document';
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { LINK_KINDS, type Term } from '../../core/vocab';
import { PlaceTool } from './place';

export class VLinkTool extends PlaceTool {
  readonly id = 'vlink' as const;
  protected label = '放置垂直交通 / Place stair or elevator';

  /** The floor a new link also joins: the next one up (none for a ramp, or on the top floor). */
  private above(): Floor | undefined {
    if ((this.editor.toolOptions.linkKind ?? 'stair') === 'ramp') return undefined;
    const floors = this.editor.doc.floors;
    const here = this.editor.floor;
    return [...floors].filter((f) => f.elevation > here.elevation).sort((a, b) => a.elevation - b.elevation)[0];
  }

  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.linkKind ?? 'stair';
    const here = this.editor.floor;
    const above = this.above();
    const size = kind === 'elevator' ? { w: 2.4, d: 2.4 } : kind === 'escalator' ? { w: 1.6, d: 10 } : kind === 'ramp' ? { w: 1.5, d: 9 } : { w: 3, d: 6 };
    return KINDS.vlink.create({
      id,
      linkKind: kind,
      floors: above ? [here.id, above.id] : [here.id],
      position: p,
      size,
      accessible: kind === 'elevator' || kind === 'ramp',
      car: kind === 'elevator' ? { w: 1.6, d: 1.4 } : undefined,
      slope: kind === 'ramp' ? 1 / 12 : undefined,
      name: LINK_KINDS[kind].zh,
    });
  }

  protected override status(): Term {
    const k = LINK_KINDS[this.editor.toolOptions.linkKind ?? 'stair'];
    const here = this.editor.floor.name;
    const above = this.above();
    if (above) return { zh: `单击放置${k.zh}，连接 ${here} 与 ${above.name}`, en: `Click: ${k.en} joining ${here} and ${above.name}` };
    return { zh: `单击放置${k.zh}（只在 ${here}）`, en: `Click: ${k.en} on ${here} only` };
  }

  protected override prefix(): string {
    return this.editor.toolOptions.linkKind ?? 'link';
  }
}
