/**
 * Where the drawing goes: a new hall in place of the open one, or new floors in the open hall (a drawing set saved
 * one floor per file, 一层.dxf then 二层.dxf), each at the storey its sheet's title names. Offered only when the open
 * hall has something drawn. The floors it would add are named before Import; a sheet naming a storey the hall has
 * is asked about: the user picks other plans or stacks them all on top.
 */
import { storeyCode } from '../../dxf/names';
import { useEditorState, useT } from '../EditorContext';
import { framePlacement } from './floor-placement';

export interface DxfTargetFieldProps {
  into: 'hall' | 'floors';
  stack: boolean;
  /** The chosen plans' titles, in order. */
  titles: readonly (string | undefined)[];
  onChange(into: 'hall' | 'floors'): void;
  onStack(stack: boolean): void;
}

export function DxfTargetField({ into, stack, titles, onChange, onStack }: DxfTargetFieldProps) {
  const t = useT();
  const floors = useEditorState((s) => s.doc.floors);
  if (!floors.some((f) => f.elements.length > 0)) return null;
  const top = [...floors].sort((a, b) => b.storey - a.storey)[0];
  const byTitle = framePlacement(floors, titles, false);
  const shown = stack ? framePlacement(floors, titles, true) : byTitle;
  return (
    <fieldset className="dxf-dialog__target" data-testid="dxf-target">
      <legend>{t('dxf.into')}</legend>
      <label>
        <input type="radio" name="dxf-into" data-testid="dxf-into-hall" checked={into === 'hall'} onChange={() => onChange('hall')} />
        {t('dxf.intoHall')}
      </label>
      <label>
        <input type="radio" name="dxf-into" data-testid="dxf-into-floors" checked={into === 'floors'} onChange={() => onChange('floors')} />
        {t('dxf.intoFloors')}
      </label>
      {into === 'floors' && titles.length > 0 && (
        <>
          {byTitle.clashes.map((c) => (
            <p key={c.title} className="dxf-dialog__warn" data-testid="dxf-floor-clash">
              {t('dxf.floorClash', { title: c.title, storey: storeyCode(c.storey) })}
            </p>
          ))}
          {byTitle.clashes.length > 0 && (
            <label>
              <input type="checkbox" data-testid="dxf-stack" checked={stack} onChange={(e) => onStack(e.target.checked)} />
              {t('dxf.stackOnTop', { top: top.name })}
            </label>
          )}
          {(byTitle.clashes.length === 0 || stack) && (
            <p className="dxf-dialog__why" data-testid="dxf-floors-as">
              {t('dxf.intoFloorsAs', { names: shown.names.join('、') })}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
