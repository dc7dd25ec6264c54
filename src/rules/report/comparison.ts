/**
 * The report's version comparison section: what changed since the version the hall is compared with
 * (elements added, removed, changed) and what that did to the findings (new, fixed, still open).
 */
import type { HallDocument } from '../../core/document';
import { escapeHtml as e } from '../../core/escape';
import { withoutIds } from '../../core/element-label';
import { KINDS } from '../../core/kinds/registry';
import { compareVersions, type VersionChange } from '../../core/version-diff';
import type { FindingStatus } from '../../core/document';
import type { CheckResult, Finding } from '../types';
import { compareFindings, type StatusChange } from '../version-findings';

export interface ReportComparison {
  /** The other version, its check result, and the name it is known by (its file name). */
  base: HallDocument;
  baseResult: CheckResult;
  name: string;
}

const MAX_ROWS = 60;

/** The changed properties named in both languages (others by their key). */
const FIELDS: Record<string, string> = {
  position: '位置 position',
  polygon: '轮廓 outline',
  a: '端点 ends',
  b: '端点 ends',
  type: '类型 type',
  floor: '所在楼层 floor',
  name: '名称 name',
  width: '宽度 width',
  rotation: '方向 rotation',
  number: '编号 number',
  text: '文字 text',
};

/** A finding's status as the findings panel names it, in both languages. */
const STATUS: Record<FindingStatus, string> = { open: '待处理 Open', 'in-progress': '处理中 In progress', accepted: '已接受 Accepted', fixed: '已修复 Fixed' };

function rows<T>(items: T[], row: (x: T) => string, cols: number): string {
  const shown = items.slice(0, MAX_ROWS).map(row).join('');
  const more = items.length > MAX_ROWS ? `<tr><td colspan="${cols}">… 另有 ${items.length - MAX_ROWS} 项 / ${items.length - MAX_ROWS} more</td></tr>` : '';
  return shown + more;
}

export function renderComparison(doc: HallDocument, result: CheckResult, c: ReportComparison): string {
  const d = compareVersions(c.base, doc);
  const f = compareFindings(c.baseResult, result, c.base.meta.findingStates, doc.meta.findingStates);
  const floorName = (id: string) => doc.floors.find((x) => x.id === id)?.name ?? c.base.floors.find((x) => x.id === id)?.name ?? '';
  const change = (label: string) => (x: VersionChange) =>
    `<tr><td>${label}</td><td>${e(x.name.zh)}${x.name.en !== x.name.zh ? `<br><small>${e(x.name.en)}</small>` : ''}</td><td>${e(KINDS[x.kind].label.zh)} ${e(KINDS[x.kind].label.en)}</td><td>${e(floorName(x.floorId))}</td><td>${e([...new Set((x.fields ?? []).map((k) => FIELDS[k] ?? k))].join('、'))}</td></tr>`;
  const finding = (label: string, of: HallDocument) => (x: Finding) =>
    `<tr><td>${label}</td><td>${e(withoutIds(of, x.message.zh, 'zh', x.elementIds))}<br><small>${e(withoutIds(of, x.message.en, 'en', x.elementIds))}</small></td><td>${e(x.floorId ? floorName(x.floorId) : '')}</td></tr>`;
  const status = (x: StatusChange) => finding(`状态变化 Status changed<br><small>${e(STATUS[x.from])} → ${e(STATUS[x.to])}</small>`, doc)(x.finding);
  const elements = rows([...d.added.map(change('新增 Added')), ...d.removed.map(change('删除 Removed')), ...d.changed.map(change('修改 Changed'))], (r) => r, 5);
  const findings = rows([...f.new.map(finding('新问题 New', doc)), ...f.fixed.map(finding('已解决 Fixed', c.base)), ...f.status.map(status)], (r) => r, 3);
  return `<section class="comparison"><h2>版本对比 Version comparison</h2>
<p>与 ${e(c.name)} 相比 / Compared with ${e(c.name)}：构件新增 ${d.added.length}、删除 ${d.removed.length}、修改 ${d.changed.length}（未变 ${d.unchanged}）；问题新增 ${f.new.length}、已解决 ${f.fixed.length}、仍存在 ${f.open.length}（其中状态变化 ${f.status.length}）。
Elements: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed (${d.unchanged} unchanged); findings: ${f.new.length} new, ${f.fixed.length} fixed, ${f.open.length} still open (${f.status.length} of them with a changed status).</p>
${elements ? `<table class="items"><thead><tr><th>变化 Change</th><th>对象 Element</th><th>类别 Kind</th><th>楼层 Floor</th><th>属性 Properties</th></tr></thead><tbody>${elements}</tbody></table>` : ''}
${findings ? `<table class="items"><thead><tr><th>变化 Change</th><th>问题 Issue</th><th>楼层 Floor</th></tr></thead><tbody>${findings}</tbody></table>` : ''}
</section>`;
}
