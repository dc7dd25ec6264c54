/**
 * Vite plugin: the virtual module `virtual:navapp` exports the phone app bundled to an IIFE string (esbuild, the
 * same build as the CLI), so the browser editor can call `exportNavMap(doc, { appCode })` with no extra build step.
 * Add to vite.config.ts plugins: `navappPlugin()` (import { navappPlugin } from './src/navapp/vite-plugin').
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundleNavApp } from '../nav/export/navapp-code';

const ID = 'virtual:navapp';
const RESOLVED = '\0virtual:navapp';

export function navappPlugin(): Plugin {
  const entry = fileURLToPath(new URL('./main.ts', import.meta.url));
  const dir = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'halltwin-navapp',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const code = await bundleNavApp(await import('esbuild'), entry);
      // Rebuild in dev when the app's sources change.
      this.addWatchFile(dir);
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
