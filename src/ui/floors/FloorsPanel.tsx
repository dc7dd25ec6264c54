/** Floors: switch, add, rename inline (double-click), reorder, delete after an inline confirmation. */
import { useState } from 'react';
import { addFloor, allIds, floorSettingProblem, nextId, removeFloor, reorderFloors, updateFloor, type Floor } from '../../core';
import { settingMessage } from '../inspector/setting-message';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';

function newFloor(floors: Floor[], taken: ReadonlySet<string>, name: (n: number) => string): Floor {
  const top = floors.reduce<Floor | undefined>((a, f) => (!a || f.elevation > a.elevation ? f : a), undefined);
  const storey = top ? Math.max(...floors.map((f) => f.storey)) + 1 : 1;
  return {
    id: nextId('F', taken),
    name: name(storey),
    storey,
    elevation: top ? top.elevation + top.height : 0,
    height: top?.height ?? 4.5,
    elements: [],
  };
}

export function FloorsPanel() {
  const editor = useEditor();
  const t = useT();
  const floors = useEditorState((s) => s.doc.floors);
  const floorId = useEditorState((s) => s.floorId);
  const [editing, setEditing] = useState<{ id: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const renameProblem = editing ? floorSettingProblem('name', editing.value.trim()) : undefined;
  const commitRename = () => {
    if (!editing) return;
    const name = editing.value.trim();
    // A name the file format refuses stays in the box with its reason.
    if (floorSettingProblem('name', name)) return;
    const f = floors.find((x) => x.id === editing.id);
    if (f && name && name !== f.name) editor.execute(updateFloor(f.id, { name }, `重命名楼层 / Rename floor`));
    setEditing(null);
  };

  const move = (i: number, d: -1 | 1) => {
    const order = floors.map((f) => f.id);
    const j = i + d;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    editor.execute(reorderFloors(order));
  };

  const add = () => {
    const f = newFloor(floors, allIds(editor.doc), (n) => t('floors.newName', { n }));
    if (editor.execute(addFloor(f))) {
      editor.setFloor(f.id);
      editor.offerStructureCopy(f.id);
    }
  };

  const remove = (f: Floor) => {
    setConfirming(null);
    if (floors.length <= 1) return;
    const next = floors.find((x) => x.id !== f.id)!;
    if (f.id === floorId) editor.setFloor(next.id);
    editor.execute(removeFloor(f.id));
  };

  return (
    <section className="panel floors" aria-label={t('floors.title')}>
      <h2 className="panel-title">
        {t('floors.title')}
        <button className="icon-btn" data-testid="floor-add" title={t('floors.add')} onClick={add}>
          <ToolIcon name="plus" size={16} />
        </button>
      </h2>
      <ul className="floor-list">
        {floors.map((f, i) => (
          <li key={f.id} className={'floor-row' + (f.id === floorId ? ' current' : '')} data-testid={`floor-${f.id}`}>
            {editing?.id === f.id ? (
              <>
                <input
                  className="floor-rename"
                  autoFocus
                  value={editing.value}
                  onChange={(e) => setEditing({ id: f.id, value: e.target.value })}
                  onBlur={commitRename}
                  onKeyDown={(e) => {
                    // Enter commits through blur, so the rename runs once.
                    if (e.key === 'Enter') e.currentTarget.blur();
                    if (e.key === 'Escape') setEditing(null);
                    e.stopPropagation();
                  }}
                />
                {renameProblem && (
                  <div className="field-error" data-testid="floor-rename-error" role="alert">
                    {settingMessage(t, renameProblem)}
                  </div>
                )}
              </>
            ) : (
              <button
                className="floor-name"
                title={t('floors.rename')}
                aria-pressed={f.id === floorId}
                onClick={() => editor.setFloor(f.id)}
                onDoubleClick={() => setEditing({ id: f.id, value: f.name })}
              >
                {f.name}
                <span className="muted"> · {t('floors.elements', { n: f.elements.length })}</span>
              </button>
            )}
            {confirming === f.id ? (
              <span className="floor-confirm" role="alertdialog">
                <span>{t('floors.deleteConfirm', { name: f.name, n: f.elements.length })}</span>
                <button className="danger" data-testid="floor-delete-confirm" onClick={() => remove(f)}>
                  {t('floors.delete')}
                </button>
                <button onClick={() => setConfirming(null)}>×</button>
              </span>
            ) : (
              <span className="floor-actions">
                <button className="icon-btn" title={t('floors.up')} disabled={i === 0} onClick={() => move(i, -1)}>
                  <ToolIcon name="up" size={14} />
                </button>
                <button className="icon-btn" title={t('floors.down')} disabled={i === floors.length - 1} onClick={() => move(i, 1)}>
                  <ToolIcon name="down" size={14} />
                </button>
                <button
                  className="icon-btn"
                  data-testid={`floor-delete-${f.id}`}
                  title={floors.length <= 1 ? t('floors.lastFloor') : t('floors.delete')}
                  disabled={floors.length <= 1}
                  onClick={() => setConfirming(f.id)}
                >
                  <ToolIcon name="trash" size={14} />
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
