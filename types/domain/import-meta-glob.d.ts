/**
 * Vite's `import.meta.glob`, which src/core/presets.ts uses to find the province files. Vite (app, workers, tests)
 * replaces the call at build time; under tsx in Node it is absent and the module reads the folder instead. Declared
 * here because the domain configuration leaves out vite/client's types with the DOM lib.
 */
interface ImportMeta {
  glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
}
