/**
 * Right-click menu on the plan, as in Revit and Figma: a right click that does not drag (a drag pans) opens it
 * on the element under the pointer (selecting it unless it is already part of the selection).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { SHORTCUTS } from '../../editor/shortcuts';
import type { MessageKey } from '../i18n';
import type { AlignEdge } from '../../editor/arrange';

const ALIGN: [AlignEdge, MessageKey][] = [
  ['left', 'menu.alignLeft'],
  ['center-x', 'menu.alignCenterX'],
  ['right', 'menu.alignRight'],
  ['top', 'menu.alignTop'],
  ['center-y', 'menu.alignCenterY'],
  ['bottom', 'menu.alignBottom'],
];

export function ContextMenu({ host }: { host: React.RefObject<HTMLElement | null> }) {
  const editor = useEditor();
  const t = useT();
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const [arrayForm, setArrayForm] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const selection = useEditorState((s) => s.selection);
  const floors = useEditorState((s) => s.doc.floors);
  const floorId = useEditorState((s) => s.floorId);
  const locked = useEditorState((s) => s.selection.length > 0 && s.selection.every((id) => s.doc.floors.some((f) => f.elements.some((e) => e.id === id && e.locked))));

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let down: { x: number; y: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.button === 2) down = { x: e.clientX, y: e.clientY };
    };
    const onUp = (e: PointerEvent) => {
      if (e.button !== 2 || !down) return;
      const moved = Math.hypot(e.clientX - down.x, e.clientY - down.y);
      down = null;
      if (moved > 4 || editor.state.viewMode !== '2d') return;
      const p = editor.state.cursor;
      const hit = p ? editor.hitTest(p) : undefined;
      if (hit && !editor.selection.includes(hit.id)) editor.select([hit.id]);
      setArrayForm(false);
      setAt({ x: e.clientX, y: e.clientY });
    };
    el.addEventListener('pointerdown', onDown, true);
    el.addEventListener('pointerup', onUp, true);
    return () => {
      el.removeEventListener('pointerdown', onDown, true);
      el.removeEventListener('pointerup', onUp, true);
    };
  }, [editor, host]);

  useEffect(() => {
    if (!at) return;
    const close = (e: Event) => {
      if (menu.current && e.target instanceof Node && menu.current.contains(e.target)) return;
      setAt(null);
    };
    // Escape closes the menu and nothing else (the editor would also drop the selection)
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setAt(null);
    };
    window.addEventListener('pointerdown', close, true);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointerdown', close, true);
      window.removeEventListener('keydown', key, true);
    };
  }, [at]);

  if (!at) return null;
  const n = selection.length;
  const run = (fn: () => unknown) => () => {
    fn();
    setAt(null);
  };
  const item = (key: MessageKey, fn: () => unknown, enabled = true, shortcut?: string, testid?: string): ReactNode => (
    <button role="menuitem" key={key} disabled={!enabled} data-testid={testid ?? `ctx-${key.slice(5)}`} onClick={run(fn)}>
      <span>{t(key)}</span>
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );
  // keep the menu on screen
  const x = Math.min(at.x, window.innerWidth - 230);
  const y = Math.min(at.y, window.innerHeight - 480);
  return (
    <div className="ctx-menu" role="menu" ref={menu} style={{ left: x, top: Math.max(4, y) }} data-testid="context-menu">
      {item('menu.cut', () => editor.cut(), n > 0, SHORTCUTS.cut)}
      {item('menu.copy', () => editor.copy(), n > 0, SHORTCUTS.copy)}
      {item('menu.paste', () => editor.paste(), true, SHORTCUTS.paste)}
      {item('menu.duplicate', () => editor.duplicate(), n > 0, SHORTCUTS.duplicate)}
      {item('menu.delete', () => editor.deleteSelection(), n > 0, 'Delete')}
      <div className="ctx-sep" />
      {item('menu.rotate', () => editor.keyDown({ key: 'r', shift: true }), n > 0, 'Shift+R')}
      {item('menu.flip', () => editor.flipSelection(), n > 0, SHORTCUTS.flip)}
      {item('menu.selectSimilar', () => editor.selectSimilar(), n > 0, SHORTCUTS['select-similar'])}
      {item(locked ? 'menu.unlock' : 'menu.lock', () => editor.toggleLock(), n > 0, SHORTCUTS.lock)}
      {item('menu.bringToFront', () => editor.orderSelection('front'), n > 0, SHORTCUTS['bring-to-front'])}
      {item('menu.sendToBack', () => editor.orderSelection('back'), n > 0, SHORTCUTS['send-to-back'])}
      {n > 0 && floors.length > 1 && (
        <>
          <div className="ctx-sub">{t('menu.moveToFloor')}</div>
          {floors
            .filter((f) => f.id !== floorId)
            .map((f) => (
              <button role="menuitem" key={f.id} data-testid={`ctx-floor-${f.id}`} onClick={run(() => editor.moveSelectionToFloor(f.id))}>
                <span>→ {f.name}</span>
              </button>
            ))}
        </>
      )}
      {n >= 2 && (
        <>
          <div className="ctx-sub">{t('menu.align')}</div>
          {ALIGN.map(([edge, key]) => item(key, () => editor.alignSelection(edge), true, undefined, `ctx-align-${edge}`))}
          {item('menu.distributeX', () => editor.distributeSelection('x'), n >= 3)}
          {item('menu.distributeY', () => editor.distributeSelection('y'), n >= 3)}
        </>
      )}
      {n > 0 && !arrayForm && (
        <button role="menuitem" data-testid="ctx-array" onClick={() => setArrayForm(true)}>
          <span>{t('menu.array')}</span>
        </button>
      )}
      {arrayForm && <ArrayForm onDone={() => setAt(null)} />}
      <div className="ctx-sep" />
      {item('menu.zoomFit', () => editor.fitView(), true, SHORTCUTS['zoom-fit'])}
      {n === 0 && item('menu.outlineFromWalls', () => editor.outlineFromWalls(), true)}
    </div>
  );
}

function ArrayForm({ onDone }: { onDone: () => void }) {
  const editor = useEditor();
  const t = useT();
  const [count, setCount] = useState('3');
  const [dx, setDx] = useState('2');
  const [dy, setDy] = useState('0');
  return (
    <form
      data-testid="array-form"
      onSubmit={(e) => {
        e.preventDefault();
        editor.arraySelection(Number(count), [Number(dx) || 0, Number(dy) || 0]);
        onDone();
      }}
    >
      <label htmlFor="arr-n">{t('menu.arrayCount')}</label>
      <input id="arr-n" type="number" min={1} max={500} step={1} value={count} onChange={(e) => setCount(e.target.value)} />
      <label htmlFor="arr-dx">{t('menu.arrayDx')}</label>
      <input id="arr-dx" type="number" step={0.1} value={dx} onChange={(e) => setDx(e.target.value)} />
      <label htmlFor="arr-dy">{t('menu.arrayDy')}</label>
      <input id="arr-dy" type="number" step={0.1} value={dy} onChange={(e) => setDy(e.target.value)} />
      <span />
      <button type="submit" className="primary" data-testid="array-ok">
        {t('menu.arrayOk')}
      </button>
    </form>
  );
}
