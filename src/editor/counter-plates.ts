/**
 * Number plates (窗口标牌) laid out with a row of counters: one counter sign per counter, aimed at it, over the middle
 * of its front and facing its citizens, naming its number and its type as the hall's province names it. A plate is a
 * sign like any placed by hand, so the counter-sign rules read it as they read those (and the report, the 3D view
 * and the nav map show it); it is not a flag on the counter claiming a sign that is not modelled.
 */
import type { HallDocument } from '../core/document';
import { counterFront } from '../core/kinds/counter';
import { KINDS, type ElementOf, type HallElement } from '../core/kinds/registry';
import { counterTypeTerm } from '../core/terms';

type Counter = ElementOf<'counter'>;
type Sign = ElementOf<'sign'>;

/** Hung over the counter's front, readable above the queue. */
const PLATE_HEIGHT_M = 2.0;
const PLATE_WIDTH_M = 0.6;
const mm = (v: number) => Math.round(v * 1000) / 1000 + 0;

/** Where a counter's plate hangs and which way it faces (its face towards the citizens: the sign's rotation + 90° clockwise). */
function plateAt(c: Counter): Pick<Sign, 'position' | 'rotation'> {
  const f = counterFront(c);
  return { position: [mm((f.a[0] + f.b[0]) / 2), mm((f.a[1] + f.b[1]) / 2)], rotation: (((c.rotation + 180) % 360) + 360) % 360 };
}

/** What counter `c`'s plate reads: "01号 综合受理窗口" / "Counter 01 · General intake". */
export function plateText(c: Counter, preset: HallDocument['meta']['preset']): Sign['text'] {
  const t = counterTypeTerm(c.type, preset);
  return c.number ? { zh: `${c.number}号 ${t.zh}`, en: `Counter ${c.number} · ${t.en}` } : { zh: t.zh, en: t.en };
}

/** The plate of counter `c`, hung on it (`mountedOn`): it moves, turns, is copied and deleted with its counter. */
export function numberPlate(c: Counter, id: string, preset: HallDocument['meta']['preset']): Sign {
  return KINDS.sign.create({
    id,
    signKind: 'counter',
    target: c.id,
    mountedOn: c.id,
    text: plateText(c, preset),
    width: Math.min(PLATE_WIDTH_M, c.top.width),
    mountHeight: PLATE_HEIGHT_M,
    ...plateAt(c),
  });
}

/**
 * The plates among `signs` hung on `before` (or, in a hall from before plates were bound, aimed at it where its plate
 * hangs), moved to hang where `after`'s does (a counter turned round).
 */
export function platesFollowing(before: Counter, after: Counter, signs: readonly HallElement[]): Sign[] {
  const was = plateAt(before);
  const hung = (s: Sign) => s.mountedOn === before.id || (s.target === before.id && s.position[0] === was.position[0] && s.position[1] === was.position[1]);
  return signs.filter((s): s is Sign => s.kind === 'sign' && s.signKind === 'counter' && hung(s)).map((s) => ({ ...s, ...plateAt(after) }));
}

/** Copies of plates among `copies` read the numbers their copied counters were given. */
export function renamePlates(copies: HallElement[], preset: HallDocument['meta']['preset']): void {
  const counters = new Map(copies.flatMap((c) => (c.kind === 'counter' ? [[c.id, c] as const] : [])));
  for (const s of copies) {
    const on = s.kind === 'sign' && s.signKind === 'counter' && s.mountedOn ? counters.get(s.mountedOn) : undefined;
    if (s.kind === 'sign' && on) s.text = plateText(on, preset);
  }
}
