/**
 * Every export, in menu order. A new export is one module beside this file and one line here: the command line
 * (`halltwin export <id>`) and the editor's File → Export menu are both generated from this list.
 * The modules hold only their description; the exporting code is loaded when one runs.
 */
import { bcfExport } from './bcf';
import { geojsonExport } from './geojson';
import { ifcExport } from './ifc';
import { imdfExport } from './imdf';
import { navmapExport } from './navmap';
import { qrExport } from './qr';
import { reportExport } from './report';
import type { ExportDef } from './types';

export const EXPORTS: readonly ExportDef[] = [navmapExport, qrExport, imdfExport, geojsonExport, reportExport, bcfExport, ifcExport];

export function exportById(id: string): ExportDef | undefined {
  return EXPORTS.find((d) => d.id === id);
}
