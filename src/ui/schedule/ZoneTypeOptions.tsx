/** Every room function as an <option>, named in the UI language. */
import { ZONE_TYPE_IDS, ZONE_TYPES } from '../../core/vocab';
import { type Locale, term } from '../i18n';

export function ZoneTypeOptions({ locale }: { locale: Locale }) {
  return ZONE_TYPE_IDS.map((z) => (
    <option key={z} value={z}>
      {term(ZONE_TYPES[z], locale)}
    </option>
  ));
}
