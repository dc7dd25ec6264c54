/**
 * Keyboard shortcuts: one table used by the key handler and shown in tooltips and the shortcut sheet. The placing
 * tools' keys come from the kinds that declare them (src/editor/kind-tools.ts); the rest are the editor's own.
 */
import { KIND_TOOLS } from './kind-tools';
import type { ToolId } from './types';

/** What a shortcut does besides arming a tool. */
export type EditAction =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'select-all'
  | 'select-similar'
  | 'rotate'
  | 'flip'
  | 'lock'
  | 'bring-to-front'
  | 'send-to-back'
  | 'cancel'
  | 'finish'
  | 'view-2d'
  | 'view-3d'
  | 'zoom-fit'
  | 'help';

export interface Shortcut {
  key: string;
  action: ToolId | EditAction;
  label: { zh: string; en: string };
}

export const SHORTCUT_LIST: Shortcut[] = [
  { key: 'V', action: 'select', label: { zh: '选择', en: 'Select' } },
  ...KIND_TOOLS.flatMap(({ tool }) => (tool.shortcut ? [{ key: tool.shortcut, action: tool.id, label: tool.hint ?? tool.label }] : [])),
  { key: 'M', action: 'measure', label: { zh: '测量', en: 'Measure' } },
  { key: 'O', action: 'outline', label: { zh: '楼层外轮廓', en: 'Floor outline' } },
  { key: 'R', action: 'rotate', label: { zh: '旋转 15°（Shift 90°）', en: 'Rotate 15° (Shift 90°)' } },
  { key: 'Ctrl+Z', action: 'undo', label: { zh: '撤销', en: 'Undo' } },
  { key: 'Ctrl+Shift+Z', action: 'redo', label: { zh: '重做', en: 'Redo' } },
  { key: 'X', action: 'flip', label: { zh: '翻转（窗口换面）', en: 'Flip (counter front)' } },
  { key: 'Ctrl+]', action: 'bring-to-front', label: { zh: '置于顶层', en: 'Bring to front' } },
  { key: 'Ctrl+[', action: 'send-to-back', label: { zh: '置于底层', en: 'Send to back' } },
  { key: 'K', action: 'lock', label: { zh: '锁定 / 解锁', en: 'Lock / unlock' } },
  { key: 'F', action: 'zoom-fit', label: { zh: '缩放至全图', en: 'Zoom to fit' } },
  { key: '?', action: 'help', label: { zh: '快捷键一览', en: 'Keyboard shortcuts' } },
  { key: 'Ctrl+C', action: 'copy', label: { zh: '复制', en: 'Copy' } },
  { key: 'Ctrl+X', action: 'cut', label: { zh: '剪切', en: 'Cut' } },
  { key: 'Ctrl+V', action: 'paste', label: { zh: '粘贴', en: 'Paste' } },
  { key: 'Ctrl+D', action: 'duplicate', label: { zh: '创建副本', en: 'Duplicate' } },
  { key: 'Delete', action: 'delete', label: { zh: '删除', en: 'Delete' } },
  { key: 'Ctrl+A', action: 'select-all', label: { zh: '全选', en: 'Select all' } },
  { key: 'Ctrl+Shift+A', action: 'select-similar', label: { zh: '选择相似（同类同型）', en: 'Select similar (same kind and type)' } },
  { key: 'Escape', action: 'cancel', label: { zh: '取消', en: 'Cancel' } },
  { key: 'Enter', action: 'finish', label: { zh: '完成', en: 'Finish' } },
  { key: '2', action: 'view-2d', label: { zh: '二维平面', en: '2D plan' } },
  { key: '3', action: 'view-3d', label: { zh: '三维视图', en: '3D view' } },
];

/** action → key, e.g. SHORTCUTS.undo === 'Ctrl+Z' (for tooltips). */
export const SHORTCUTS: Record<string, string> = Object.fromEntries(SHORTCUT_LIST.map((s) => [s.action, s.key]));

/** Which shortcut a key event is, if any. */
export function matchShortcut(e: { key: string; ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean }): Shortcut | undefined {
  const mod = e.ctrl || e.meta;
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  const normal = key === 'Backspace' ? 'Delete' : key === 'Y' && mod ? 'Z' : key;
  const wantShift = e.shift || (key === 'Y' && !!mod);
  const name = `${mod ? 'Ctrl+' : ''}${wantShift && (mod || shiftLetters.has(normal)) ? 'Shift+' : ''}${normal}`;
  return SHORTCUT_LIST.find((s) => s.key === name);
}

/** Letters some shortcut takes with Shift (Shift+C: a row of counters); Shift with any other letter is the letter. */
const shiftLetters = new Set(SHORTCUT_LIST.flatMap((s) => (/^Shift\+.$/.test(s.key) ? [s.key.slice(-1)] : [])));
