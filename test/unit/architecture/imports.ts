/**
 * The import graph of src/, read with the TypeScript parser: static imports, `import type`, re-exports and dynamic
 * `import()` alike, so a type-only edge cannot hide a dependency or a cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const SRC = resolve(import.meta.dirname, '../../../src');

export interface ImportEdge {
  /** Importing file, relative to src/ (`core/io.ts`). */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** Resolved file relative to src/ for our own modules (`../presets/x.json` stays outside src); undefined for packages. */
  to?: string;
  typeOnly: boolean;
  dynamic: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (abs: string) => relative(SRC, abs).split('\\').join('/');

function resolveLocal(fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

export function sourceFiles(): string[] {
  return walk(SRC).map(rel);
}

function specifiers(file: ts.SourceFile): { spec: string; typeOnly: boolean; dynamic: boolean }[] {
  const out: { spec: string; typeOnly: boolean; dynamic: boolean }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const allTypes =
        !!c &&
        (c.isTypeOnly ||
          (!c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      out.push({ spec: n.moduleSpecifier.text, typeOnly: allTypes, dynamic: false });
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push({ spec: n.moduleSpecifier.text, typeOnly: n.isTypeOnly, dynamic: false });
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0])) {
      out.push({ spec: n.arguments[0].text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push({ spec: n.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  return out;
}

let cached: ImportEdge[] | undefined;

export function importEdges(): ImportEdge[] {
  if (cached) return cached;
  const edges: ImportEdge[] = [];
  for (const from of sourceFiles()) {
    const abs = join(SRC, from);
    const file = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true, from.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    for (const s of specifiers(file)) {
      if (!s.spec.startsWith('.')) {
        edges.push({ from, ...s });
        continue;
      }
      const to = resolveLocal(abs, s.spec);
      if (!to) throw new Error(`${from}: cannot resolve "${s.spec}"`);
      edges.push({ from, ...s, to: rel(to) });
    }
  }
  cached = edges;
  return edges;
}

/** Cycles among our modules (each listed once, as the files in order), counting type-only edges. */
export function importCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.to && !e.to.startsWith('..')) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's strongly connected components: any component of more than one file (or a file importing itself) is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (next.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of next.keys()) if (!idx.has(v)) strong(v);
  return out;
}
