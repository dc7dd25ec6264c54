/** `halltwin check FILE [--preset P] [--level L] [--json]`: exit 1 when any error finding, 0 otherwise, 2 on bad input. */
import type { HallDocument } from '../core/document';
import { isPresetId, PRESET_IDS } from '../core/presets';
import { HALL_LEVEL_IDS, type HallLevel } from '../core/vocab';
import { checkHall, score } from '../rules';
import { type CliIO, parseArgs } from './io';
import { exitOnRulesThatCouldNotRun } from './verdict';
import { assertOverrides, loadInput } from './load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['json']);
  const file = positional[0];
  if (!file) {
    io.err(`usage: halltwin check FILE [--preset ${PRESET_IDS.join('|')}] [--level ${HALL_LEVEL_IDS.join('|')}] [--json]`);
    return 2;
  }
  const preset = flags.preset;
  const level = flags.level;
  if (preset !== undefined && !isPresetId(preset)) {
    io.err(`--preset must be one of ${PRESET_IDS.join(', ')}`);
    return 2;
  }
  if (level !== undefined && !HALL_LEVEL_IDS.includes(level as HallLevel)) {
    io.err(`--level must be one of ${HALL_LEVEL_IDS.join(', ')}`);
    return 2;
  }
  let doc: HallDocument;
  try {
    doc = await loadInput(file, io);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  doc = { ...doc, meta: { ...doc.meta, ...(preset ? { preset } : {}), ...(level ? { level: level as HallLevel } : {}) } };
  try {
    assertOverrides(doc, file);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const result = checkHall(doc);
  const s = score(result);
  if (flags.json) {
    io.out(JSON.stringify({ file, preset: doc.meta.preset, level: doc.meta.level, score: s, findings: result.findings }, null, 2));
  } else {
    io.out(`${doc.meta.name} — ${doc.meta.preset} / ${doc.meta.level}`);
    for (const sev of ['error', 'warning', 'info'] as const) {
      const fs = result.findings.filter((f) => f.severity === sev);
      if (!fs.length) continue;
      io.out(`\n${sev.toUpperCase()} (${fs.length})`);
      for (const f of fs) io.out(`  [${f.ruleId}] ${f.clause}\n    ${f.message.zh}\n    ${f.message.en}${f.elementIds.length ? `\n    elements: ${f.elementIds.join(', ')}` : ''}`);
    }
    io.out(
      `\n错误 ${s.errors} · 警告 ${s.warnings} · 提示 ${s.infos} · 通过 ${s.passed}/${s.applied} 条规则 (errors ${s.errors}, warnings ${s.warnings}, infos ${s.infos}, ${s.passed}/${s.applied} rules passed)`,
    );
  }
  if (exitOnRulesThatCouldNotRun(result, io) === 2) return 2;
  return s.errors > 0 ? 1 : 0;
}
