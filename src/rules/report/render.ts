/**
 * The compliance report a director signs: one self-contained HTML file laid out for A4. First page: the
 * hall, standard, level, date, score, a one-paragraph verdict and the counts per severity and per rule;
 * then one plan per floor with numbered markers; the findings of each rule as one entry with a table of
 * its elements; the accepted deviations with their reasons; a sign-off block. Every name from the hall
 * is escaped; the file has no script.
 */
import type { HallDocument } from '../../core/document';
import { escapeHtml as e } from '../../core/escape';
import type { CheckResult, Severity } from '../types';
import { buildReport, type ReportModel, type RuleOutcome } from './model';
import { renderComparison, type ReportComparison } from './comparison';
import { layoutPlanLabels } from './plan-labels';
import { floorExtent, floorGroup, planLabelSvg } from './plan-svg';

const SEV: Record<Severity, [string, string, string]> = { error: ['错误', 'Error', '#dc2626'], warning: ['警告', 'Warning', '#d97706'], info: ['提示', 'Note', '#2563eb'] };
const OUTCOME: Record<RuleOutcome, [string, string, string]> = {
  fail: ['未通过', 'Failed', '#dc2626'],
  pass: ['通过', 'Passed', '#15803d'],
  na: ['不适用', 'Not applicable', '#64748b'],
  accepted: ['已接受偏差', 'Accepted', '#7c3aed'],
  onsite: ['须现场核查', 'Check on site', '#2563eb'],
};
const STATUS = { open: '待处理 Open', 'in-progress': '处理中 In progress', accepted: '已接受 Accepted', fixed: '标记已修复，复查仍存在 Marked fixed, still found' } as const;

const sev = (s: Severity) => `<span class="sev" style="background:${SEV[s][2]}">${SEV[s][0]} ${SEV[s][1]}</span>`;

/**
 * The tallest plan (150 mm at 96 px per inch, as the print CSS caps it): with its heading it still fits under the
 * last rows of the rules table on the same page, which a 165 mm plan missed by a few millimetres and moved on,
 * leaving a page two thirds empty.
 */
const PLAN_MAX_HEIGHT_PX = 567;

/**
 * One floor's plan with the entries' numbered markers and its labels, laid out so that none overlaps another. A
 * tall floor is laid out at the height a page holds: laid out wider and shrunk by the print CSS, its markers and
 * room names came out a third of their size, unreadable.
 */
function plan(p: ReportModel['plans'][number], maxWidth: number): string {
  const ext = floorExtent(p.floor);
  const [x0, y0, x1, y1] = [ext.minX - 1, ext.minY - 1, ext.maxX + 1, ext.maxY + 1];
  const w = x1 - x0;
  const h = y1 - y0;
  const scale = Math.min(maxWidth / w, PLAN_MAX_HEIGHT_PX / h);
  const width = Math.round(w * scale);
  const height = Math.round(h * scale);
  const labels = layoutPlanLabels(p.floor, p.markers, { x0, y1, scale }, { width, height }, p.preset);
  // Labels are laid out in page pixels; this group maps them back into the plan's metres.
  const page = `<g transform="translate(${x0.toFixed(3)} ${(-y1).toFixed(3)}) scale(${(1 / scale).toFixed(6)})" font-family="inherit">${labels.map(planLabelSvg).join('')}</g>`;
  return `<figure class="plan"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x0.toFixed(2)} ${(-y1).toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}"><g transform="scale(1,-1)">${floorGroup(p.floor, p.preset)}</g>${page}</svg><figcaption>${e(p.floor.name)} · 标记编号对应下文条目 Numbers refer to the entries below</figcaption></figure>`;
}

/** The floors left out of the plans, named so a reader does not look for them. */
function notDrawn(names: string[]): string {
  if (!names.length) return '';
  return `<p class="muted" data-role="not-drawn">未绘制 Not drawn: ${names.map(e).join('，')}（只有结构构件，没有房间和问题 structure only: no rooms, no findings）</p>`;
}

function renderReportModel(m: ReportModel): string {
  const counts = (['error', 'warning', 'info'] as Severity[]).map((s) => `<td>${sev(s)}</td><td class="n">${m.counts[s]}</td>`).join('');
  const rules = m.rules
    .map(
      (r) =>
        `<tr><td>${e(r.title.zh)}<br><small>${e(r.title.en)}</small></td><td>${e(r.clause)}</td><td><span class="outcome" style="color:${OUTCOME[r.outcome][2]}">${OUTCOME[r.outcome][0]} ${OUTCOME[r.outcome][1]}</span></td><td class="n">${r.findings || ''}</td></tr>`,
    )
    .join('');
  const groups = m.groups
    .map((g) => {
      const rows = g.items
        .map(
          (it, i) =>
            `<tr><td class="n">${i + 1}</td><td>${e(it.floorName)}</td><td>${e(it.elements.zh || '—')}${it.elements.en && it.elements.en !== it.elements.zh ? `<br><small>${e(it.elements.en)}</small>` : ''}</td><td>${e(it.message.zh)}<br><small>${e(it.message.en)}</small></td><td>${e(STATUS[it.status])}${it.assignee ? `<br><small>→ ${e(it.assignee)}</small>` : ''}</td></tr>`,
        )
        .join('');
      return `<section class="entry"><h3><span class="num">${g.n}</span> ${sev(g.severity)} ${e(g.title.zh)} <small>${e(g.title.en)}</small> · ${g.items.length} 处</h3>
<p class="clause">${e(g.clause)}${g.clauseText ? `：“${e(g.clauseText)}”` : ''}</p>${g.interpretation ? `<p class="interp">解释 Interpretation：${e(g.interpretation.zh)} <small>/ ${e(g.interpretation.en)}</small></p>` : ''}${g.hint ? `<p class="hint">整改建议：${e(g.hint.zh)}${g.hint.en ? ` <small>/ ${e(g.hint.en)}</small>` : ''}</p>` : ''}
<table class="items"><thead><tr><th>#</th><th>楼层 Floor</th><th>对象 Element</th><th>问题 Issue</th><th>状态 Status</th></tr></thead><tbody>${rows}</tbody></table></section>`;
    })
    .join('\n');
  const accepted = m.acceptedItems.length
    ? `<table class="items"><thead><tr><th>规则 Rule</th><th>条款 Clause</th><th>对象 Element</th><th>问题 Issue</th><th>接受理由 Reason</th></tr></thead><tbody>${m.acceptedItems
        .map(
          (a) =>
            `<tr><td>${e(a.title.zh)}<br><small>${e(a.title.en)}</small></td><td>${e(a.clause)}</td><td>${e(a.elements.zh || '—')} <small>${e(a.floorName)}</small></td><td>${e(a.message.zh)}</td><td>${e(a.reason ?? '')}${a.acceptedBy ? `<br><small>— ${e(a.acceptedBy)}</small>` : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="muted">无 None</p>';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>合规检查报告 Compliance report — ${e(m.hall.name)}</title>
<style>
@page{size:A4;margin:15mm 14mm 16mm}
body{font:11px/1.5 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#0f172a;margin:0 auto;max-width:182mm}
h1{font-size:20px;margin:0}h2{font-size:14px;border-bottom:2px solid #0f172a;padding-bottom:2px;margin:14px 0 6px;break-after:avoid}h3{font-size:12px;margin:0 0 3px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd5e1;padding:2px 5px;vertical-align:top;text-align:left}th{background:#f1f5f9;font-weight:600}thead{display:table-header-group}tr{break-inside:avoid}
small{color:#475569}.n{text-align:right;font-variant-numeric:tabular-nums;width:3em}.muted{color:#64748b}
.sev{color:#fff;border-radius:3px;padding:0 5px;font-size:10px;white-space:nowrap}.outcome{font-weight:600;white-space:nowrap}
.sub{color:#475569;margin-bottom:10px}.meta td:first-child{width:24%;color:#475569}
.scorebox{display:flex;gap:16px;align-items:center;margin:10px 0;padding:8px 12px;border:2px solid #0f172a;border-radius:6px}.score{font-size:30px;font-weight:800}.verdict{margin:8px 0;text-align:justify}
.counts{width:auto}.counts td{border:0;padding:2px 14px 2px 0}
.plan{margin:0 0 10px;break-inside:avoid;text-align:center}.plan svg{border:1px solid #e2e8f0;max-width:100%;max-height:150mm;width:auto;height:auto}figcaption{color:#64748b;font-size:10px}
.entry{margin:10px 0;break-inside:auto}.entry h3{break-after:avoid}.num{display:inline-block;min-width:18px;height:18px;border-radius:9px;background:#0f172a;color:#fff;text-align:center;font-size:11px;line-height:18px;padding:0 3px}
.clause{color:#7c2d12;margin:0 0 2px}.hint{color:#166534;margin:0 0 4px}.items td{font-size:10.5px}
.signoff{break-inside:avoid;margin-top:18px}.signoff td{height:34px;width:25%}
@media screen{body{padding:16px}}
</style></head><body>
<section class="cover">
<h1>政务服务大厅合规检查报告</h1><div class="sub">Compliance report · ${e(m.hall.name)}${m.hall.nameEn ? ` / ${e(m.hall.nameEn)}` : ''}</div>
<table class="meta"><tr><td>大厅 Hall</td><td>${e(m.hall.name)}${m.hall.source ? `<br><small>模型 Model: ${e(m.hall.source)}</small>` : ''}</td></tr>
<tr><td>标准 Standard</td><td>${e(m.hall.preset.zh)} / ${e(m.hall.preset.en)}<br><small>${e(m.hall.presetSource)}</small></td></tr>
<tr><td>层级 Level</td><td>${e(m.hall.level.zh)} / ${e(m.hall.level.en)}</td></tr>
<tr><td>楼层 Floors</td><td>${m.hall.floors.map(e).join('，')}</td></tr><tr><td>日期 Date</td><td>${m.date}</td></tr></table>
<div class="scorebox"><div class="score" data-score="${m.score}">${m.score}%</div><div>得分（适用规则通过率）Score: share of applicable rules passed<br>通过 ${m.passed} / 适用 ${m.applicable} 条 · 不适用 ${m.notApplicable} 条 · 已接受 ${m.accepted} 项</div></div>
<p class="verdict">${e(m.verdict.zh)}</p><p class="verdict"><small>${e(m.verdict.en)}</small></p>
<table class="counts"><tr>${counts}</tr></table>
<h2>规则汇总 Rules</h2><table><thead><tr><th>规则 Rule</th><th>条款 Clause</th><th>结果 Result</th><th>问题 Findings</th></tr></thead><tbody>${rules}</tbody></table>
</section>
<section class="plans"><h2>楼层平面 Floor plans</h2>${m.plans.map((p) => plan(p, 640)).join('')}${notDrawn(m.notDrawn)}</section>
<h2>问题清单 Findings by rule (${m.groups.reduce((n, g) => n + g.items.length, 0)})</h2>
${groups || '<p>未发现问题 No findings</p>'}
<h2>已接受的偏差 Accepted deviations (${m.acceptedItems.length})</h2>
${accepted}
<section class="signoff"><h2>签署 Sign-off</h2><table><thead><tr><th>职责 Role</th><th>姓名 Name</th><th>签名 Signature</th><th>日期 Date</th></tr></thead><tbody>
<tr><td>编制 Prepared by</td><td data-role="prepared-by">${e(m.preparedBy ?? '')}</td><td></td><td>${m.preparedBy ? m.date : ''}</td></tr><tr><td>审核 Reviewed by</td><td></td><td></td><td></td></tr><tr><td>批准 Approved by（负责人 Director）</td><td></td><td></td><td></td></tr></tbody></table></section>
</body></html>
`;
}

/**
 * The report; with `compare`, a section on what changed since that version comes before the sign-off; with
 * `preparedBy`, the sign-off's 编制 row names who prepared it, dated (signature, review and approval stay for ink).
 */
export function renderReport(doc: HallDocument, result: CheckResult, opts: { date?: Date; preparedBy?: string; compare?: ReportComparison } = {}): string {
  const html = renderReportModel(buildReport(doc, result, opts));
  if (!opts.compare) return html;
  const at = html.lastIndexOf('<section class="signoff">');
  return html.slice(0, at) + renderComparison(doc, result, opts.compare) + html.slice(at);
}
