/** The import dialog's unit: the proposal with why it was chosen, and the plan's size in the unit chosen now. */
import type { DxfAnalysis, DxfUnit } from '../../dxf/types';
import { UNIT_METRES } from '../../dxf/units';
import { useT } from '../EditorContext';
import type { MessageKey } from '../i18n';

const UNITS: DxfUnit[] = ['mm', 'cm', 'm', 'in', 'ft'];

/** Metres per drawing unit as the user has the unit now, over those of the proposal (sizes shown scale by it). */
export const unitFactor = (unit: DxfUnit, a: DxfAnalysis) => UNIT_METRES[unit] / a.units.metres;

export function DxfUnitsField({ analysis: a, unit, onChange }: { analysis: DxfAnalysis; unit: DxfUnit; onChange: (u: DxfUnit) => void }) {
  const t = useT();
  const factor = unitFactor(unit, a);
  return (
    <label className="dxf-dialog__units">
      {t('dxf.units')}{' '}
      <select data-testid="dxf-units" value={unit} onChange={(e) => onChange(e.target.value as DxfUnit)}>
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`dxf.unit.${u}` as MessageKey)}
          </option>
        ))}
      </select>{' '}
      <span className="dxf-dialog__why">
        {a.units.from === 'guess' && a.units.headerSaid === 'unitless'
          ? t('dxf.unitFrom.guessNoUnit')
          : t(`dxf.unitFrom.${a.units.from}` as MessageKey, { said: a.units.headerSaid ?? '' })}{' '}
        {a.frames.length > 0 && `· ${t('dxf.size', { w: (a.widthM * factor).toFixed(1), h: (a.heightM * factor).toFixed(1) })}`}
      </span>
    </label>
  );
}
