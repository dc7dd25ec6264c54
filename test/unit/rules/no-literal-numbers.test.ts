/**
 * No number in a rule that is not a preset parameter: every limit a user may tune lives in presets/*.json. The
 * rule sources (src/rules/** but the report and BCF writers, which lay out pages, not verdicts) may use 0, 1
 * and 2 and the geometric epsilons and unit conversions listed below, each with its reason.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../src/rules');
/** Folders that render output (page layout, image encoding), not verdicts. */
const OUTPUT = ['bcf', 'report'];

/** `file: literal` pairs allowed, with why. */
const ALLOWED: Record<string, string> = {
  'zones/office-separated.ts: 0.02': 'PARALLEL_SIN: sine under which two drawn edges count as parallel (drawing noise)',
  'zones/office-separated.ts: 1e-9': 'zero-length edge guard',
  'zones/office-separated.ts: 1e-6': 'empty-interval guard',
  'counters/desk.ts: 1e-6': 'GEOM_EPS: touches versus overlaps',
  'access/index.ts: 1e-6': 'SLOPE_EPS: relative slack for a slope typed as a decimal (1:12 as 0.083333)',
  'doors.ts: 3': 'a polygon needs three vertices',
  'util.ts: 1e-9': 'pointOnBoundary tolerance matching pointInPolygon arithmetic',
  'util.ts: 4': 'fmtMeasured: at most four decimals',
  'util.ts: 100': 'PERCENT: fraction to percentage',
  'zones/placement.ts: 180': 'degrees to radians',
  'zones/office-separated.ts: 180': 'degrees to radians',
  'queue/report.ts: 16': 'RECENT_MAX: memo size, not a verdict',
  'queue/erlang.ts: 60': 'minutes per hour',
  'queue/erlang.ts: 500': 'search cap for the counters-needed hint, not a verdict',
  'queue/erlang.ts: 256': 'memo size, not a verdict',
  'signs/continuity.ts: 360': 'degrees in a turn',
  'engine.ts: 32': 'version stamp bit shift (2 ** 32), not a verdict',
  'signs/continuity.ts: 180': 'degrees to radians',
  'signs/seen.ts: 64': 'memo size, not a verdict',
  'zones/waiting.ts: 32': 'incremental-count threshold (edits larger than this recount), not a verdict',
  'zones/waiting.ts: 64': 'memo size, not a verdict',
  'counters/one-metre-line.ts: 32': 'incremental-diff threshold, not a verdict',
  'counters/one-metre-line.ts: 64': 'memo size, not a verdict',
  'element-index.ts: 64': 'NEWEST_MAX: floors kept to patch from, not a verdict',
  'counters/one-metre-line.ts: 3': "the strip's last corner: its far edge (the line) runs from corner 2 to 3",
  'counters/one-metre-line.ts: 1e-9': "relative widening of a point footprint's reach (rounding)",
  'counters/one-metre-line.ts: 1e-6': "BOX_MARGIN: rounding slack on a staff zone's box before pointInPolygon (above its 1e-9 boundary tolerance)",
  'counters/one-metre-line.ts: 0.5': 'half the footprint diagonal (geometry of a rectangle)',
  'engine.ts: 300': 'longest error text quoted in a could-not-check finding',
  'overrides.ts: 6': 'prefix length compared for "did you mean" suggestions',
  'overrides.ts: 40': 'longest user text echoed in an override error',
  'overrides.ts: 3': 'suggestions offered for an unknown parameter',
  'signs/junctions.ts: 4': 'MAX_STATES: route-list states kept across checks (a memo size, not a verdict)',
  'signs/route-tree.ts: 4': 'CELL_REACHES: index cell size in query reaches (an index size, not a verdict)',
  'walk.ts: 1e-3': 'CORNER_OFFSET: a pulled corner stands 1 mm off the obstacle corner so the legs do not touch it',
  'walk.ts: 4': 'four numbers per obstacle edge (x0, y0, x1, y1) in a flat array',
  'walk.ts: 3': "index of an edge's y1 in the flat array",
  'signs/forks-passed.ts: 5': 'five numbers per box (floor, minX, minY, maxX, maxY) in a flat array',
  'signs/forks-passed.ts: 3': "index of a box's maxX in the flat array",
  'signs/forks-passed.ts: 4': "index of a box's maxY in the flat array",
  'signs/route-samples.ts: 5': 'five numbers per box (floor, minX, minY, maxX, maxY) in a flat array',
  'signs/route-samples.ts: 3': "index of a box's maxX in the flat array",
  'signs/route-samples.ts: 4': "index of a box's maxY in the flat array",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return OUTPUT.includes(f) ? [] : files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** The code of a source with comments, string contents and template text blanked (template ${…} kept). */
function codeOnly(src: string): string {
  let out = '';
  const stack: ('code' | 'template')[] = ['code'];
  let braces: number[] = [0];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const top = stack[stack.length - 1];
    if (top === 'template') {
      if (c === '\\') i++;
      else if (c === '`') {
        stack.pop();
        out += ' ';
      } else if (c === '$' && src[i + 1] === '{') {
        stack.push('code');
        braces.push(0);
        i++;
        out += ' ';
      }
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 1;
      out += ' ';
    } else if (c === "'" || c === '"') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
      out += ' ';
    } else if (c === '`') {
      stack.push('template');
      out += ' ';
    } else if (c === '{') {
      braces[braces.length - 1]++;
      out += c;
    } else if (c === '}') {
      if (braces[braces.length - 1] === 0 && stack.length > 1) {
        stack.pop();
        braces = braces.slice(0, -1);
        out += ' ';
      } else {
        braces[braces.length - 1]--;
        out += c;
      }
    } else out += c;
  }
  return out;
}

/** Numeric literals of a source, outside comments and strings. */
function literals(src: string): string[] {
  const out: string[] = [];
  for (const m of codeOnly(src).matchAll(/(?<![\w.$])(\d+(?:\.\d+)?(?:e-?\d+)?)(?![\w.])/gi)) out.push(m[1]);
  return out;
}

describe('rule sources', () => {
  it('finds literals in code and not in comments or strings', () => {
    expect(literals("const a = 0.5; // 0.7\n/* 9 */ const s = '3 m'; f(x, 1.4)")).toEqual(['0.5', '1.4']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal, as input to the scanner
    expect(literals('const t = `${f(1.5)} m and 2.5 ${`x ${3} 7`}`; const u = { a: 9 };')).toEqual(['1.5', '3', '9']);
  });
  it('hold no numeric literal but 0, 1, 2 and the documented epsilons', () => {
    const bad: string[] = [];
    const used = new Set<string>();
    for (const f of files(ROOT)) {
      const rel = relative(ROOT, f).split('\\').join('/');
      for (const lit of new Set(literals(readFileSync(f, 'utf8')))) {
        if (['0', '1', '2'].includes(lit) || Number(lit) === 0 || Number(lit) === 1 || Number(lit) === 2) continue;
        if (ALLOWED[`${rel}: ${lit}`]) {
          used.add(`${rel}: ${lit}`);
          continue;
        }
        bad.push(`${rel}: ${lit}`);
      }
    }
    expect(
      Object.keys(ALLOWED).filter((k) => !used.has(k)),
      'allow-list entries no longer needed',
    ).toEqual([]);
    expect(bad, `numbers that should be preset parameters (or allow-listed with a reason):\n${bad.join('\n')}`).toEqual([]);
  });
});
