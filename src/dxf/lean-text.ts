/**
 * The part of a DXF's text that the import reads, for dxf-parser to split and scan instead of the whole file:
 * the HEADER, TABLES and ENTITIES sections, and of the BLOCKS section only the blocks that model space inserts
 * (directly or through other blocks). dxf-parser reads nothing else (CLASSES, OBJECTS and the thumbnail are
 * scanned and dropped), and flatten.ts explodes only inserted blocks, so the import's result is the same; an
 * AutoCAD file's OBJECTS section and its library of unused blocks are often a third of the file or more.
 *
 * Markers are found by their two lines: a group code line is a number, so "0" followed by "SECTION" (or
 * "ENDSEC", "BLOCK", "ENDBLK", "INSERT") can only be a code 0 group, never a value line followed by a code.
 * Anything unexpected (a section or block left open) keeps the whole text.
 *
 * Of the HEADER only the variables the import reads are kept ($ACADVER, $INSUNITS), and of the TABLES only the
 * LAYER table: an AutoCAD file's header holds some 250 variables and its tables a few hundred line types, text and
 * dimension styles, all scanned and most of them built into objects by dxf-parser, none of them read.
 */

const KEPT = new Set(['HEADER', 'TABLES', 'BLOCKS', 'ENTITIES']);

interface Mark {
  /** The marker's word. */
  word: string;
  /** Where the marker's code line starts. */
  start: number;
  /** Just past its value line (at the next code line). */
  end: number;
}

/**
 * Every `0 / word` group in text[from, to) for the given words, which all contain `needle`: the needle found by
 * indexOf (a fast scan; one scan serves SECTION and ENDSEC, BLOCK and ENDBLK), kept where its line is one of the
 * words alone and the line before reads as code 0, as dxf-parser reads them (lines split at \n, values trimmed,
 * codes by parseInt).
 */
function marks(text: string, needle: string, words: readonly string[], from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let i = text.indexOf(needle, from); i >= 0 && i < to; ) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    const word = lineStart > 0 ? text.slice(lineStart, lineEnd).trim() : '';
    if (words.includes(word)) {
      const codeStart = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
      if (Number.parseInt(text.slice(codeStart, lineStart - 1), 10) === 0) out.push({ word, start: codeStart, end: nl < 0 ? text.length : nl + 1 });
    }
    if (nl < 0) break;
    i = text.indexOf(needle, nl);
  }
  return out;
}

/** The code and trimmed value of the group whose code line starts at `at` (code NaN past the text's end). */
function groupAt(text: string, at: number): { code: number; value: string; next: number } {
  const nl = text.indexOf('\n', at);
  if (nl < 0) return { code: Number.NaN, value: '', next: text.length };
  const nl2 = text.indexOf('\n', nl + 1);
  const end = nl2 < 0 ? text.length : nl2;
  return { code: Number.parseInt(text.slice(at, nl), 10), value: text.slice(nl + 1, end).trim(), next: end + 1 };
}

/** The values of code `code` among the groups from `at` up to the next code 0 (one entity's or block's own groups). */
function groupValues(text: string, at: number, code: number, to: number): string[] {
  const out: string[] = [];
  for (let p = at; p < to; ) {
    const g = groupAt(text, p);
    if (g.code === 0 || Number.isNaN(g.code)) break;
    if (g.code === code) out.push(g.value);
    p = g.next;
  }
  return out;
}

interface Section {
  name: string;
  start: number;
  /** Where its ENDSEC group starts, and just past it. */
  close: number;
  end: number;
}

/** The kept sections in order, or undefined when one is not closed before the next begins. */
function sections(text: string): Section[] | undefined {
  const out: Section[] = [];
  const ms = marks(text, 'SEC', ['SECTION', 'ENDSEC'], 0, text.length);
  for (let i = 0; i < ms.length; i++) {
    if (ms[i].word !== 'SECTION') continue;
    const head = groupAt(text, ms[i].end);
    if (head.code !== 2 || !KEPT.has(head.value)) continue;
    const close = ms[i + 1];
    if (close?.word !== 'ENDSEC') return undefined;
    out.push({ name: head.value, start: ms[i].start, close: close.start, end: close.end });
  }
  return out;
}

interface Block {
  names: string[];
  start: number;
  end: number;
  inserts: string[];
}

/** The names placed by the INSERTs at `inserts` (marks sorted by place) that lie in [from, to). */
function namesIn(text: string, inserts: Mark[], from: number, to: number): string[] {
  const out: string[] = [];
  let lo = 0;
  let hi = inserts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inserts[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < inserts.length && inserts[i].start < to; i++) out.push(...groupValues(text, inserts[i].end, 2, to));
  return out;
}

/** The BLOCKS section's blocks (each from its BLOCK to the next or the section's end), or undefined if one has no ENDBLK. */
function blocksOf(text: string, sec: Section): { head: string; blocks: Block[]; tail: string } | undefined {
  const ms = marks(text, 'BL', ['BLOCK', 'ENDBLK'], sec.start, sec.close);
  const opens = ms.filter((m) => m.word === 'BLOCK');
  const inserts = marks(text, 'INSERT', ['INSERT'], sec.start, sec.close);
  const blocks: Block[] = [];
  let k = 0;
  for (let i = 0; i < opens.length; i++) {
    const o = opens[i];
    const end = i + 1 < opens.length ? opens[i + 1].start : sec.close;
    while (ms[k] !== o) k++;
    const endblk = ms[k + 1];
    if (endblk?.word !== 'ENDBLK') return undefined;
    // The block's own groups end at its first entity's code 0, where groupValues stops.
    blocks.push({ names: groupValues(text, o.end, 2, endblk.start), start: o.start, end, inserts: namesIn(text, inserts, o.end, endblk.start) });
  }
  const head = text.slice(sec.start, opens.length ? opens[0].start : sec.close);
  return { head, blocks, tail: text.slice(sec.close, sec.end) };
}

/** The blocks that model space reaches through INSERTs, nested ones included. */
function reachable(blocks: Block[], roots: string[]): Set<number> {
  const byName = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    for (const n of b.names) {
      const list = byName.get(n);
      if (list) list.push(i);
      else byName.set(n, [i]);
    }
  });
  const kept = new Set<number>();
  const todo = [...roots];
  while (todo.length) {
    for (const i of byName.get(todo.pop() as string) ?? []) {
      if (kept.has(i)) continue;
      kept.add(i);
      todo.push(...blocks[i].inserts);
    }
  }
  return kept;
}

/** Less than this share of the text to leave out is not worth the scans (a small drawing saved by a small program). */
const WORTH = 1 / 16;

/** The header variables the import reads (read.ts, flatten.ts). */
const HEADER_VARS = ['$ACADVER', '$INSUNITS'];

/** The HEADER section with only the variables the import reads (each with all its groups, in the file's order). */
function leanHeader(text: string, sec: Section): string {
  const head = groupAt(text, groupAt(text, sec.start).next).next;
  const vars: [number, number][] = [];
  for (const name of HEADER_VARS)
    for (let i = text.indexOf(name, head); i >= 0 && i < sec.close; i = text.indexOf(name, i + name.length)) {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const nl = text.indexOf('\n', i);
      if (nl < 0 || lineStart < 2 || text.slice(lineStart, nl).trim() !== name) continue;
      const codeStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (Number.parseInt(text.slice(codeStart, lineStart - 1), 10) !== 9) continue;
      // The variable's groups run to the next variable (code 9) or the section's end (code 0).
      let end = nl + 1;
      for (let g = groupAt(text, end); g.code !== 9 && g.code !== 0 && !Number.isNaN(g.code) && end < sec.close; g = groupAt(text, end)) end = g.next;
      vars.push([codeStart, end]);
    }
  vars.sort((a, b) => a[0] - b[0]);
  return text.slice(sec.start, head) + vars.map(([a, b]) => text.slice(a, b)).join('') + text.slice(sec.close, sec.end);
}

/** The TABLES section with only its LAYER table, or the whole section when a table is not closed before the next. */
function leanTables(text: string, sec: Section): string {
  const ms = marks(text, 'TAB', ['TABLE', 'ENDTAB'], sec.start, sec.close);
  const head = groupAt(text, groupAt(text, sec.start).next).next;
  const kept: string[] = [];
  for (let i = 0; i < ms.length; i++) {
    if (ms[i].word !== 'TABLE') continue;
    const close = ms[i + 1];
    if (close?.word !== 'ENDTAB') return text.slice(sec.start, sec.end);
    if (groupAt(text, ms[i].end).value === 'LAYER') kept.push(text.slice(ms[i].start, close.end));
  }
  return text.slice(sec.start, head) + kept.join('') + text.slice(sec.close, sec.end);
}

/** The text dxf-parser needs for the import (see the module's comment); the whole text when in doubt. */
export function leanDxfText(text: string): string {
  const secs = sections(text);
  if (!secs) return text;
  // dxf-parser also breaks lines at a lone carriage return; the markers here are found at \n only.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return text;
  const trimmed = new Map<Section, string>();
  for (const s of secs) if (s.name === 'HEADER' || s.name === 'TABLES') trimmed.set(s, s.name === 'HEADER' ? leanHeader(text, s) : leanTables(text, s));
  const kept = secs.reduce((n, s) => n + (trimmed.get(s)?.length ?? s.end - s.start), 0);
  const blocks = secs.reduce((n, s) => n + (s.name === 'BLOCKS' ? s.end - s.start : 0), 0);
  if (text.length - kept + blocks < WORTH * text.length) return text;
  // Unused blocks are looked for only where the BLOCKS section is a fair share of the text.
  const sift = blocks >= WORTH * text.length;
  const roots = sift ? secs.filter((s) => s.name === 'ENTITIES').flatMap((s) => namesIn(text, marks(text, 'INSERT', ['INSERT'], s.start, s.close), s.start, s.close)) : [];
  const parts: string[] = [];
  for (const s of secs) {
    if (s.name !== 'BLOCKS' || !sift) {
      parts.push(trimmed.get(s) ?? text.slice(s.start, s.end));
      continue;
    }
    const b = blocksOf(text, s);
    if (!b) return text;
    const used = reachable(b.blocks, roots);
    parts.push(b.head);
    b.blocks.forEach((blk, i) => {
      if (used.has(i)) parts.push(text.slice(blk.start, blk.end));
    });
    parts.push(b.tail);
  }
  parts.push('  0\nEOF\n');
  return parts.join('');
}
