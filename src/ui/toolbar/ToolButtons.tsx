/** The drawing tools as one radio group, each titled with its name and shortcut. */
import { kindTool } from '../../editor/kind-tools';
import { useEditor, useEditorState, useT } from '../EditorContext';
import type { MessageKey } from '../i18n';
import { ToolIcon } from '../icons/ToolIcon';
import { withKey } from './button-title';
import { shortcutFor } from './shortcuts';
import { TOOLBAR_TOOLS } from './tool-list';

export function ToolButtons() {
  const editor = useEditor();
  const t = useT();
  const current = useEditorState((s) => s.tool);
  const locale = useEditorState((s) => s.locale);
  // A kind's tool is named by its kind (both languages there); the editor's own tools by the UI's strings.
  const name = (tool: string) => {
    const declared = kindTool(tool)?.tool.label;
    return declared ? (locale === 'en' ? declared.en : declared.zh) : t(`tool.${tool}` as MessageKey);
  };
  return (
    <div className="tb-group tools" role="radiogroup">
      {TOOLBAR_TOOLS.map((tool) => (
        <button
          key={tool}
          role="radio"
          aria-checked={current === tool}
          className={'tb-btn icon' + (current === tool ? ' active' : '')}
          data-testid={`tool-${tool}`}
          title={withKey(name(tool), shortcutFor(tool))}
          onClick={() => editor.setTool(tool)}
        >
          <ToolIcon name={tool} />
        </button>
      ))}
    </div>
  );
}
