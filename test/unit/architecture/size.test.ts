/**
 * Size limits of src/, measured with the TypeScript parser: no source file over 400 lines, and no function (declared,
 * expressed, arrow, method, accessor or constructor) over 80 lines unless a comment right above it says why, in the
 * words "Long because …". A long function is a design that was not split by concern; the reason has to be written down
 * where a reader meets it (the unrolled A* inner loop is the kind of exception meant).
 *
 * PENDING_SPLIT lists what is over the limits today and is being split by its owner. It may only shrink: an entry
 * that is back within the limits fails the test until it is removed from the list, so the list cannot go stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, sourceFiles } from './imports';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const WHY = /\bLong because\b\s*\S/;

/**
 * Over the limits and waiting for their split: a whole file (`path`) or one function (`path#name`), with the concern it
 * belongs to. Remove an entry when its split lands.
 */
const PENDING_SPLIT: Record<string, string> = {};

interface Measured {
  /** `path` for a file, `path#name` for a function (nested names joined with `/`). */
  key: string;
  lines: number;
  explained: boolean;
}

function functionName(n: ts.Node, sf: ts.SourceFile): string {
  const named = (n as { name?: ts.Node }).name;
  if (named) return named.getText(sf);
  if (ts.isConstructorDeclaration(n)) return 'constructor';
  const p = n.parent;
  if (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) return p.name.getText(sf);
  return '(anonymous)';
}

/** Comments above the function or above the statement that declares it (`export const f = () => …`). */
function explained(n: ts.Node, sf: ts.SourceFile): boolean {
  const text = sf.getFullText();
  let holder: ts.Node = n;
  while (
    holder.parent &&
    (ts.isVariableDeclaration(holder.parent) ||
      ts.isVariableDeclarationList(holder.parent) ||
      ts.isVariableStatement(holder.parent) ||
      ts.isPropertyAssignment(holder.parent) ||
      ts.isPropertyDeclaration(holder.parent) ||
      ts.isExportAssignment(holder.parent))
  )
    holder = holder.parent;
  for (const node of [n, holder]) {
    for (const c of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) if (WHY.test(text.slice(c.pos, c.end))) return true;
  }
  return false;
}

function measure(path: string): Measured[] {
  const text = readFileSync(join(SRC, path), 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const out: Measured[] = [{ key: path, lines: lineOf(text.trimEnd().length) + 1, explained: false }];
  const visit = (n: ts.Node, scope: string): void => {
    let inner = scope;
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      inner = scope ? `${scope}/${functionName(n, sf)}` : functionName(n, sf);
      out.push({ key: `${path}#${inner}`, lines: lineOf(n.getEnd()) - lineOf(n.getStart(sf)) + 1, explained: explained(n, sf) });
    }
    ts.forEachChild(n, (c) => visit(c, inner));
  };
  visit(sf, '');
  return out;
}

const all = sourceFiles().flatMap(measure);
const overLimit = (m: Measured) => (m.key.includes('#') ? m.lines > MAX_FUNCTION_LINES && !m.explained : m.lines > MAX_FILE_LINES);

describe('size limits of src/', () => {
  it(`no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES} lines without a "Long because" comment`, () => {
    const offenders = all.filter((m) => overLimit(m) && !(m.key in PENDING_SPLIT)).map((m) => `${m.key}: ${m.lines} lines`);
    expect(offenders).toEqual([]);
  });

  it('every pending split is still over the limits (remove an entry once its split lands)', () => {
    const over = new Set(all.filter(overLimit).map((m) => m.key));
    expect(Object.keys(PENDING_SPLIT).filter((k) => !over.has(k))).toEqual([]);
  });

  it('measures what it claims: a long function, a long function with its reason, a long file', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const src = `function plain() {\n${body}\n}\n// Long because the fixture says so.\nconst why = () => {\n${body}\n};\n`;
    const sf = ts.createSourceFile('x.ts', src, ts.ScriptTarget.Latest, true);
    const found: { name: string; why: boolean }[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n)) found.push({ name: functionName(n, sf), why: explained(n, sf) });
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(found).toEqual([
      { name: 'plain', why: false },
      { name: 'why', why: true },
    ]);
    expect(all.find((m) => m.key === 'core/document.ts')?.lines).toBe(readFileSync(join(SRC, 'core/document.ts'), 'utf8').trimEnd().split('\n').length);
  });
});
