/**
 * IMDF 1.0.0 archive (Apple Indoor Mapping Data Format, OGC Community Standard 20-094): a zip of manifest.json and
 * one GeoJSON FeatureCollection per feature type. Coordinates are WGS84 from doc.meta.georef (see georef.ts);
 * polygons are counter-clockwise (RFC 7946 right-hand rule). Ids are stable UUIDs derived from the hall and our ids.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import type { HallDocument } from '../../core/document';
import { IMDF_FEATURE_TYPES, type ImdfFeatureType, imdfContext } from './imdf-context';
import { addLevelsAndRooms, addVenue } from './imdf-levels';
import { addPlaces, addVerticalLinks } from './imdf-places';

export type ImdfArchive = Record<ImdfFeatureType, FeatureCollection> & { manifest: Record<string, unknown> };

/** The archive as objects (tests and the validator read this); `exportImdf` zips it. */
export function buildImdf(doc: HallDocument, now = new Date()): ImdfArchive {
  const out = Object.fromEntries(IMDF_FEATURE_TYPES.map((t) => [t, [] as Feature[]])) as Record<ImdfFeatureType, Feature[]>;
  const ctx = imdfContext(doc, out);
  addVenue(ctx, doc);
  const unitAt = addLevelsAndRooms(ctx, doc);
  addVerticalLinks(ctx, doc);
  addPlaces(ctx, doc, unitAt);
  const archive = Object.fromEntries(IMDF_FEATURE_TYPES.map((t) => [t, { type: 'FeatureCollection', features: out[t] }])) as unknown as ImdfArchive;
  archive.manifest = { version: '1.0.0', created: now.toISOString(), generated_by: 'HallTwin', language: 'zh-CN', extensions: null };
  return archive;
}

export function zipImdf(a: Record<string, unknown>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(a)) files[k === 'manifest' ? 'manifest.json' : `${k}.geojson`] = strToU8(JSON.stringify(v));
  return zipSync(files, { level: 6 });
}

export function exportImdf(doc: HallDocument): Uint8Array {
  return zipImdf(buildImdf(doc));
}
