/**
 * Small IFC4 files written for the tests (the public corpus has no elevator or ramp). Plain STEP text,
 * metres, no HallTwin property sets: the importer must map them by IFC type like any third-party model.
 */
export function elevatorRampFixture(opts: { site?: boolean } = {}): Uint8Array {
  const withSite = opts.site ?? true;
  const L: string[] = [];
  let n = 0;
  const add = (s: string) => {
    L.push(`#${++n}=${s};`);
    return `#${n}`;
  };
  const o = add('IFCCARTESIANPOINT((0.,0.,0.))');
  const z = add('IFCDIRECTION((0.,0.,1.))');
  const x = add('IFCDIRECTION((1.,0.,0.))');
  const wcs = add(`IFCAXIS2PLACEMENT3D(${o},${z},${x})`);
  const ctx = add(`IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,${wcs},$)`);
  const body = add(`IFCGEOMETRICREPRESENTATIONSUBCONTEXT('Body','Model',*,*,*,*,${ctx},$,.MODEL_VIEW.,$)`);
  const u = add(`IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.)`);
  const ua = add(`IFCUNITASSIGNMENT((${u}))`);
  const proj = add(`IFCPROJECT('0Fixture0Project0000001',$,'Fixture',$,$,$,$,(${ctx}),${ua})`);
  const sitePl = add(`IFCLOCALPLACEMENT($,${wcs})`);
  const site = withSite ? add(`IFCSITE('0Fixture0Site0000000001',$,'Site',$,$,${sitePl},$,$,.ELEMENT.,$,$,$,$,$)`) : '';
  const bPl = add(`IFCLOCALPLACEMENT(${sitePl},${wcs})`);
  const bld = add(`IFCBUILDING('0Fixture0Building000001',$,'B',$,$,${bPl},$,$,.ELEMENT.,$,$,$)`);
  const storey = (gid: string, name: string, elev: number) => {
    const p = add(`IFCCARTESIANPOINT((0.,0.,${elev}.))`);
    const pl = add(`IFCLOCALPLACEMENT(${bPl},${add(`IFCAXIS2PLACEMENT3D(${p},${z},${x})`)})`);
    return { id: add(`IFCBUILDINGSTOREY('${gid}',$,'${name}',$,$,${pl},$,$,.ELEMENT.,${elev}.)`), pl };
  };
  const s0 = storey('0Fixture0Storey00000000', 'Ground', 0);
  const s1 = storey('0Fixture0Storey00000001', 'First', 4000);
  const s2 = storey('0Fixture0Storey00000002', 'Second', 8000);
  // A box w × d × h (mm) at plan (px, py) on storey `st`.
  const boxEl = (type: string, gid: string, st: { pl: string }, px: number, py: number, w: number, d: number, h: number, tail: string) => {
    const p = add(`IFCCARTESIANPOINT((${px}.,${py}.,0.))`);
    const pl = add(`IFCLOCALPLACEMENT(${st.pl},${add(`IFCAXIS2PLACEMENT3D(${p},${z},${x})`)})`);
    const c2 = add(`IFCAXIS2PLACEMENT2D(${add('IFCCARTESIANPOINT((0.,0.))')},$)`);
    const prof = add(`IFCRECTANGLEPROFILEDEF(.AREA.,$,${c2},${w}.,${d}.)`);
    const solid = add(`IFCEXTRUDEDAREASOLID(${prof},${add(`IFCAXIS2PLACEMENT3D(${o},$,$)`)},${z},${h}.)`);
    const rep = add(`IFCSHAPEREPRESENTATION(${body},'Body','SweptSolid',(${solid}))`);
    const shape = add(`IFCPRODUCTDEFINITIONSHAPE($,$,(${rep}))`);
    return add(`${type}('${gid}',$,'${type}',$,$,${pl},${shape},$,${tail})`);
  };
  // Elevator shaft from the ground floor to the first floor (0 → 4 m), at (10 m, 5 m).
  const lift = boxEl('IFCTRANSPORTELEMENT', '0Fixture0Elevator00001', s0, 10000, 5000, 2000, 2200, 4000, '.ELEVATOR.');
  // Ramp from the first floor up to the second (4 → 8 m), 1.5 m wide and 12 m long, at (30 m, 5 m).
  const ramp = boxEl('IFCRAMP', '0Fixture0Ramp000000001', s1, 30000, 5000, 1500, 12000, 4000, '.STRAIGHT_RUN_RAMP.');
  if (withSite) {
    add(`IFCRELAGGREGATES('0Fixture0Rel00000000001',$,$,$,${proj},(${site}))`);
    add(`IFCRELAGGREGATES('0Fixture0Rel00000000002',$,$,$,${site},(${bld}))`);
  } else add(`IFCRELAGGREGATES('0Fixture0Rel00000000001',$,$,$,${proj},(${bld}))`);
  add(`IFCRELAGGREGATES('0Fixture0Rel00000000003',$,$,$,${bld},(${s0.id},${s1.id},${s2.id}))`);
  add(`IFCRELCONTAINEDINSPATIALSTRUCTURE('0Fixture0Rel00000000004',$,$,$,(${lift}),${s0.id})`);
  add(`IFCRELCONTAINEDINSPATIALSTRUCTURE('0Fixture0Rel00000000005',$,$,$,(${ramp}),${s1.id})`);
  const text = [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('ViewDefinition [DesignTransferView]'),'2;1');",
    "FILE_NAME('fixture.ifc','2026-01-01T00:00:00',(''),(''),'test','test','');",
    "FILE_SCHEMA(('IFC4'));",
    'ENDSEC;',
    'DATA;',
    ...L,
    'ENDSEC;',
    'END-ISO-10303-21;',
    '',
  ].join('\n');
  return new TextEncoder().encode(text);
}
