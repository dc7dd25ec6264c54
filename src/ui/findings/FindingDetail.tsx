/**
 * One finding as a work item: what it says, the elements by the names people use (each frames the
 * element), the clause, and what the team decided: status, assignee, acceptance reason and comments. The panel keys
 * it by the finding, so another finding opens at its title, not scrolled to where the last one was left.
 */
import { elementLabel, withoutIds } from '../../core/element-label';
import { resolveRuleSetting } from '../../rules/preset';
import type { Finding } from '../../rules/types';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { FindingWork } from './FindingWork';

const MAX_LISTED = 50;

export function FindingDetail({ finding: f, onClose }: { finding: Finding; onClose: () => void }) {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.settledDoc);
  const lang = locale === 'en' ? 'en' : 'zh';
  const clauseText = f.clauseText ?? resolveRuleSetting(doc.meta.preset, f.ruleId, doc.meta.level)?.clauseText;
  return (
    <aside className="finding-detail" data-testid="finding-detail" data-key={f.key}>
      <header>
        <span className={`sev-dot ${f.severity}`} /> <strong>{withoutIds(doc, term(f.message, locale), lang, f.elementIds)}</strong>
        <button className="link close" onClick={onClose} aria-label={t('findings.detail.close')}>
          ×
        </button>
      </header>
      <p className="clause">
        {f.clause}
        {clauseText ? (
          <span className="clause-text" title={t('findings.clauseText')}>
            {' '}
            — “{clauseText}”
          </span>
        ) : (
          ''
        )}
      </p>
      {f.interpretation && (
        <p className="interpretation">
          <b>{t('findings.interpretation')}</b> {term(f.interpretation, locale)}
        </p>
      )}
      {f.hint && <p className="hint">{term(f.hint, locale)}</p>}
      {f.elementIds.length > 0 && (
        <ul className="elements">
          {f.elementIds.slice(0, MAX_LISTED).map((id) => (
            <li key={id}>
              <button className="link" onClick={() => (editor.frame([id], true, f.floorId), editor.select([id]))}>
                {elementLabel(doc, id)?.[lang] ?? t('findings.detail.gone')}
              </button>
            </li>
          ))}
          {f.elementIds.length > MAX_LISTED && <li className="muted">+{f.elementIds.length - MAX_LISTED}</li>}
        </ul>
      )}
      <FindingWork key={f.key} findingKey={f.key} />
    </aside>
  );
}
