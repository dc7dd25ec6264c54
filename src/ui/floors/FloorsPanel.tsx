/** Floors: switch, add, rename inline (double-click), reorder, delete after an inline confirmation. */
import { useState } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';
import { FloorActions } from './FloorActions';
import { FloorNameEdit } from './FloorNameEdit';
import { floorCommands } from './floor-commands';
import { standingOn } from '../../core/standing-on';

export function FloorsPanel() {
  const editor = useEditor();
  const t = useT();
  const floors = useEditorState((s) => s.settledDoc.floors);
  const floorId = useEditorState((s) => s.floorId);
  const [editing, setEditing] = useState<{ id: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const cmd = floorCommands(editor, floors, floorId, t);

  return (
    <section className="panel floors" aria-label={t('floors.title')}>
      <h2 className="panel-title">
        {t('floors.title')}
        <button className="icon-btn" data-testid="floor-add" title={t('floors.add')} onClick={cmd.add}>
          <ToolIcon name="plus" size={16} />
        </button>
      </h2>
      <ul className="floor-list">
        {floors.map((f, i) => (
          <li key={f.id} className={'floor-row' + (f.id === floorId ? ' current' : '')} data-testid={`floor-${f.id}`}>
            {editing?.id === f.id ? (
              <FloorNameEdit
                value={editing.value}
                onChange={(value) => setEditing({ id: f.id, value })}
                onCommit={() => cmd.rename(f.id, editing.value) && setEditing(null)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <button
                className="floor-name"
                title={t('floors.rename')}
                aria-pressed={f.id === floorId}
                onClick={() => editor.setFloor(f.id)}
                onDoubleClick={() => setEditing({ id: f.id, value: f.name })}
              >
                {f.name}
                <span className="muted"> · {t('floors.elements', { n: standingOn(floors, f).length })}</span>
              </button>
            )}
            <FloorActions
              floor={f}
              index={i}
              count={floors.length}
              confirming={confirming === f.id}
              onConfirm={(on) => setConfirming(on ? f.id : null)}
              onMove={(d) => cmd.move(i, d)}
              onDelete={() => {
                setConfirming(null);
                cmd.remove(f);
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
