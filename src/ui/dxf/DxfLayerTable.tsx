/** Every layer of the drawing with its entity count and the role proposed for it, which the user can change. */
import { LAYER_ROLES, type LayerProposal, type LayerRole } from '../../dxf/types';
import { useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

export interface DxfLayerTableProps {
  layers: LayerProposal[];
  roles: Record<string, LayerRole>;
  onRole: (layer: string, role: LayerRole) => void;
}

export function DxfLayerTable({ layers, roles, onRole }: DxfLayerTableProps) {
  const t = useT();
  return (
    <table className="dxf-dialog__layers" data-testid="dxf-layers">
      <thead>
        <tr>
          <th>{t('dxf.layer')}</th>
          <th>{t('dxf.entities')}</th>
          <th>{t('dxf.role')}</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((l) => (
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
                value={roles[l.name]}
                onChange={(e) => onRole(l.name, e.target.value as LayerRole)}
              >
                {LAYER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`dxf.role.${r}` as MessageKey)}
                  </option>
                ))}
              </select>
              {l.by === 'content' ? <span className="dxf-dialog__why"> {t('dxf.byContent')}</span> : null}
              {l.hidden ? (
                <span className="dxf-dialog__why" data-testid={`dxf-hidden-${l.name}`}>
                  {' '}
                  {t(l.hidden === 'frozen' ? 'dxf.layerFrozen' : 'dxf.layerOff')}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
