/**
 * A selected wall's length shown on the plan beside the wall and editable in place (as Revit's temporary
 * dimension): type a length, Enter, and the wall's far end moves along it.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { findElement } from '../../core/query';
import { usePlanAnchor } from '../usePlanAnchor';

export function WallLengthField() {
  const editor = useEditor();
  const t = useT();
  const wall = useEditorState((s) => {
    if (s.tool !== 'select' || s.selection.length !== 1 || s.viewMode !== '2d') return undefined;
    const el = findElement(s.doc, s.selection[0])?.element;
    return el?.kind === 'wall' ? el : undefined;
  });
  const box = useRef<HTMLDivElement>(null);
  const length = wall ? Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]) : 0;
  const [text, setText] = useState('');
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(length.toFixed(2));
  }, [length, editing]);
  usePlanAnchor(box, wall ? [(wall.a[0] + wall.b[0]) / 2, (wall.a[1] + wall.b[1]) / 2] : undefined);
  if (!wall) return null;
  return (
    <div className="wall-length" ref={box} data-testid="wall-length" title={t('draw.wallLengthTitle')}>
      <span>{t('draw.wallLength')}</span>
      <input
        data-testid="wall-length-input"
        inputMode="decimal"
        value={text}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            const v = Number.parseFloat(text);
            if (Number.isFinite(v)) editor.setWallLength(wall.id, v);
            (e.target as HTMLInputElement).blur();
          } else if (e.key === 'Escape') {
            setText(length.toFixed(2));
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <span>m</span>
    </div>
  );
}
