/**
 * The current floor's underlay: show, fade, rotate, move, scale by two points (the measure tool's two clicks,
 * then the real distance), choose another PDF page, embed or link by file name (and locate a missing linked
 * file), remove. Every change is one undoable floor edit.
 */
import type { Underlay } from '../../core/document';
import { updateFloor } from '../../core/commands';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { UnderlayCalibration } from './UnderlayCalibration';
import { UnderlayPlacement } from './UnderlayPlacement';
import { UnderlayToggles } from './UnderlayToggles';

export function UnderlayPanel() {
  const editor = useEditor();
  const t = useT();
  const floorId = useEditorState((s) => s.floorId);
  const u = useEditorState((s) => s.doc.floors.find((f) => f.id === s.floorId)?.underlay);
  if (!u) return null;
  const patch = (p: Partial<Underlay>, label = '底图 / Underlay') => editor.execute(updateFloor(floorId, { underlay: { ...u, ...p } }, label));
  return (
    <fieldset className="underlay-panel" aria-label={t('underlay.title')} data-testid="underlay-panel" title={u.name}>
      <strong>{t('underlay.title')}</strong>
      <UnderlayToggles underlay={u} floorId={floorId} patch={patch} />
      <UnderlayPlacement underlay={u} floorId={floorId} patch={patch} />
      <UnderlayCalibration underlay={u} patch={patch} />
      <button type="button" data-testid="underlay-remove" onClick={() => editor.execute(updateFloor(floorId, { underlay: undefined }, '删除底图 / Remove underlay'))}>
        {t('underlay.remove')}
      </button>
    </fieldset>
  );
}
