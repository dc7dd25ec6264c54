/**
 * The layering of src/, enforced in the style of dependency-cruiser's rules: which folder may import which, which
 * packages domain code may use, and no import cycles (type-only imports count: they still tie two modules' designs).
 *
 * The allowed graph (an arrow is "may import"; every folder may import itself):
 *   core            → nothing of ours
 *   nav             → core                      (nav/export, the nav map writer, also → navapp/data.ts, navapp/style.ts)
 *   rules           → core, nav (not nav/export), presets/national.json and param-ranges.json
 *   (core/presets.ts registers every province file, presets/<id>.json, found by Vite's glob or by reading the folder:
 *   data, not an import, so a new province touches no source file)
 *   ifc             → core
 *   dxf             → core, ifc                 (the room classifier and the hall validity check IFC import uses)
 *   exports         → core, rules, nav, ifc
 *   navapp          → core, nav (not nav/export)  (navapp/vite-plugin.ts is build tooling: also → nav/export)
 *   editor          → core
 *   view            → core, editor, ifc, dxf     (view/underlay draws an imported drawing's lines)
 *   ui              → anything but cli
 *   cli             → core, rules, nav, ifc, dxf, exports
 *   main.tsx        → ui, editor, core, the county sample
 */
import { describe, expect, it } from 'vitest';
import { ALLOWED } from './allowed';
import { importCycles, importEdges, type ImportEdge } from './imports';

/** Files outside the folder rules above, each with what else it may import and why. */
const EXCEPTIONS: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^nav\/export\//, to: /^navapp\/(data|style)\.ts$/, why: 'the nav map embeds the phone app: its data contract and its CSS' },
  { from: /^navapp\/vite-plugin\.ts$/, to: /^nav\/export\/navapp-code\.ts$/, why: 'build tooling: the editor build bundles the phone app the same way the CLI does' },
  { from: /^rules\/preset\.ts$/, to: /^\.\.\/presets\/national\.json$/, why: 'the national rules every province includes' },
  { from: /^rules\/param-ranges\.ts$/, to: /^\.\.\/presets\/param-ranges\.json$/, why: 'the range every preset parameter must lie in' },
  { from: /^main\.tsx$/, to: /^\.\.\/models\/county-hall\.hall\.json$/, why: 'the hall the editor opens first' },
];

/** Domain code runs in Node and in a worker: no UI framework, no renderer, no DOM. */
const DOMAIN = /^(core|rules|nav|ifc|dxf|exports)\/|^navapp\/(router|data|style)\.ts$/;
const UI_PACKAGES = /^(react|react-dom|three|@react-three\/.*|zustand|virtual:.*)(\/.*)?$/;

const layer = (p: string) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : p);
const edges = importEdges();
const own = edges.filter((e): e is ImportEdge & { to: string } => !!e.to);

describe('layering', () => {
  it('reads the whole graph, type-only and dynamic imports included', () => {
    expect(own.length).toBeGreaterThan(500);
    expect(edges.some((e) => e.typeOnly && e.to)).toBe(true);
    expect(edges.some((e) => e.dynamic && e.to)).toBe(true);
  });

  it('every import between folders follows the allowed graph', () => {
    const bad: string[] = [];
    for (const e of own) {
      const from = layer(e.from);
      const to = e.to.startsWith('..') ? e.to : layer(e.to);
      if (from === to) continue;
      if (EXCEPTIONS.some((x) => x.from.test(e.from) && x.to.test(e.to))) continue;
      const allowed = ALLOWED[from];
      if (!allowed) bad.push(`${e.from}: folder src/${from} has no rule in ALLOWED`);
      else if (!allowed.includes(to)) bad.push(`${e.from} → ${e.to}${e.typeOnly ? ' (type only)' : ''}: src/${from} may not import src/${to}`);
      // Only the nav map writer and its build tooling may reach into nav/export.
      else if (e.to.startsWith('nav/export/') && from !== 'nav' && from !== 'exports' && from !== 'ui' && from !== 'cli')
        bad.push(`${e.from} → ${e.to}: only exports, ui and cli use the nav exporters`);
    }
    expect(bad).toEqual([]);
  });

  it('core imports nothing of ours; rules and nav import no UI, exports, IFC or CLI', () => {
    expect(own.filter((e) => e.from.startsWith('core/') && !e.to.startsWith('core/')).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
    expect(own.filter((e) => /^(rules|nav)\//.test(e.from) && /^(ui|view|editor|cli|exports|ifc)\//.test(e.to)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('the editor imports no view or ui', () => {
    expect(own.filter((e) => e.from.startsWith('editor/') && /^(view|ui)\//.test(e.to)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('domain code imports no React, three, zustand or build-time modules, and Node built-ins only lazily', () => {
    const bad = edges
      .filter((e) => DOMAIN.test(e.from) && !e.to && (UI_PACKAGES.test(e.spec) || (e.spec.startsWith('node:') && !e.dynamic && !e.typeOnly)))
      .map((e) => `${e.from} → ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('has no import cycles, counting type-only imports', () => {
    expect(importCycles(edges).map((c) => c.join(' ⇄ '))).toEqual([]);
  });

  it('finds a cycle and a forbidden edge when there is one (the checks can fail)', () => {
    const fake: ImportEdge[] = [
      { from: 'core/a.ts', spec: './b', to: 'core/b.ts', typeOnly: true, dynamic: false },
      { from: 'core/b.ts', spec: './a', to: 'core/a.ts', typeOnly: false, dynamic: false },
      { from: 'core/c.ts', spec: './c', to: 'core/c.ts', typeOnly: false, dynamic: false },
    ];
    expect(importCycles(fake)).toEqual([['core/a.ts', 'core/b.ts'], ['core/c.ts']]);
  });
});
