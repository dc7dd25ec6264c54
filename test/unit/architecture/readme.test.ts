/**
 * The README's architecture section kept exact: its map names every folder of src/, its layering table is the one
 * layers.test.ts enforces, every file it names exists, and each extension recipe names exactly the source files that
 * list every member of what it extends (kinds, tools, exports) — a new list of all kinds somewhere, or a recipe step
 * that is no longer needed, fails here. Provinces are data: no source file names one but the file format's default.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS } from '../../../src/core/kinds/registry';
import { PRESET_IDS } from '../../../src/core/presets';
import { KIND_TOOLS } from '../../../src/editor/kind-tools';
import { TOOLS } from '../../../src/editor/tools/registry';
import { EXPORTS } from '../../../src/exports/registry';
import { ALLOWED } from './allowed';
import { SRC, sourceFiles } from './imports';

const ROOT = resolve(SRC, '..');
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const ARCH = README.slice(README.indexOf('## Architecture'), README.indexOf('## Dependencies and why'));

/** The text of one recipe: from its bold heading to the next one. */
function recipe(title: string): string {
  const at = ARCH.indexOf(`**${title}`);
  expect(at, `recipe "${title}" in the README`).toBeGreaterThan(0);
  const next = ARCH.indexOf('\n**', at + 2);
  return ARCH.slice(at, next < 0 ? undefined : next);
}

const NAMES = new Map<string, Set<string>>();
/** String literals and property names of a source file: where a list of ids would be written. */
function namesIn(file: string): Set<string> {
  const seen = NAMES.get(file);
  if (seen) return seen;
  const sf = ts.createSourceFile(file, readFileSync(`${SRC}/${file}`, 'utf8'), ts.ScriptTarget.Latest, false);
  const out = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n)) out.add(n.text);
    else if ((ts.isPropertyAssignment(n) || ts.isPropertySignature(n)) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) out.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  NAMES.set(file, out);
  return out;
}
const files = sourceFiles();
const listingAll = (ids: readonly string[]) => files.filter((f) => ids.every((id) => namesIn(f).has(id)));
/** src/ files a recipe names in backticks. */
const named = (text: string) => [...text.matchAll(/`src\/([\w./-]+\.tsx?)`/g)].map((m) => m[1]);

describe('README architecture', () => {
  it('maps every folder of src/', () => {
    const map = [...ARCH.matchAll(/^src\/(\w+)\s/gm)].map((m) => m[1]);
    const dirs = readdirSync(SRC).filter((d) => statSync(resolve(SRC, d)).isDirectory());
    expect([...map].sort()).toEqual([...dirs].sort());
  });

  it('shows the layering layers.test.ts enforces', () => {
    const block = ARCH.slice(ARCH.indexOf('### Layering'), ARCH.indexOf('### Extension recipes'));
    const shown: Record<string, string[]> = {};
    const folders = Object.keys(ALLOWED).filter((k) => k !== 'types' && k !== 'main.tsx');
    const table = block.slice(block.indexOf('```\n') + 4, block.lastIndexOf('\n```'));
    for (const line of table.split('\n').map((l) => l.replace(/\([^)]*\)/g, ''))) {
      for (const [, from, to] of line.matchAll(/(\w+)\s+→\s+(.*?)(?=\s{2,}\w+\s+→|\s*$)/g)) {
        shown[from] = to === 'nothing of ours' ? [] : to === 'anything but cli' ? folders.filter((k) => k !== 'cli' && k !== from) : to.split(/,\s*/);
      }
    }
    const expected = Object.fromEntries(Object.entries(ALLOWED).filter(([k]) => k !== 'types' && k !== 'main.tsx'));
    expect(Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, [...v].sort()]))).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, [...v].sort()])));
  });

  it('names only files that exist (placeholders such as <kind> stand for at least one)', () => {
    const paths = [...ARCH.matchAll(/`((?:src|test|presets|scripts)\/[^`\s]+)`/g)].map((m) => m[1]);
    expect(paths.length).toBeGreaterThan(20);
    const missing = paths.filter((p) => {
      if (p.endsWith('/') && !p.includes('<')) return !statSync(resolve(ROOT, p), { throwIfNoEntry: false })?.isDirectory();
      const pattern = new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[\\w-]+')}$`);
      const dir = p.slice(0, p.search(/<|$/)).replace(/[^/]*$/, '');
      const walk = (d: string): string[] =>
        readdirSync(resolve(ROOT, d)).flatMap((n) => {
          const rel = `${d}${n}`;
          return statSync(resolve(ROOT, rel)).isDirectory() ? [`${rel}/`, ...walk(`${rel}/`)] : [rel];
        });
      return !walk(dir).some((f) => pattern.test(f) || pattern.test(f.replace(/\/$/, '')));
    });
    expect(missing).toEqual([]);
  });
});

describe('README extension recipes', () => {
  it('a kind: the files listing every kind are the registries and the switch the recipe names', () => {
    const lists = listingAll(ELEMENT_KINDS).filter((f) => f !== 'core/migrations.ts'); // the version-0 format's own kinds, frozen
    const text = recipe('An element kind');
    const steps = text.slice(0, text.indexOf('From the registry alone'));
    expect(lists.sort()).toEqual(named(steps).sort());
  });

  it('a tool: the files listing every tool with a class of its own are the ones the recipe names; one a kind places by `place` is listed nowhere', () => {
    const placing = KIND_TOOLS.filter((t) => t.tool.place).map((t) => t.tool.id);
    expect(placing.length).toBeGreaterThan(1);
    expect(files.filter((f) => !f.startsWith('core/kinds/') && placing.some((id) => namesIn(f).has(id) && f.startsWith('editor/tools/')))).toEqual([]);
    const lists = listingAll(Object.keys(TOOLS).filter((id) => !placing.includes(id)));
    const text = recipe('A tool');
    expect(lists.sort()).toEqual(
      named(text)
        .filter((f) => !f.includes('<'))
        .sort(),
    );
    expect(text).toMatch(/`tool\.<id>` in both i18n files/);
  });

  it('an export: no file lists every export or treats one by its id; its module and the registry line are all', () => {
    expect(listingAll(EXPORTS.map((e) => e.id))).toEqual([]);
    const byId = new RegExp(`\\.id === '(${EXPORTS.map((e) => e.id).join('|')})'`);
    expect(files.filter((f) => !f.startsWith('exports/') && byId.test(readFileSync(`${SRC}/${f}`, 'utf8')))).toEqual([]);
    const text = recipe('An export');
    expect(named(text)).toEqual(['exports/registry.ts']);
    expect(text).toContain('`src/exports/<id>.ts`');
  });

  it('a province: nothing in src/ names one but the file format default, and the recipe names no source file', () => {
    const naming = files.filter((f) => PRESET_IDS.some((id) => namesIn(f).has(id)));
    expect(naming).toEqual(['core/presets.ts']);
    expect(readFileSync(`${SRC}/core/presets.ts`, 'utf8').match(new RegExp(`'(${PRESET_IDS.join('|')})'`, 'g'))).toEqual(["'hunan'"]);
    expect(named(recipe('A preset (province)')).filter((f) => !f.startsWith('core/presets'))).toEqual([]);
  });
});
