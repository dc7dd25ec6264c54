/**
 * Reading and writing `.hall.json`. Loading never throws: it returns the parsed document or a list of
 * problems, each with the JSON path where it was found, so the open hall is never half-replaced.
 */
import { CURRENT_VERSION, HallDocumentSchema, type HallDocument } from './document';
import { clip } from './limits';
import { jsonSyntaxError } from './json-syntax';
import { MIGRATIONS } from './migrations';

export interface LoadProblem {
  /** JSON path such as `floors[0].elements[3].polygon` ('' for the whole file). */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; doc: HallDocument; migratedFrom?: number } | { ok: false; problems: LoadProblem[] };

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    // Keys come from the file: a 10 MB key must not come back whole in a message.
    const key = clip(String(p), 40);
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

/**
 * Bytes of a hall file as text: UTF-8, or UTF-16 when a byte-order mark says so; a UTF-8 BOM is dropped. The
 * CLI and the editor both read files through this, so they accept exactly the same files.
 */
export function decodeHallBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: LoadProblem[] } {
  let enc = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) enc = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) enc = 'utf-16be';
  try {
    // TextDecoder drops the BOM of the encoding it decodes (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder(enc, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [{ path: '', message: `the file is not ${enc.toUpperCase()} text / 文件不是 ${enc.toUpperCase()} 编码的文本` }] };
  }
}

export function parseHallBytes(bytes: Uint8Array): LoadResult {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge();
  const d = decodeHallBytes(bytes);
  return d.ok ? parseHallText(d.text) : d;
}

const tooLarge = (): LoadResult => ({ ok: false, problems: [{ path: '', message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB / 文件过大` }] });

export function parseHallText(text: string): LoadResult {
  if (text.length > MAX_FILE_BYTES) return tooLarge();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The engine's message may hold no position and quotes the input; our own scan always gives both.
    const at = jsonSyntaxError(text) ?? { pos: text.length, message: 'unexpected end of input' };
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `not valid JSON at ${lineCol(text, at.pos)}: ${at.message} / 不是有效的 JSON（第 ${lineCol(text, at.pos).replace(/line (\d+), column (\d+)/, '$1 行第 $2 列')}）`,
        },
      ],
    };
  }
  return parseHallValue(raw);
}

export function parseHallValue(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '', message: 'a hall file must be a JSON object / 大厅文件应为 JSON 对象' }] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== undefined && obj.format !== 'halltwin') {
    return { ok: false, problems: [{ path: 'format', message: `not a HallTwin file (format "${String(obj.format).slice(0, 40)}")` }] };
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problems: [{ path: 'version', message: 'missing or non-integer "version" / 缺少版本号' }] };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `this file was saved by a newer HallTwin (format version ${version}); this one reads up to version ${CURRENT_VERSION}. Please update HallTwin. / 该文件由更新版本的 HallTwin 保存（格式版本 ${version}），请升级。`,
        },
      ],
    };
  }
  let current: Record<string, unknown> = obj;
  let v = version;
  while (v < CURRENT_VERSION) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, problems: [{ path: 'version', message: `no migration from format version ${v}` }] };
    current = step(current);
    v += 1;
    current.version = v;
  }
  const res = HallDocumentSchema.safeParse(current);
  if (!res.success) {
    const problems = res.error.issues.slice(0, 200).map((i) => ({ path: formatPath(i.path), message: issueMessage(i) }));
    return { ok: false, problems };
  }
  return version < CURRENT_VERSION ? { ok: true, doc: res.data, migratedFrom: version } : { ok: true, doc: res.data };
}

/** Zod reports a bad record key as "Invalid key in record"; say what is wrong with it instead. */
function issueMessage(i: { code: string; message: string; issues?: readonly { message: string }[] }): string {
  if (i.code === 'invalid_key' && i.issues?.length) return `bad key: ${i.issues[0].message}`;
  return i.message;
}

/** Stable, diff-friendly JSON: two-space indent, keys in schema order. */
export function serializeHall(doc: HallDocument): string {
  return JSON.stringify({ $schema: 'https://halltwin.local/schema/hall.schema.json', ...doc, version: CURRENT_VERSION }, null, 2) + '\n';
}

export function describeProblems(problems: LoadProblem[], max = 8): string {
  const lines = problems.slice(0, max).map((p) => `${p.path || '(file)'}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join('\n');
}
