/** The imported CAD drawing's controls over the viewport: show or hide its linework, fade it, let it go. */
import { useStore } from 'zustand';
import { useT } from '../EditorContext';
import { closeDxfContext } from './import-dxf';
import { dxfStore } from './dxf-store';

export function DxfControls() {
  const t = useT();
  const context = useStore(dxfStore, (s) => s.context);
  const name = useStore(dxfStore, (s) => s.contextName);
  const view = useStore(dxfStore, (s) => s.view);
  const linked = useStore(dxfStore, (s) => s.linked === true);
  if (!context) return null;
  const set = (patch: Partial<typeof view>) => dxfStore.setState({ view: { ...dxfStore.getState().view, ...patch } });
  const pct = Math.round(view.opacity * 100);
  return (
    <fieldset className="model-controls dxf-controls" aria-label={t('dxf.context')} data-testid="dxf-context" title={name}>
      <span className="model-controls__title">{t('dxf.context')}</span>
      <label className={'chip' + (view.visible ? ' on' : '')}>
        <input type="checkbox" data-testid="dxf-context-visible" checked={view.visible} onChange={(e) => set({ visible: e.target.checked })} />
        {t('dxf.show')}
      </label>
      <label className="model-controls__opacity">
        {t('dxf.opacity')}
        <input
          type="range"
          data-testid="dxf-context-opacity"
          min={5}
          max={100}
          step={5}
          value={pct}
          disabled={!view.visible}
          onChange={(e) => set({ opacity: Number(e.target.value) / 100 })}
        />
        <output>{pct}%</output>
      </label>
      <label className={'chip' + (linked ? ' on' : '')} title={t('dxf.linkTitle')}>
        <input type="checkbox" data-testid="dxf-context-link" checked={linked} onChange={(e) => dxfStore.setState({ linked: e.target.checked })} />
        {t('underlay.link')}
      </label>
      <button type="button" data-testid="dxf-context-close" onClick={closeDxfContext}>
        {t('dxf.close')}
      </button>
    </fieldset>
  );
}
