/**
 * Where the drawing goes: a new hall in place of the open one, or new floors on top of the open hall (a drawing set
 * saved one floor per file, 一层.dxf then 二层.dxf). Offered only when the open hall has something drawn.
 */
import { useEditorState, useT } from '../EditorContext';

export function DxfTargetField({ into, onChange }: { into: 'hall' | 'floors'; onChange(into: 'hall' | 'floors'): void }) {
  const t = useT();
  const top = useEditorState((s) => (s.doc.floors.some((f) => f.elements.length > 0) ? [...s.doc.floors].sort((a, b) => b.elevation - a.elevation)[0] : undefined));
  if (!top) return null;
  return (
    <fieldset className="dxf-dialog__target" data-testid="dxf-target">
      <legend>{t('dxf.into')}</legend>
      <label>
        <input type="radio" name="dxf-into" data-testid="dxf-into-hall" checked={into === 'hall'} onChange={() => onChange('hall')} />
        {t('dxf.intoHall')}
      </label>
      <label>
        <input type="radio" name="dxf-into" data-testid="dxf-into-floors" checked={into === 'floors'} onChange={() => onChange('floors')} />
        {t('dxf.intoFloors', { top: top.name })}
      </label>
    </fieldset>
  );
}
