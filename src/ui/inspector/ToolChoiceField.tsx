/** While a placing tool is armed, the inspector offers what its next click will place. */
import { typeTerms } from '../../core/terms';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { type MessageKey, term } from '../i18n';
import { toolChoice } from './tool-choices';

export function ToolChoiceField() {
  const editor = useEditor();
  const t = useT();
  const tool = useEditorState((s) => s.tool);
  const options = useEditorState((s) => s.toolOptions);
  const locale = useEditorState((s) => s.locale);
  const preset = useEditorState((s) => s.doc.meta.preset);
  const choice = toolChoice(tool);
  if (!choice) return null;
  const terms = choice.vocabulary ? typeTerms(choice.vocabulary, preset) : (choice.options ?? {});
  const value = String(options[choice.key] ?? '');
  return (
    <div className="tool-choice" data-testid="tool-choice">
      <h2 className="panel-title">{t('toolChoice.title', { tool: t(`tool.${tool}` as MessageKey) })}</h2>
      <div className="fields">
        <div className="field" data-field={choice.key}>
          <label htmlFor="tool-choice-select">{t(`toolChoice.${choice.key}` as MessageKey)}</label>
          <span className="control">
            <select id="tool-choice-select" data-testid="tool-choice-select" value={value} onChange={(e) => editor.setTool(tool, { [choice.key]: e.target.value })}>
              {Object.entries(terms).map(([k, v]) => (
                <option key={k} value={k}>
                  {term(v, locale)}
                </option>
              ))}
            </select>
          </span>
        </div>
      </div>
      <p className="muted">{t('toolChoice.hint')}</p>
    </div>
  );
}
