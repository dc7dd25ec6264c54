/**
 * The DXF import dialog: what the file is, the unit (proposed, with why), every layer with its proposed role
 * to change, the plan frames to import as floors, and how to get a DXF out of the common Chinese CAD programs.
 */
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';
import { LAYER_ROLES, type DxfUnit, type LayerRole } from '../../dxf/types';
import { dxfStore } from './dxf-store';
import { cancelDxfDialog, confirmDxfImport } from './import-dxf';

const UNITS: DxfUnit[] = ['mm', 'cm', 'm', 'in', 'ft'];

export function DxfImportDialog() {
  const editor = useEditor();
  const t = useT();
  const d = useStore(dxfStore, (s) => s.dialog);
  if (!d) return null;
  const a = d.analysis;
  const set = (patch: Partial<typeof d>) => dxfStore.setState({ dialog: { ...d, ...patch } });
  const setRole = (layer: string, role: LayerRole) => set({ roles: { ...d.roles, [layer]: role } });
  const factor = { mm: 0.001, cm: 0.01, m: 1, in: 0.0254, ft: 0.3048 }[d.units] / a.units.metres;
  const walls = Object.values(d.roles).filter((r) => r === 'wall').length;
  return (
    <div className="dxf-dialog-backdrop">
      <div className="dxf-dialog" role="dialog" aria-modal="true" aria-labelledby="dxf-dialog-title" data-testid="dxf-dialog">
        <h2 id="dxf-dialog-title">{t('dxf.title')}</h2>
        <p className="dxf-dialog__file">
          {d.fileName} · {a.version || 'DXF'}
          {a.binary ? ' · binary' : ''} · {a.encoding}
        </p>
        <label className="dxf-dialog__units">
          {t('dxf.units')}{' '}
          <select data-testid="dxf-units" value={d.units} onChange={(e) => set({ units: e.target.value as DxfUnit })}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`dxf.unit.${u}` as MessageKey)}
              </option>
            ))}
          </select>{' '}
          <span className="dxf-dialog__why">
            {t(`dxf.unitFrom.${a.units.from}` as MessageKey, { said: a.units.headerSaid ?? '' })} ·{' '}
            {t('dxf.size', { w: (a.widthM * factor).toFixed(1), h: (a.heightM * factor).toFixed(1) })}
          </span>
        </label>
        <table className="dxf-dialog__layers" data-testid="dxf-layers">
          <thead>
            <tr>
              <th>{t('dxf.layer')}</th>
              <th>{t('dxf.entities')}</th>
              <th>{t('dxf.role')}</th>
            </tr>
          </thead>
          <tbody>
            {a.layers.map((l) => (
              <tr key={l.name} data-layer={l.name}>
                <td title={l.name}>{l.name}</td>
                <td
                  className="num"
                  title={Object.entries(l.counts)
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ')}
                >
                  {l.total}
                </td>
                <td>
                  <select
                    aria-label={`${t('dxf.role')} ${l.name}`}
                    data-testid={`dxf-role-${l.name}`}
                    value={d.roles[l.name]}
                    onChange={(e) => setRole(l.name, e.target.value as LayerRole)}
                  >
                    {LAYER_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`dxf.role.${r}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                  {l.by === 'content' ? <span className="dxf-dialog__why"> {t('dxf.byContent')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {walls === 0 && <p className="dxf-dialog__warn">{t('dxf.noWalls')}</p>}
        {a.frames.length > 1 && (
          <fieldset className="dxf-dialog__frames" data-testid="dxf-frames">
            <legend>{t('dxf.frames')}</legend>
            {a.frames.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: frames are numbered by position and never reorder while the dialog is open
              <label key={i} className="chip">
                <input
                  type="checkbox"
                  data-testid={`dxf-frame-${i}`}
                  checked={d.frames.includes(i)}
                  onChange={(e) => set({ frames: e.target.checked ? [...d.frames, i].sort((x, y) => x - y) : d.frames.filter((x) => x !== i) })}
                />
                {f.title ?? t('dxf.frame', { n: i + 1 })} ({((f.maxX - f.minX) * a.units.metres * factor).toFixed(0)} × {((f.maxY - f.minY) * a.units.metres * factor).toFixed(0)}{' '}
                m)
              </label>
            ))}
          </fieldset>
        )}
        {a.warnings.length > 0 && (
          <ul className="dxf-dialog__warnings">
            {a.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <details className="dxf-dialog__help">
          <summary>{t('dxf.dwgHelpTitle')}</summary>
          <p>{t('dxf.dwgHelp')}</p>
        </details>
        <div className="dxf-dialog__buttons">
          <button type="button" data-testid="dxf-cancel" onClick={cancelDxfDialog}>
            {t('dxf.cancel')}
          </button>
          <button type="button" className="primary" data-testid="dxf-import" disabled={walls === 0 || d.frames.length === 0} onClick={() => void confirmDxfImport(editor)}>
            {t('dxf.import')}
          </button>
        </div>
      </div>
    </div>
  );
}
