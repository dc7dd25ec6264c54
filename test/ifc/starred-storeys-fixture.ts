/**
 * An IFC2X3 model written the way some non-Revit authoring tools write it: millimetres, `*` in attribute
 * positions that are not derived (OwnerHistory, the storey's Elevation, Axis/RefDirection of placements),
 * so web-ifc's reader gives no Elevation; the real storey heights (−600, 2850, 3350 mm) exist only as the
 * sum of the placement chain (site → building at −600 → storeys), and names are Chinese in \X2\ escapes.
 * Each storey has a rectangular room ring of four walls, rooms and doors (one exterior door per outer wall
 * on the ground floor, the south one the widest), so the storeys, the room classifier and the entrance
 * inference can all be tested on it.
 */

/** STEP \X2\ escape of a text (UTF-16 code units as 4 hex digits), ASCII left as it is. */
export function x2(s: string): string {
  let out = '';
  let run = '';
  const flush = () => {
    if (run) out += `\\X2\\${run}\\X0\\`;
    run = '';
  };
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      flush();
      out += ch === "'" ? "''" : ch;
    } else run += c.toString(16).toUpperCase().padStart(4, '0');
  }
  flush();
  return out;
}

export interface StarredStoreyExpect {
  name: string;
  elevation: number;
  rooms: { name: string; longName: string }[];
}

/** The storeys as the model means them (metres), with the rooms on each. */
export const STARRED_STOREYS: StarredStoreyExpect[] = [
  {
    name: '地下一层',
    elevation: -0.6,
    rooms: [
      { name: 'B01', longName: '设备机房' },
      { name: 'B02', longName: '档案室' },
    ],
  },
  {
    name: '一层',
    elevation: 2.85,
    rooms: [
      { name: '101', longName: '办事大厅' },
      { name: '102', longName: '男卫' },
      { name: '103', longName: '门厅' },
    ],
  },
  {
    name: '夹层',
    elevation: 3.35,
    rooms: [
      { name: 'M01', longName: '小会议室' },
      { name: 'M02', longName: '办公室' },
    ],
  },
];

export function starredStoreysFixture(): Uint8Array {
  const L: string[] = [];
  let n = 0;
  const add = (s: string) => {
    L.push(`#${++n}= ${s};`);
    return `#${n}`;
  };
  let g = 0;
  // 22-character GlobalIds from the IFC base-64 alphabet, unique per entity.
  const gid = () => `'2Starred${String(++g).padStart(14, '0')}'`;
  const pt3 = (x: number, y: number, z: number) => add(`IFCCARTESIANPOINT((${x}.,${y}.,${z}.))`);
  const z = add('IFCDIRECTION((0.,0.,1.))');
  const xd = add('IFCDIRECTION((1.,0.,0.))');
  const origin = pt3(0, 0, 0);
  // Axis and RefDirection written `*` where the tool means the defaults.
  const axis = (p: string) => add(`IFCAXIS2PLACEMENT3D(${p},*,*)`);
  const wcs = add(`IFCAXIS2PLACEMENT3D(${origin},${z},${xd})`);
  const ctx = add(`IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,${wcs},$)`);
  const body = add(`IFCGEOMETRICREPRESENTATIONSUBCONTEXT('Body','Model',*,*,*,*,${ctx},$,.MODEL_VIEW.,$)`);
  const u = add('IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.)');
  const ua = add(`IFCUNITASSIGNMENT((${u}))`);
  const proj = add(`IFCPROJECT(${gid()},*,'${x2('星号测试项目')}',$,$,$,$,(${ctx}),${ua})`);
  const sitePl = add(`IFCLOCALPLACEMENT(*,${axis(origin)})`);
  const site = add(`IFCSITE(${gid()},*,'${x2('场地')}',$,$,${sitePl},$,$,.ELEMENT.,$,$,*,$,$)`);
  // The building stands 600 mm below the site's origin; storeys are placed relative to it.
  const bPl = add(`IFCLOCALPLACEMENT(${sitePl},${axis(pt3(0, 0, -600))})`);
  const bld = add(`IFCBUILDING(${gid()},*,'${x2('政务服务中心')}',$,$,${bPl},$,$,.ELEMENT.,*,*,$)`);
  const ext = (pl: string, w: number, d: number, h: number, cx: number, cy: number) => {
    const c2 = add(`IFCAXIS2PLACEMENT2D(${add(`IFCCARTESIANPOINT((${cx}.,${cy}.))`)},$)`);
    const prof = add(`IFCRECTANGLEPROFILEDEF(.AREA.,$,${c2},${w}.,${d}.)`);
    const solid = add(`IFCEXTRUDEDAREASOLID(${prof},${axis(origin)},${z},${h}.)`);
    const rep = add(`IFCSHAPEREPRESENTATION(${body},'Body','SweptSolid',(${solid}))`);
    return { pl, shape: add(`IFCPRODUCTDEFINITIONSHAPE($,$,(${rep}))`) };
  };
  const contained: string[] = [];
  const storeys: string[] = [];
  const rels: string[] = [];
  // Plan: a 24 m × 12 m ring of 200 mm walls; rooms side by side inside.
  const W = 24000;
  const D = 12000;
  const T = 200;
  STARRED_STOREYS.forEach((s, si) => {
    const relZ = Math.round(s.elevation * 1000) + 600;
    const stPl = add(`IFCLOCALPLACEMENT(${bPl},${axis(pt3(0, 0, relZ))})`);
    const storey = add(`IFCBUILDINGSTOREY(${gid()},*,'${x2(s.name)}',$,$,${stPl},$,$,.ELEMENT.,*)`);
    storeys.push(storey);
    const inStorey: string[] = [];
    const local = (x: number, y: number) => add(`IFCLOCALPLACEMENT(${stPl},${axis(pt3(x, y, 0))})`);
    const height = si === 1 ? 500 : 2800;
    // Walls: south, east, north, west (centre lines on the rectangle's edges).
    const wallDefs = [
      { x: W / 2, y: 0, w: W + T, d: T },
      { x: W, y: D / 2, w: T, d: D + T },
      { x: W / 2, y: D, w: W + T, d: T },
      { x: 0, y: D / 2, w: T, d: D + T },
    ];
    const walls = wallDefs.map((wd, i) => {
      const e = ext(local(wd.x, wd.y), wd.w, wd.d, height, 0, 0);
      const id = add(`IFCWALLSTANDARDCASE(${gid()},*,'${x2('外墙')}-${i + 1}',$,$,${e.pl},${e.shape},$)`);
      inStorey.push(id);
      return id;
    });
    const rw = W / s.rooms.length;
    s.rooms.forEach((room, ri) => {
      const e = ext(local(ri * rw + rw / 2, D / 2), rw - T, D - T, height, 0, 0);
      const sp = add(`IFCSPACE(${gid()},*,'${x2(room.name)}',$,$,${e.pl},${e.shape},'${x2(room.longName)}',.ELEMENT.,.INTERNAL.,*)`);
      rels.push(sp);
    });
    if (si === 1) {
      // Ground floor: a 1.8 m door in the south wall (the main one), 1.0 m doors in the east and north walls.
      const doors = [
        { wall: 0, x: W / 2, y: 0, w: 1800, along: 'x' },
        { wall: 1, x: W, y: D / 2, w: 1000, along: 'y' },
        { wall: 2, x: W / 4, y: D, w: 1000, along: 'x' },
      ];
      doors.forEach((dd, di) => {
        const sx = dd.along === 'x' ? dd.w : T;
        const sy = dd.along === 'x' ? T : dd.w;
        const oe = ext(local(dd.x, dd.y), sx, sy, 2100, 0, 0);
        const opening = add(`IFCOPENINGELEMENT(${gid()},*,$,$,$,${oe.pl},${oe.shape},$)`);
        const de = ext(local(dd.x, dd.y), sx, sy / 2, 2100, 0, 0);
        const door = add(`IFCDOOR(${gid()},*,'M${di + 1}',$,$,${de.pl},${de.shape},'M${di + 1}',2100.,${dd.w}.)`);
        add(`IFCRELVOIDSELEMENT(${gid()},*,$,$,${walls[dd.wall]},${opening})`);
        add(`IFCRELFILLSELEMENT(${gid()},*,$,$,${opening},${door})`);
        inStorey.push(door);
      });
    }
    contained.push(add(`IFCRELCONTAINEDINSPATIALSTRUCTURE(${gid()},*,$,$,(${inStorey.join(',')}),${storey})`));
    if (rels.length) add(`IFCRELAGGREGATES(${gid()},*,$,$,${storey},(${rels.splice(0).join(',')}))`);
  });
  add(`IFCRELAGGREGATES(${gid()},*,$,$,${proj},(${site}))`);
  add(`IFCRELAGGREGATES(${gid()},*,$,$,${site},(${bld}))`);
  add(`IFCRELAGGREGATES(${gid()},*,$,$,${bld},(${storeys.join(',')}))`);
  const text = [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('ViewDefinition [CoordinationView_V2.0]'),'2;1');",
    "FILE_NAME('starred-storeys.ifc','2026-01-01T00:00:00',(''),(''),'fixture','fixture','');",
    "FILE_SCHEMA(('IFC2X3'));",
    'ENDSEC;',
    'DATA;',
    ...L,
    'ENDSEC;',
    'END-ISO-10303-21;',
    '',
  ].join('\n');
  return new TextEncoder().encode(text);
}
