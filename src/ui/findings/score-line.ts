/** The one-line summary "错误 N · 警告 N · 提示 N · 通过 X/Y 条规则". */
import type { CheckResult } from '../../rules/types';
import type { Translate } from '../i18n';

export function scoreLine(result: CheckResult, t: Translate): string {
  return t('findings.score', {
    e: result.counts.error,
    w: result.counts.warning,
    i: result.counts.info,
    p: result.passed.length,
    n: result.applied.length,
  });
}
