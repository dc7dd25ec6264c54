/**
 * The export menu's entries. Each exporter is a lazily loaded module (kept out of the first load) found by
 * a non-eager glob, so an exporter that has not landed yet is simply listed as unavailable.
 */
import type { HallDocument } from '../../core';
import type { CheckResult } from '../../rules/types';
import type { MessageKey } from '../i18n';
import type { Payload } from '../files/download';

type Loader = () => Promise<unknown>;
const NAV = import.meta.glob(['../../nav/export/*.ts', '../../nav/*.ts']);
const REPORT = import.meta.glob(['../../rules/report/*.ts', '../../rules/report.ts']);
const BCF = import.meta.glob(['../../rules/bcf/*.ts', '../../rules/bcf.ts']);
const IFC = import.meta.glob('../../ifc/export.ts');

export interface ExportInput {
  doc: HallDocument;
  result?: CheckResult;
  onProgress?: (p: number) => void;
  /** The IFC the hall was imported from, for writing our elements back into it. */
  originalIfc?: Uint8Array;
}

export interface ExporterDef {
  id: string;
  label: MessageKey;
  /** Function name looked up in the modules. */
  fn: string;
  modules: Record<string, Loader>;
  ext: string;
  mime: string;
  slow?: boolean;
  call(f: (...a: unknown[]) => unknown, input: ExportInput): unknown;
}

export const EXPORTERS: ExporterDef[] = [
  { id: 'navmap', label: 'export.navmap', fn: 'exportNavMap', modules: NAV, ext: '-navmap.html', mime: 'text/html', slow: true, call: async (f, i) => f(i.doc, { appCode: ((await import('virtual:navapp')) as { default: string }).default }) },
  { id: 'qr', label: 'export.qr', fn: 'exportQrSheet', modules: NAV, ext: '-qr.svg', mime: 'image/svg+xml', call: (f, i) => f(i.doc, {}) },
  { id: 'imdf', label: 'export.imdf', fn: 'exportImdf', modules: NAV, ext: '-imdf.zip', mime: 'application/zip', slow: true, call: (f, i) => f(i.doc, {}) },
  { id: 'geojson', label: 'export.geojson', fn: 'exportGeoJson', modules: NAV, ext: '.geojson', mime: 'application/geo+json', call: (f, i) => f(i.doc, {}) },
  { id: 'report', label: 'export.report', fn: 'renderReport', modules: REPORT, ext: '-report.html', mime: 'text/html', call: (f, i) => f(i.doc, i.result) },
  { id: 'bcf21', label: 'export.bcf21', fn: 'exportBcf', modules: BCF, ext: '-2.1.bcfzip', mime: 'application/zip', call: (f, i) => f(i.doc, i.result, { version: '2.1' }) },
  { id: 'bcf30', label: 'export.bcf30', fn: 'exportBcf', modules: BCF, ext: '-3.0.bcfzip', mime: 'application/zip', call: (f, i) => f(i.doc, i.result, { version: '3.0' }) },
  { id: 'ifc', label: 'export.ifc', fn: 'exportIfc', modules: IFC, ext: '.ifc', mime: 'application/x-step', slow: true, call: (f, i) => f(i.doc, { original: i.originalIfc }) },
];

export function isAvailable(def: ExporterDef): boolean {
  return Object.keys(def.modules).length > 0;
}

async function findFn(def: ExporterDef): Promise<((...a: unknown[]) => unknown) | undefined> {
  for (const load of Object.values(def.modules)) {
    const m = (await load()) as Record<string, unknown>;
    if (typeof m[def.fn] === 'function') return m[def.fn] as (...a: unknown[]) => unknown;
  }
  return undefined;
}

/** Whatever an exporter returns (bytes, text, a Blob, or an object holding one) as one payload. */
function toPayload(out: unknown): Payload {
  if (typeof out === 'string' || out instanceof Uint8Array || out instanceof ArrayBuffer || out instanceof Blob) return out;
  if (out && typeof out === 'object') {
    for (const k of ['html', 'svg', 'bytes', 'data', 'zip', 'text', 'content', 'json']) {
      const v = (out as Record<string, unknown>)[k];
      if (typeof v === 'string' || v instanceof Uint8Array || v instanceof ArrayBuffer || v instanceof Blob) return v;
    }
    return JSON.stringify(out, null, 2);
  }
  throw new Error('exporter returned nothing');
}

export async function runExport(def: ExporterDef, input: ExportInput): Promise<Payload> {
  const f = await findFn(def);
  if (!f) throw new Error(`${def.fn} is not available`);
  return toPayload(await def.call(f, input));
}
