/** Counter (窗口): one click places one window with the next free number. */
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import { PlaceTool } from './place';

export class CounterTool extends PlaceTool {
  readonly id = 'counter' as const;
  protected label = '放置窗口 / Place counter';
  protected make(p: Vec2, id: string) {
    return KINDS.counter.create({ id, type: this.editor.toolOptions.counterType ?? 'general-intake', number: this.editor.nextCounterNumber(), position: p, rotation: 0 });
  }
}
