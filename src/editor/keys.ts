/** The editor's keyboard: the active tool first, then the shortcut table, then arrow-key nudges. */
import { rotateElements } from '../core/commands';
import { joinedEnds, moveKeepingJoins } from '../core/commands/wall-joins';
import type { Vec2 } from '../core/geometry/vec';
import { deleteSelection, editableElements, flipSelection, orderSelection, selectSimilar, toggleLock } from './selection-commands';
import { matchShortcut, type EditAction } from './shortcuts';
import type { Tool } from './tools/tool';
import type { EditorHost, EditorKeyEvent, ToolId } from './types';

/** What the key handler drives besides the host's commands (the Editor provides them). */
export interface KeyTarget extends EditorHost {
  readonly activeTool: Tool;
  undo(): void;
  redo(): void;
  copy(): void;
  cut(): boolean;
  paste(): boolean;
  duplicate(): boolean;
  fitView(): void;
  setTool(id: ToolId): void;
}

type Action = EditAction;

const done = (run: () => void) => {
  run();
  return true;
};

/** Every non-tool shortcut's effect; typed by the action list, so a new action without an effect does not compile. */
const ACTIONS: Record<Action, (t: KeyTarget, e: EditorKeyEvent) => boolean> = {
  undo: (t) => done(() => t.undo()),
  redo: (t) => done(() => t.redo()),
  copy: (t) => done(() => t.copy()),
  cut: (t) => t.cut(),
  paste: (t) => done(() => t.paste()),
  duplicate: (t) => done(() => t.duplicate()),
  delete: (t) => done(() => deleteSelection(t)),
  'select-all': (t) => done(() => t.select(t.standing.map((el) => el.id))),
  'select-similar': (t) => selectSimilar(t),
  rotate: (t, e) => {
    const ids = editableElements(t).map((el) => el.id);
    if (!ids.length) return false;
    t.execute(rotateElements(ids, e.shift ? 90 : 15, t.selectionCenter()));
    return true;
  },
  flip: (t) => flipSelection(t),
  lock: (t) => toggleLock(t),
  'bring-to-front': (t) => orderSelection(t, 'front'),
  'send-to-back': (t) => orderSelection(t, 'back'),
  cancel: (t) =>
    done(() => {
      if (t.activeTool.id !== 'select') t.setTool('select');
      else t.select([]);
    }),
  finish: () => false,
  'view-2d': (t) => done(() => t.store.setState({ viewMode: '2d' })),
  'view-3d': (t) => done(() => t.store.setState({ viewMode: '3d' })),
  'zoom-fit': (t, e) => !(e.ctrl || e.meta) && done(() => t.fitView()),
  help: (t) => done(() => t.store.setState((s) => ({ shortcutSheet: !s.shortcutSheet }))),
};

const ARROWS: Record<string, Vec2> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** Arrow keys move the selection by a grid step (1 m with Shift); walls joined to a moved wall stay joined. */
function nudge(t: KeyTarget, e: EditorKeyEvent): boolean {
  const d = ARROWS[e.key];
  const movable = editableElements(t).map((el) => el.id);
  if (!d || !movable.length) return false;
  const step = e.shift ? 1 : t.grid.size || 0.1;
  return t.execute(moveKeepingJoins(movable, [d[0] * step, d[1] * step], joinedEnds(t.floor, new Set(movable)), '微移 / Nudge'));
}

/** Handle a key; true when it was used (the page then keeps it from the browser). */
export function handleKey(t: KeyTarget, e: EditorKeyEvent): boolean {
  if (t.activeTool.key?.(e)) return true;
  const sc = matchShortcut(e);
  if (!sc) return nudge(t, e);
  if (Object.hasOwn(ACTIONS, sc.action)) return ACTIONS[sc.action as Action](t, e);
  if (e.ctrl || e.meta) return false;
  t.setTool(sc.action as ToolId);
  return true;
}
