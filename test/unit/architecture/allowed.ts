/**
 * Which folder of src/ may import which (an arrow is "may import"; every folder may import itself): held by
 * layers.test.ts against every import, and by readme.test.ts against the README's layering table.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  nav: ['core'],
  rules: ['core', 'nav'],
  ifc: ['core'],
  dxf: ['core', 'ifc'],
  exports: ['core', 'rules', 'nav', 'ifc'],
  navapp: ['core', 'nav'],
  editor: ['core'],
  view: ['core', 'editor', 'ifc', 'dxf'],
  ui: ['core', 'rules', 'nav', 'ifc', 'dxf', 'exports', 'navapp', 'editor', 'view'],
  cli: ['core', 'rules', 'nav', 'ifc', 'dxf', 'exports'],
  types: [],
  'main.tsx': ['ui', 'editor', 'core'],
};
