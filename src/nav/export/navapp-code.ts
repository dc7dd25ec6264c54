/**
 * The phone app's JavaScript, bundled from src/navapp/main.ts at export time. In Node (CLI, tests) esbuild builds
 * it in memory (~50 ms). In the browser editor the Vite plugin src/navapp/vite-plugin.ts provides the same bundle
 * as the virtual module `virtual:navapp`, and the editor passes it as `appCode` to exportNavMap.
 */
let cached: Promise<string> | undefined;

export function navAppCode(): Promise<string> {
  cached ??= build();
  return cached;
}

/** Bundles the app with esbuild; shared by the Node path and the Vite plugin. */
export async function bundleNavApp(esbuild: typeof import('esbuild'), entry: string): Promise<string> {
  const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2019', write: false, legalComments: 'none', charset: 'utf8' });
  return r.outputFiles[0].text.trimEnd();
}

async function build(): Promise<string> {
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  if (!isNode) throw new Error('exportNavMap in the browser needs opts.appCode (import it from "virtual:navapp")');
  // Hidden from bundlers: the browser build never includes esbuild.
  const esbuildId = 'esbuild';
  const urlId = 'node:url';
  const esbuild = (await import(/* @vite-ignore */ esbuildId)) as typeof import('esbuild');
  const { fileURLToPath } = (await import(/* @vite-ignore */ urlId)) as typeof import('node:url');
  return bundleNavApp(esbuild, fileURLToPath(new URL('../../navapp/main.ts', import.meta.url)));
}
