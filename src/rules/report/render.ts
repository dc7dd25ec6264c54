/**
 * The printable compliance report: one self-contained HTML file (A4 print CSS) with the hall, preset, level,
 * score, a summary per rule, and every finding with its clause, messages and a plan snapshot marking the place.
 * Every name from the hall is escaped; the file has no script.
 */
import type { HallDocument } from '../../core/document';
import { escapeHtml as e } from '../../core/escape';
import { HALL_LEVELS } from '../../core/vocab';
import type { CheckResult } from '../types';
import { RULES_BY_ID } from '../registry';
import { PRESETS, resolveRuleSetting } from '../preset';
import { score } from '../engine';
import { floorGroup, planSvg } from './plan-svg';

const SEV = { error: ['错误', 'Error', '#dc2626'], warning: ['警告', 'Warning', '#d97706'], info: ['提示', 'Info', '#2563eb'] } as const;

export function renderReport(doc: HallDocument, result: CheckResult, opts: { date?: Date } = {}): string {
  const s = score(result);
  const date = (opts.date ?? new Date()).toISOString().slice(0, 10);
  const preset = PRESETS[doc.meta.preset];
  const drawings = new Map(doc.floors.map((f) => [f.id, floorGroup(f)]));
  const summary = result.applied
    .map((id) => {
      const fs = result.findings.filter((f) => f.ruleId === id);
      const worst = fs.find((f) => f.severity === 'error') ?? fs.find((f) => f.severity === 'warning') ?? fs[0];
      const setting = resolveRuleSetting(doc.meta.preset, id, doc.meta.level);
      const rule = RULES_BY_ID.get(id);
      const status = worst ? `<span class="sev" style="background:${SEV[worst.severity][2]}">${SEV[worst.severity][0]} ${fs.length}</span>` : '<span class="ok">通过 Pass</span>';
      return `<tr><td><code>${e(id)}</code><br>${e(rule?.title.zh ?? '')} · ${e(rule?.title.en ?? '')}</td><td>${e(setting?.clause ?? '')}${setting?.clauseText ? `<br><small>原文：“${e(setting.clauseText)}”</small>` : ''}${setting?.interpretation ? `<br><small class="interp">解释 / Interpretation：${e(setting.interpretation.zh)} / ${e(setting.interpretation.en)}</small>` : ''}</td><td>${status}</td></tr>`;
    })
    .join('');
  const items = result.findings
    .map((f, i) => {
      const floor = doc.floors.find((fl) => fl.id === f.floorId) ?? doc.floors[0];
      const svg = floor ? planSvg(floor, { marker: f.at, focus: f.at, drawing: drawings.get(floor.id), width: 260 }) : '';
      return `<section class="finding"><div class="text"><h3>${i + 1}. <span class="sev" style="background:${SEV[f.severity][2]}">${SEV[f.severity][0]} ${SEV[f.severity][1]}</span> <code>${e(f.ruleId)}</code></h3>
<p class="clause">${e(f.clause)}</p>${f.clauseText ? `<p class="quote">“${e(f.clauseText)}”</p>` : ''}${f.interpretation ? `<p class="interp">解释 / Interpretation：${e(f.interpretation.zh)}<br>${e(f.interpretation.en)}</p>` : ''}<p>${e(f.message.zh)}</p><p class="en">${e(f.message.en)}</p>${f.hint ? `<p class="hint">建议：${e(f.hint.zh)}${f.hint.en ? ` / ${e(f.hint.en)}` : ''}</p>` : ''}
<p class="ids">${e(floor?.name ?? '')}${f.elementIds.length ? ` · ${f.elementIds.map((x) => `<code>${e(x)}</code>`).join(' ')}` : ''}</p></div><div class="plan">${svg}</div></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>合规检查报告 Compliance report — ${e(doc.meta.name)}</title>
<style>
@page{size:A4;margin:14mm}body{font:12px/1.5 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#0f172a;margin:0 auto;max-width:190mm}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;border-bottom:2px solid #0f172a;padding-bottom:2px;margin-top:18px}h3{font-size:13px;margin:0 0 4px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd5e1;padding:3px 5px;vertical-align:top;text-align:left}th{background:#f1f5f9}
.sev{color:#fff;border-radius:3px;padding:0 5px;font-size:11px;white-space:nowrap}.ok{color:#15803d;font-weight:600}
.score{font-size:16px;font-weight:700;margin:8px 0}.meta td:first-child{width:28%;color:#475569}
.finding{display:flex;gap:10px;border-bottom:1px solid #e2e8f0;padding:8px 0;page-break-inside:avoid}.finding .text{flex:1}.en{color:#475569}.hint{color:#166534}.clause{color:#7c2d12;font-weight:600;margin:0}.quote{color:#7c2d12;margin:0}.interp{color:#475569;font-style:italic;margin:0}.ids{color:#64748b;font-size:11px}
.plans svg{border:1px solid #e2e8f0;margin:4px}code{font-size:11px}
</style></head><body>
<h1>政务服务大厅合规检查报告</h1><div>Compliance report — HallTwin</div>
<h2>大厅 Hall</h2>
<table class="meta"><tr><td>名称 Name</td><td>${e(doc.meta.name)}${doc.meta.nameEn ? ` / ${e(doc.meta.nameEn)}` : ''}</td></tr>
<tr><td>标准 Preset</td><td>${e(preset.name.zh)} / ${e(preset.name.en)}<br><small>${e(preset.source)}</small></td></tr>
<tr><td>层级 Level</td><td>${e(HALL_LEVELS[doc.meta.level].zh)} / ${e(HALL_LEVELS[doc.meta.level].en)}</td></tr>
<tr><td>楼层 Floors</td><td>${doc.floors.map((f) => e(f.name)).join('，')}</td></tr><tr><td>日期 Date</td><td>${date}</td></tr></table>
<p class="score">错误 ${s.errors} · 警告 ${s.warnings} · 提示 ${s.infos} · 通过 ${s.passed}/${s.applied} 条规则<br><small>errors ${s.errors}, warnings ${s.warnings}, infos ${s.infos}; ${s.passed} of ${s.applied} rules passed</small></p>
<div class="plans">${doc.floors.map((f) => planSvg(f, { drawing: drawings.get(f.id), width: 330, marker: undefined })).join('')}</div>
<h2>规则汇总 Rules</h2><table><tr><th>规则 Rule</th><th>条款 Clause</th><th>结果 Result</th></tr>${summary}</table>
<h2>问题清单 Findings (${result.findings.length})</h2>
${items || '<p class="ok">未发现问题 No findings</p>'}
</body></html>
`;
}
