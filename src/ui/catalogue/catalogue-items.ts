/**
 * What the palette offers: each entry picks a tool and its options (zone type, counter type, sign kind …), generated
 * from the tools the kinds declare (`tools[].catalogue`), with zone and counter types named as the hall's province
 * names them (src/core/terms.ts).
 */
import { CATALOGUE_GROUPS, type CatalogueGroupId, type ToolOptions } from '../../core/kinds/roles';
import { typeTerms } from '../../core/terms';
import type { PresetId, Term } from '../../core/vocab';
import { KIND_TOOLS } from '../../editor/kind-tools';
import type { ToolId } from '../../editor/types';
import { zoneColor } from '../../view/colors';
import type { MessageKey } from '../i18n';

export interface CatalogueItem {
  id: string;
  label: Term;
  tool: ToolId;
  options?: ToolOptions;
  icon: string;
  swatch?: string;
}

export interface CatalogueGroup {
  id: CatalogueGroupId;
  title: MessageKey;
  items: CatalogueItem[];
}

/** The editor's own entry: measuring belongs with the building tools, though it places nothing. */
const MEASURE: CatalogueItem = { id: 'measure', label: { zh: '测量', en: 'Measure' }, tool: 'measure', icon: 'measure' };

/** The catalogue under `preset`: every declared entry in its group, groups in their order, none empty. */
export function catalogue(preset: PresetId | undefined): CatalogueGroup[] {
  const names = { zone: typeTerms('zone', preset), counter: typeTerms('counter', preset) };
  const items = (group: CatalogueGroupId): CatalogueItem[] =>
    KIND_TOOLS.flatMap(({ tool }) =>
      tool.catalogue?.group === group
        ? tool.catalogue.entries.map((e) => ({
            id: e.id,
            label: e.vocabulary ? (names[e.vocabulary.of][e.vocabulary.type] ?? e.label) : e.label,
            tool: tool.id,
            ...(e.options ? { options: e.options } : {}),
            icon: tool.id,
            ...(e.options?.zoneType && e.vocabulary ? { swatch: zoneColor(e.options.zoneType) } : {}),
          }))
        : [],
    );
  return CATALOGUE_GROUPS.map((id) => ({ id, title: `cat.${id}` as MessageKey, items: id === 'building' ? [...items(id), MEASURE] : items(id) })).filter((g) => g.items.length > 0);
}
