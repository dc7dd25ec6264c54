import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { navappPlugin } from './src/navapp/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Serve web-ifc's wasm from our own origin (no CDN: halls run on intranets), at /wasm/web-ifc.wasm,
 * always the copy from the installed web-ifc package so the version matches the JS.
 */
function webIfcWasm(): Plugin {
  const files = ['web-ifc.wasm', 'web-ifc-mt.wasm'];
  const src = (f: string) => resolve(import.meta.dirname, 'node_modules/web-ifc', f);
  return {
    name: 'halltwin-web-ifc-wasm',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/wasm\/(web-ifc(?:-mt)?\.wasm)(\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        res.setHeader('Content-Type', 'application/wasm');
        res.end(readFileSync(src(m[1])));
      });
    },
    generateBundle() {
      for (const f of files) {
        try {
          this.emitFile({ type: 'asset', fileName: `wasm/${f}`, source: readFileSync(src(f)) });
        } catch {
          // the -mt build is optional
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), webIfcWasm(), navappPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
});
