/**
 * Right-click menu on the plan, as in Revit and Figma: a right click that does not drag (a drag pans) opens it
 * on the element under the pointer (selecting it unless it is already part of the selection).
 */
import { useCallback, useRef, useState } from 'react';
import { findElement } from '../../core/query';
import { SHORTCUTS } from '../../editor/shortcuts';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { useDismiss } from '../useDismiss';
import { AlignItems } from './AlignItems';
import { ArrayForm } from './ArrayForm';
import { MenuItem } from './MenuItem';
import { MoveToFloorItems } from './MoveToFloorItems';
import { usePlanContextMenu } from './usePlanContextMenu';

export function ContextMenu({ host }: { host: React.RefObject<HTMLElement | null> }) {
  const editor = useEditor();
  const t = useT();
  const [at, setAt] = usePlanContextMenu(editor, host);
  const [arrayForm, setArrayForm] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const n = useEditorState((s) => s.selection.length);
  // Looked up through the floors' id index: this runs on every store change, each pointer move of a drag included.
  const locked = useEditorState((s) => s.selection.length > 0 && s.selection.every((id) => !!findElement(s.doc, id)?.element.locked));
  // Closing also folds the array form, so the menu always opens on its command list.
  const close = useCallback(() => {
    setAt(null);
    setArrayForm(false);
  }, [setAt]);
  useDismiss(menu, !!at, close, { capture: true });

  if (!at) return null;
  const done = (fn: () => unknown) => () => {
    fn();
    close();
  };
  // keep the menu on screen
  const x = Math.min(at.x, window.innerWidth - 230);
  const y = Math.min(at.y, window.innerHeight - 480);
  return (
    <div className="ctx-menu" role="menu" ref={menu} style={{ left: x, top: Math.max(4, y) }} data-testid="context-menu">
      <MenuItem label="menu.cut" run={done(() => editor.cut())} enabled={n > 0} shortcut={SHORTCUTS.cut} />
      <MenuItem label="menu.copy" run={done(() => editor.copy())} enabled={n > 0} shortcut={SHORTCUTS.copy} />
      <MenuItem label="menu.paste" run={done(() => editor.paste())} shortcut={SHORTCUTS.paste} />
      <MenuItem label="menu.duplicate" run={done(() => editor.duplicate())} enabled={n > 0} shortcut={SHORTCUTS.duplicate} />
      <MenuItem label="menu.delete" run={done(() => editor.deleteSelection())} enabled={n > 0} shortcut="Delete" />
      <div className="ctx-sep" />
      <MenuItem label="menu.rotate" run={done(() => editor.keyDown({ key: 'r', shift: true }))} enabled={n > 0} shortcut="Shift+R" />
      <MenuItem label="menu.flip" run={done(() => editor.flipSelection())} enabled={n > 0} shortcut={SHORTCUTS.flip} />
      <MenuItem label="menu.selectSimilar" run={done(() => editor.selectSimilar())} enabled={n > 0} shortcut={SHORTCUTS['select-similar']} />
      <MenuItem label={locked ? 'menu.unlock' : 'menu.lock'} run={done(() => editor.toggleLock())} enabled={n > 0} shortcut={SHORTCUTS.lock} />
      <MenuItem label="menu.bringToFront" run={done(() => editor.orderSelection('front'))} enabled={n > 0} shortcut={SHORTCUTS['bring-to-front']} />
      <MenuItem label="menu.sendToBack" run={done(() => editor.orderSelection('back'))} enabled={n > 0} shortcut={SHORTCUTS['send-to-back']} />
      {n > 0 && <MoveToFloorItems done={done} />}
      {n >= 2 && <AlignItems count={n} done={done} />}
      {n > 0 && !arrayForm && (
        <button role="menuitem" data-testid="ctx-array" onClick={() => setArrayForm(true)}>
          <span>{t('menu.array')}</span>
        </button>
      )}
      {arrayForm && <ArrayForm onDone={close} />}
      <div className="ctx-sep" />
      <MenuItem label="menu.zoomFit" run={done(() => editor.fitView())} shortcut={SHORTCUTS['zoom-fit']} />
      {n === 0 && <MenuItem label="menu.outlineFromWalls" run={done(() => editor.outlineFromWalls())} />}
    </div>
  );
}
