/** GeoJSON (RFC 7946) of the whole hall: one FeatureCollection, every feature tagged with its floor. */
import { defineExport } from './types';

export const geojsonExport = defineExport({
  id: 'geojson',
  label: { zh: 'GeoJSON', en: 'GeoJSON' },
  ext: '.geojson',
  mime: 'application/geo+json',
  needsCheck: false,
  options: [],
  async run({ doc }) {
    const { hallGeoJson } = await import('../nav/export/geojson');
    const fc = hallGeoJson(doc);
    return { data: JSON.stringify(fc), summary: `${fc.features.length} features on ${doc.floors.length} floor${doc.floors.length === 1 ? '' : 's'}` };
  },
});
