/** IFC texts for reliability tests: the township sample written as IFC, and mutations of it. */
import { exportIfc } from '../../../src/ifc';
import { loadSample } from '../core/helpers';

let cached: string | undefined;
/** The township hall as IFC4 text (metres, 7 walls, an IfcProject with units). */
export function townshipIfc(): string {
  cached ??= new TextDecoder().decode(exportIfc(loadSample('township-hall')));
  return cached;
}

export const enc = (s: string) => new TextEncoder().encode(s);

/** Declares the length unit millimetres: the same numbers then describe a hall 1000 × smaller. */
export const inMillimetres = (t: string) => t.replace('IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.)', 'IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.)');

/** Sets the Name of the first IfcWall. */
export function nameFirstWall(t: string, name: string): string {
  return t.replace(/(=IFCWALL\('[^']*',\$,)\$,/, (_, head: string) => `${head}'${name}',`);
}

export function projectName(t: string, name: string): string {
  return t.replace(/(=IFCPROJECT\('[^']*',\$,)'[^']*'/, (_, head: string) => `${head}'${name}'`);
}

export const withoutProject = (t: string) => t.replace(/^#\d+=IFCPROJECT\(.*\n/m, '');

export const dataTwice = (t: string) => t.replace(/DATA;\n([\s\S]*?)ENDSEC;\n/, (_, body: string) => `DATA;\n${body}ENDSEC;\nDATA;\n${body}ENDSEC;\n`);

/** Renumbers the first entities so that ids 1..5 each appear several times (web-ifc looped on this). */
export const firstIdsDuplicated = (t: string) => t.replace(/^#(\d+)=/gm, (m, d: string) => (Number(d) < 40 ? `#${(Number(d) % 5) + 1}=` : m));
