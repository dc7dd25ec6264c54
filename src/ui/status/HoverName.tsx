/** The status bar's name of what a click would pick, and "Tab i/n" when several elements are under the cursor. */
import { memo } from 'react';
import { elementLabel } from '../../core/element-label';
import { useEditorState, useT } from '../EditorContext';

/** Memoised (no props): it follows the hover itself, not the status bar's re-renders on check results. */
export const HoverName = memo(function HoverName() {
  const t = useT();
  const hoverId = useEditorState((s) => s.hoverId);
  const ids = useEditorState((s) => s.hoverCandidates);
  // A string, not the label object: a selector must return the same value for the same state.
  const label = useEditorState((s) => (s.hoverId ? elementLabel(s.doc, s.hoverId)?.[s.locale === 'en' ? 'en' : 'zh'] : undefined));
  if (!hoverId || !label) return null;
  const name = label;
  return (
    <span className="hover-name" data-testid="hover-name" title={t('hover.title')}>
      {ids && ids.length > 1 ? t('hover.cycle', { i: ids.indexOf(hoverId) + 1, n: ids.length, name }) : t('hover.one', { name })}
    </span>
  );
});
