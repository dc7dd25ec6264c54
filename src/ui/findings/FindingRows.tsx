/** The findings list's rows: rule groups that fold, and findings that frame their elements when picked. */
import { memo } from 'react';
import type { HallDocument } from '../../core/document';
import type { Finding } from '../../rules/types';
import type { FindingRow } from './finding-rows';
import { FindingListRow } from './FindingListRow';
import { RuleGroupRow } from './RuleGroupRow';
import { VirtualRows } from './VirtualRows';

/**
 * Memoised: the panel renders again for every check result (its heading shows the check's time), while the rows
 * change only when the findings, the filters, the hall's names or the chosen finding do.
 */
export const FindingRows = memo(function FindingRows(p: {
  rows: readonly FindingRow[];
  activeKey: string | null;
  doc: HallDocument;
  locale: 'zh-CN' | 'en';
  floorName: ReadonlyMap<string, string>;
  onToggle(groupId: string, open: boolean): void;
  onPick(f: Finding): void;
}) {
  const activeRow = p.rows.findIndex((r) => r.kind === 'finding' && r.f.key === p.activeKey);
  return (
    <VirtualRows
      rows={p.rows}
      testId="findings-list"
      scrollTo={activeRow}
      render={(r) =>
        r.kind === 'group' ? (
          <RuleGroupRow row={r} onToggle={() => p.onToggle(r.id, r.open)} />
        ) : (
          <FindingListRow
            f={r.f}
            fresh={r.fresh}
            active={p.activeKey === r.f.key}
            doc={p.doc}
            locale={p.locale}
            floorName={r.f.floorId ? p.floorName.get(r.f.floorId) : undefined}
            onPick={p.onPick}
          />
        )
      }
    />
  );
});
