/** One finding in the list: its message with elements named as people name them, its floor and its status. */
import { memo } from 'react';
import type { HallDocument } from '../../core/document';
import type { Finding } from '../../rules/types';
import { statusOf } from '../../rules/work-items';
import { useT } from '../EditorContext';
import { type Locale, type MessageKey, term } from '../i18n';
import { findingText } from './finding-text';

interface Props {
  f: Finding;
  fresh: boolean;
  active: boolean;
  doc: HallDocument;
  locale: Locale;
  floorName?: string;
  onPick: (f: Finding) => void;
}

/**
 * Memoised: a check result that leaves this finding as it was (the same object, ./finding-refs.ts) does not render
 * its row again.
 */
export const FindingListRow = memo(function FindingListRow({ f, fresh, active, doc, locale, floorName, onPick }: Props) {
  const t = useT();
  const status = statusOf(doc.meta.findingStates, f.key);
  const text = findingText(doc, term(f.message, locale), locale === 'en' ? 'en' : 'zh', f.elementIds);
  return (
    <button
      className={`finding sev-${f.severity}` + (active ? ' active' : '') + (fresh ? ' fresh' : '')}
      data-testid="finding"
      data-rule={f.ruleId}
      data-key={f.key}
      data-status={status}
      data-elements={f.elementIds.join(' ')}
      title={text}
      onClick={() => onPick(f)}
    >
      {fresh && <span className="badge new">{t('findings.newBadge')}</span>}
      <span className="msg">{text}</span>
      <span className="where">{floorName ?? ''}</span>
      <span className={`status-badge st-${status}`}>{t(`findings.status.${status}` as MessageKey)}</span>
    </button>
  );
});
