/** Console and file access for CLI commands, injectable for tests. */
import { readFileSync, writeFileSync } from 'node:fs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  readBytes(path: string): Uint8Array;
  write(path: string, data: string | Uint8Array): void;
}

export const nodeIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  readText: (p) => readFileSync(p, 'utf8'),
  readBytes: (p) => new Uint8Array(readFileSync(p)),
  write: (p, d) => writeFileSync(p, d),
};

/** A file's bytes; throws an Error naming the file and why it could not be read. */
export function readInput(io: CliIO, path: string): Uint8Array {
  try {
    return io.readBytes(path);
  } catch (e) {
    throw new Error(`${path}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** A file's bytes, or undefined after saying on stderr which file could not be read and why (the command exits 2). */
export function readInputOrSay(io: CliIO, path: string): Uint8Array | undefined {
  try {
    return readInput(io, path);
  } catch (e) {
    io.err((e as Error).message);
    return undefined;
  }
}

/** Minimal flag parser: positionals, `--flag value`, `-o value`, boolean `--json`. */
export function parseArgs(args: string[], booleans: string[] = []): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('-')) {
      const name = a.replace(/^--?/, '');
      const [k, v] = name.includes('=') ? name.split(/=(.*)/s, 2) : [name, undefined];
      if (v !== undefined) flags[k] = v;
      else if (booleans.includes(k) || i + 1 >= args.length || args[i + 1].startsWith('-')) flags[k] = true;
      else flags[k] = args[++i];
    } else positional.push(a);
  }
  return { positional, flags };
}
