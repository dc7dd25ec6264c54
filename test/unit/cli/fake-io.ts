import { readFileSync } from 'node:fs';
import type { CliIO } from '../../../src/cli/io';

/** A CliIO that captures output and keeps written files in memory; reads fall through to disk. */
export function fakeIO(files: Record<string, string | Uint8Array> = {}): CliIO & { stdout: string[]; stderr: string[]; written: Map<string, string | Uint8Array> } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  return {
    stdout,
    stderr,
    written,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    readText: (p) => {
      const f = files[p] ?? written.get(p);
      if (f !== undefined) return typeof f === 'string' ? f : new TextDecoder().decode(f);
      return readFileSync(p, 'utf8');
    },
    readBytes: (p) => {
      const f = files[p] ?? written.get(p);
      if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      return new Uint8Array(readFileSync(p));
    },
    write: (p, d) => void written.set(p, d),
  };
}
