/**
 * What each layer holds, proposed from its name (Chinese and English CAD conventions: GB/T 18112 and
 * 天正 TArch names such as WALL / WINDOW / COLUMN / DOTE / PUB_TEXT / PUB_DIM, the AIA "A-WALL" family,
 * plain 墙/门窗/柱/文字/轴线/标注/填充/家具) and, when the name says nothing, from what is on it.
 */
import { DxfImportError } from './errors';
import type { Drawing, LayerProposal, LayerRole } from './types';

/** Checked in order: annotation words before element words ("A-WALL-PATT" is hatch, "墙体标注" a dimension). */
const NAME_RULES: [RegExp, LayerRole][] = [
  [/defpoints|viewport|view\s*port|图框|title|border|revision|图签|会签|^vport/i, 'ignore'],
  [/标注|尺寸|dim|^pub_dim/i, 'dimension'],
  [/填充|hatch|patt|pattern|poche|flooring|铺装|地面/i, 'hatch'],
  [/轴线|轴号|轴网|dote|axis|grid|centre\s*line|center\s*line/i, 'axis'],
  [/房间|空间|^space|room|^a-area|区域|分区|zone/i, 'room'],
  [/文字|文本|房名|名称|text|anno|note|label|name|^pub_text/i, 'text'],
  [/stem|foot|基础|joist|truss|beam|梁|overhang|roof|屋面|hidden|虚线/i, 'other'],
  [/门窗|^门|门$|door|opening|^dr$|^a-door/i, 'door'],
  [/窗|window|glaz|glass|crystal|幕墙|curtain/i, 'window'],
  [/柱|column|^cols?$|^s-col|pillar/i, 'column'],
  [/楼梯|台阶|坡道|电梯|扶梯|stair|ramp|elev|lift|escal/i, 'stair'],
  [/墙|wall|\bmurs?\b|cloison/i, 'wall'],
  [/家具|家俱|洁具|卫浴|设备|furn|fixt|equip|casework|case\b|sanit|toilet/i, 'furniture'],
];

/** The layer's own name, without a bound xref's prefix ("xref-House$0$A-WALL" → "A-WALL", "plan|WALL" → "WALL"). */
export function bareLayerName(name: string): string {
  const dollar = name.lastIndexOf('$0$');
  if (dollar >= 0) return name.slice(dollar + 3);
  const bar = name.lastIndexOf('|');
  return bar >= 0 ? name.slice(bar + 1) : name;
}

export function roleFromName(name: string): LayerRole | undefined {
  const bare = bareLayerName(name).trim();
  for (const [re, role] of NAME_RULES) if (re.test(bare)) return role;
  return undefined;
}

/** A door block: its name says so (门, DOOR, 天正 "$DorLib2D$"), or it holds a quarter-circle swing. */
export function isDoorBlockName(name: string): boolean {
  return /dorlib|door|sldr|slid|推拉门|^门|门$|^M\d|^DR?\d|^D\d{2,}/i.test(name) && !/winlib|window|窗/i.test(name);
}
export function isWindowBlockName(name: string): boolean {
  return /winlib|window|窗|^C\d|^WIN/i.test(name);
}

/** Inserts whose exploded content has a swing arc (60°–120°, leaf as long as the radius): doors by shape. */
export function doorLikeInserts(d: Drawing): Set<number> {
  const out = new Set<number>();
  for (const a of d.arcs) {
    if (a.ins < 0) continue;
    const sweep = a.a1 - a.a0;
    if (sweep > Math.PI / 3 && sweep < (2 * Math.PI) / 3) out.add(a.ins);
  }
  for (let i = 0; i < d.inserts.length; i++) if (isDoorBlockName(d.inserts[i].name)) out.add(i);
  return out;
}

/** The proposal for every layer that holds something, or is named in `overrides`. */
export function proposeLayers(d: Drawing, overrides: Record<string, LayerRole> = {}): LayerProposal[] {
  const doorIns = doorLikeInserts(d);
  const insertsByLayer = new Map<string, { all: number; doors: number }>();
  d.inserts.forEach((ins, i) => {
    const c = insertsByLayer.get(ins.layer) ?? { all: 0, doors: 0 };
    c.all++;
    if (doorIns.has(i)) c.doors++;
    insertsByLayer.set(ins.layer, c);
  });
  const out: LayerProposal[] = [];
  for (const info of d.layers.values()) {
    const counts = info.counts;
    const forced = overrides[info.name];
    let role: LayerRole | undefined = forced;
    let by: LayerProposal['by'] = forced ? 'name' : 'none';
    // What the author turned off or froze is not part of the plan as drawn (old schemes, xref clutter): ignored unless chosen.
    if (!role && info.hidden) {
      role = 'ignore';
      by = 'hidden';
    }
    if (!role) {
      role = roleFromName(info.name);
      if (role) by = 'name';
    }
    if (!role || role === 'other') {
      const total = info.total;
      const text = (counts.TEXT ?? 0) + (counts.MTEXT ?? 0);
      const ins = insertsByLayer.get(info.name);
      const byContent: LayerRole | undefined =
        total === 0
          ? undefined
          : ins && ins.doors >= Math.max(1, 0.5 * ins.all)
            ? 'door'
            : text >= 0.6 * total
              ? 'text'
              : (counts.DIMENSION ?? 0) >= 0.6 * total
                ? 'dimension'
                : (counts.HATCH ?? 0) >= 0.6 * total
                  ? 'hatch'
                  : undefined;
      if (byContent && (!role || byContent === 'door')) {
        role = byContent;
        by = 'content';
      }
    }
    if (info.total === 0 && !forced) continue;
    out.push({ name: info.name, role: role ?? 'other', by, counts, total: info.total, ...(info.hidden ? { hidden: info.hidden } : {}) });
  }
  return out;
}

/** Role of every layer, by name, from a proposal list. */
export function roleMap(list: LayerProposal[]): Map<string, LayerRole> {
  return new Map(list.map((l) => [l.name, l.role]));
}

/** CLI form "walls=A-WALL,doors=A-DOOR+DOOR" → layer → role. Accepts role names in singular or plural. */
export function parseLayerSpec(spec: string): Record<string, LayerRole> {
  const aliases: Record<string, LayerRole> = {
    wall: 'wall',
    walls: 'wall',
    door: 'door',
    doors: 'door',
    window: 'window',
    windows: 'window',
    column: 'column',
    columns: 'column',
    furniture: 'furniture',
    room: 'room',
    rooms: 'room',
    text: 'text',
    texts: 'text',
    names: 'text',
    'room-names': 'text',
    stair: 'stair',
    stairs: 'stair',
    axis: 'axis',
    axes: 'axis',
    dimension: 'dimension',
    dimensions: 'dimension',
    dims: 'dimension',
    hatch: 'hatch',
    other: 'other',
    ignore: 'ignore',
  };
  const out: Record<string, LayerRole> = {};
  for (const part of spec.split(/[;,](?=[^,;=]+=)/)) {
    const eq = part.indexOf('=');
    if (eq <= 0)
      throw new DxfImportError({ zh: `--layers：“${part}”应写成 角色=图层（如 walls=A-WALL）`, en: `--layers: "${part}" is not ROLE=LAYER (e.g. walls=A-WALL)` }, 'layers');
    const roleName = part.slice(0, eq).trim().toLowerCase();
    const role = aliases[roleName];
    if (!role) {
      const known = Object.keys(aliases)
        .filter((k) => k.endsWith('s'))
        .join(', ');
      throw new DxfImportError({ zh: `--layers：未知角色“${roleName}”（可用：${known}）`, en: `--layers: unknown role "${roleName}" (use ${known})` }, 'layers');
    }
    for (const layer of part.slice(eq + 1).split('+')) if (layer.trim()) out[layer.trim()] = role;
  }
  return out;
}
