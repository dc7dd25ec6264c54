/** Every room function as an <option>, named in the UI language as the hall's province names it. */
import { typeTerms } from '../../core/terms';
import { useEditorState } from '../EditorContext';
import { type Locale, term } from '../i18n';

export function ZoneTypeOptions({ locale }: { locale: Locale }) {
  const preset = useEditorState((s) => s.doc.meta.preset);
  return Object.entries(typeTerms('zone', preset)).map(([z, name]) => (
    <option key={z} value={z}>
      {term(name, locale)}
    </option>
  ));
}
