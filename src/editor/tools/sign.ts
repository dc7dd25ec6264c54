/** Sign: one click places a sign of the chosen kind with its default bilingual text. */
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { SIGN_KINDS } from '../../core/vocab';
import { PlaceTool } from './place';

export class SignTool extends PlaceTool {
  readonly id = 'sign' as const;
  protected label = '放置标识 / Place sign';
  protected make(p: Vec2, id: string) {
    const kind = this.editor.toolOptions.signKind ?? 'directional';
    return KINDS.sign.create({ id, signKind: kind, position: p, text: { zh: SIGN_KINDS[kind].zh, en: SIGN_KINDS[kind].en } });
  }
}
