/**
 * The DXF import dialog: what the file is, the unit (proposed, with why), every layer with its proposed role
 * to change, the plan frames to import as floors, whether they replace the open hall or go on top of it, and how to
 * get a DXF out of the common Chinese CAD programs.
 */
import { useStore } from 'zustand';
import type { Term } from '../../core/vocab';
import { sheetStoreys, sheetTitles, storeyFloorName, storeyOrder } from '../../dxf/names';
import type { LayerRole } from '../../dxf/types';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { DxfFramePicker } from './DxfFramePicker';
import { DxfLayerTable } from './DxfLayerTable';
import { DxfTargetField } from './DxfTargetField';
import { DxfUnitsField, unitFactor } from './DxfUnitsField';
import { dxfStore } from './dxf-store';
import { framePlacement } from './floor-placement';
import { confirmDxfImport, dismissDxfDialog } from './import-dxf';

export function DxfImportDialog() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.doc);
  const d = useStore(dxfStore, (s) => s.dialog);
  if (!d) return null;
  const a = d.analysis;
  const set = (patch: Partial<typeof d>) => dxfStore.setState({ dialog: { ...d, ...patch } });
  const setRole = (layer: string, role: LayerRole) => set({ roles: { ...d.roles, [layer]: role } });
  const factor = unitFactor(d.units, a);
  // The order the import stacks the chosen plans in, bottom first (titles naming storeys in their order).
  const order = storeyOrder(d.frames, (i) => a.frames[i]?.title);
  const titles = sheetTitles(
    order.map((i) => a.frames[i]?.title),
    d.fileName,
  );
  const walls = Object.values(d.roles).filter((r) => r === 'wall').length;
  // A plan naming a storey the hall has is not added until the user stacks the plans on top (or picks others).
  const intoFloors = d.into === 'floors' && doc.floors.some((f) => f.elements.length > 0);
  const placement = intoFloors ? framePlacement(doc.floors, titles, d.stack === true) : undefined;
  const clashing = d.into === 'floors' && !d.stack && framePlacement(doc.floors, titles, false).clashes.length > 0;
  // The floor each chosen plan becomes, as the import names it (none while a clash is still to be answered).
  const storeys = sheetStoreys(titles);
  const floorNames = new Map(clashing ? [] : order.map((fi, k) => [fi, placement ? placement.names[k] : storeyFloorName(titles[k], storeys[k])]));
  return (
    <div className="dxf-dialog-backdrop">
      <div className="dxf-dialog" role="dialog" aria-modal="true" aria-labelledby="dxf-dialog-title" data-testid="dxf-dialog">
        <h2 id="dxf-dialog-title">{t('dxf.title')}</h2>
        <p className="dxf-dialog__file">
          {d.fileName} · {a.version || 'DXF'}
          {a.binary ? ' · binary' : ''} · {a.encoding}
        </p>
        <DxfTargetField into={d.into} stack={d.stack === true} titles={titles} onChange={(into) => set({ into })} onStack={(stack) => set({ stack })} />
        <DxfUnitsField analysis={a} unit={d.units} onChange={(units) => set({ units })} />
        <DxfLayerTable layers={a.layers} roles={d.roles} onRole={setRole} />
        {walls === 0 && <p className="dxf-dialog__warn">{t('dxf.noWalls')}</p>}
        {a.frames.length === 0 && (
          <p className="dxf-dialog__warn" data-testid="dxf-no-plan">
            {t('dxf.noPlan', { n: a.layers.reduce((s, l) => s + l.total, 0) })}
          </p>
        )}
        {a.frames.length > 1 && <DxfFramePicker analysis={a} metres={a.units.metres * factor} chosen={d.frames} floorNames={floorNames} onChange={(frames) => set({ frames })} />}
        {a.warnings.length > 0 && (
          <ul className="dxf-dialog__warnings">
            {a.warnings.map((w) => (
              <li key={w.en}>{term(w, locale)}</li>
            ))}
          </ul>
        )}
        <details className="dxf-dialog__help">
          <summary>{t('dxf.dwgHelpTitle')}</summary>
          <p>{t('dxf.dwgHelp')}</p>
        </details>
        <DxfDialogError />
        <div className="dxf-dialog__buttons">
          <button type="button" data-testid="dxf-cancel" onClick={() => dismissDxfDialog(editor)}>
            {t('dxf.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            data-testid="dxf-import"
            disabled={walls === 0 || d.frames.length === 0 || clashing}
            onClick={() => void confirmDxfImport(editor)}
          >
            {t('dxf.import')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Why the last Import failed: shown in the dialog, which stays open to change the unit or a layer. */
function DxfDialogError() {
  const error = useEditorState((s) => s.error);
  const locale = useEditorState((s) => s.locale);
  if (!error) return null;
  const say = (m: Term | string) => (typeof m === 'string' ? m : term(m, locale));
  return (
    <div className="dxf-dialog__error" role="alert" data-testid="dxf-dialog-error">
      <strong>{say(error.message)}</strong>
      {error.details?.map((line) => (
        <p key={say(line)}>{say(line)}</p>
      ))}
    </div>
  );
}
