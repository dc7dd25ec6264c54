/** The exit code of every command that reports a verdict from the rule check. */
import { couldNotCheck } from '../rules/engine';
import type { CheckResult } from '../rules/types';
import type { CliIO } from './io';

/**
 * 2 when any rule could not run (its verdict is unknown, so neither "passed" nor "failed" may be claimed), after
 * naming each such rule and its cause on stderr; 0 otherwise.
 */
export function exitOnRulesThatCouldNotRun(result: CheckResult, io: CliIO): 0 | 2 {
  const failed = couldNotCheck(result);
  if (!failed.length) return 0;
  io.err(`${failed.length} rule check${failed.length === 1 ? '' : 's'} could not run / ${failed.length} 项规则无法检查:`);
  for (const f of failed) io.err(`  ${f.message.en}\n  ${f.message.zh}`);
  return 2;
}
