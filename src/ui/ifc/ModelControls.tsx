/**
 * The imported IFC model's controls, over the viewport's top-right corner while a model is open: show or
 * hide its context (3D meshes and plan cut lines together), its opacity, which categories the 3D view
 * shows (hide the roof to look in), and closing it (which frees its
 * meshes and the original file; see closeIfcModel).
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';
import { closeIfcModel } from '../files/replace-hall';
import { uiStore } from '../ui-store';

/** Context groups the importer makes (src/ifc/model-names.ts contextGroup), in the order the list shows them. */
const GROUPS = ['IfcWall', 'IfcSlab', 'IfcRoof', 'IfcWindow', 'IfcDoor', 'IfcStair', 'IfcStructure', 'IfcFurniture', 'Other'];

/** Opacity steps of the slider, in per cent: below 5 % the model is as good as hidden (use the switch). */
const MIN_PCT = 5;

export function ModelControls() {
  const editor = useEditor();
  const t = useT();
  const context = useStore(uiStore, (s) => s.ifcContext);
  const hasModel = context !== undefined;
  // The categories this model has (a mesh's group may carry a ':glass' or colour suffix).
  const groups = useMemo(() => {
    const present = new Set((context?.meshes ?? []).map((m) => m.group.split(':')[0]));
    return [...GROUPS.filter((g) => present.has(g)), ...[...present].filter((g) => !GROUPS.includes(g)).sort()];
  }, [context]);
  const name = useStore(uiStore, (s) => s.ifcModelName);
  const view = useStore(uiStore, (s) => s.ifcView);
  if (!hasModel) return null;
  const set = (patch: Partial<typeof view>) => uiStore.setState({ ifcView: { ...uiStore.getState().ifcView, ...patch } });
  const pct = Math.round(view.opacity * 100);
  return (
    <div className="model-controls" role="group" aria-label={t('ifc.model')} data-testid="ifc-model" title={name ? t('ifc.modelTitle', { name }) : undefined}>
      <span className="model-controls__title">{t('ifc.model')}</span>
      <label className={'chip' + (view.visible ? ' on' : '')}>
        <input type="checkbox" data-testid="ifc-model-visible" checked={view.visible} onChange={(e) => set({ visible: e.target.checked })} />
        {t('ifc.show')}
      </label>
      <label className="model-controls__opacity">
        {t('ifc.opacity')}
        <input
          type="range"
          data-testid="ifc-model-opacity"
          min={MIN_PCT}
          max={100}
          step={5}
          value={pct}
          disabled={!view.visible}
          aria-valuetext={`${pct}%`}
          onChange={(e) => set({ opacity: Math.max(MIN_PCT, Math.min(100, Number(e.target.value))) / 100 })}
        />
        <output>{pct}%</output>
      </label>
      {groups.length > 1 && (
        <details className="model-controls__groups">
          <summary data-testid="ifc-model-categories">{t('ifc.categories')}</summary>
          <div className="menu-pop">
            {groups.map((g) => {
              const shown = !view.hiddenGroups.includes(g);
              return (
                <label key={g} className={'chip' + (shown ? ' on' : '')}>
                  <input
                    type="checkbox"
                    data-testid={`ifc-group-${g}`}
                    checked={shown}
                    onChange={(e) => set({ hiddenGroups: e.target.checked ? view.hiddenGroups.filter((x) => x !== g) : [...view.hiddenGroups, g] })}
                  />
                  {GROUPS.includes(g) ? t(`ifc.group.${g}` as MessageKey) : g}
                </label>
              );
            })}
          </div>
        </details>
      )}
      <button type="button" data-testid="ifc-model-close" title={t('ifc.closeTitle')} onClick={() => closeIfcModel(editor)}>
        {t('ifc.close')}
      </button>
    </div>
  );
}
