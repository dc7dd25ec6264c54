/** Top toolbar: file menu, undo/redo (with the command's label), tools, view mode, grid/snap, language. */
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';
import type { MessageKey } from '../i18n';
import { FileMenu } from './FileMenu';
import { ScheduleButton } from '../schedule/ScheduleButton';
import { shortcutFor } from './shortcuts';
import { TOOLBAR_TOOLS } from './tool-list';
import { UnderlayToggles } from './UnderlayToggles';

function withKey(label: string, key: string | undefined): string {
  return key ? `${label} (${key})` : label;
}

/** Command labels are "中文 / English"; show the half that matches the locale. */
export function labelFor(label: string | undefined, locale: 'zh-CN' | 'en'): string {
  if (!label) return '';
  const parts = label.split(' / ');
  return parts.length === 2 ? (locale === 'en' ? parts[1] : parts[0]) : label;
}

export function Toolbar() {
  const editor = useEditor();
  const t = useT();
  // Only what the toolbar shows: the store changes on every pointer move (cursor, dragged document).
  const s = useEditorState(
    useShallow((st) => ({
      name: st.doc.meta.name,
      canUndo: st.canUndo,
      canRedo: st.canRedo,
      undoLabel: st.undoLabel,
      redoLabel: st.redoLabel,
      locale: st.locale,
      tool: st.tool,
      viewMode: st.viewMode,
      grid: st.grid,
    })),
  );
  const hallName = s.name;

  return (
    <header className="toolbar" role="toolbar">
      <div className="brand" title={t('app.title')}>
        <img src="icons/halltwin.svg" alt="" width={22} height={22} />
        <span className="hall-name" data-testid="hall-name">
          {hallName}
        </span>
      </div>
      <FileMenu />
      <div className="tb-group">
        <button
          className="tb-btn icon"
          data-testid="undo"
          disabled={!s.canUndo}
          title={withKey(s.canUndo ? `${t('edit.undo')}: ${labelFor(s.undoLabel, s.locale)}` : t('edit.nothing'), 'Ctrl+Z')}
          onClick={() => editor.undo()}
        >
          <ToolIcon name="undo" />
        </button>
        <button
          className="tb-btn icon"
          data-testid="redo"
          disabled={!s.canRedo}
          title={withKey(s.canRedo ? `${t('edit.redo')}: ${labelFor(s.redoLabel, s.locale)}` : t('edit.nothingRedo'), 'Ctrl+Shift+Z')}
          onClick={() => editor.redo()}
        >
          <ToolIcon name="redo" />
        </button>
      </div>
      <div className="tb-group tools" role="radiogroup">
        {TOOLBAR_TOOLS.map((tool) => (
          <button
            key={tool}
            role="radio"
            aria-checked={s.tool === tool}
            className={'tb-btn icon' + (s.tool === tool ? ' active' : '')}
            data-testid={`tool-${tool}`}
            title={withKey(t(`tool.${tool}` as MessageKey), shortcutFor(tool))}
            onClick={() => editor.setTool(tool)}
          >
            <ToolIcon name={tool} />
          </button>
        ))}
      </div>
      <div className="tb-group seg" role="radiogroup">
        {(['2d', '3d', 'stack'] as const).map((m) => (
          <button
            key={m}
            role="radio"
            aria-checked={s.viewMode === m}
            className={'tb-btn' + (s.viewMode === m ? ' active' : '')}
            data-testid={`view-${m}`}
            onClick={() => editor.store.setState({ viewMode: m })}
          >
            {t(`view.${m}` as MessageKey)}
          </button>
        ))}
      </div>
      <div className="tb-group">
        <button className="tb-btn icon" data-testid="zoom-fit" title={t('draw.fitTitle')} aria-label={t('draw.fit')} onClick={() => editor.fitView()}>
          <ToolIcon name="fit" />
        </button>
        <UnderlayToggles />
      </div>
      <div className="tb-group">
        <button
          className={'tb-btn' + (s.grid.snap ? ' active' : '')}
          aria-pressed={s.grid.snap}
          data-testid="toggle-snap"
          title={`${t('view.grid')} ${s.grid.size} m`}
          onClick={() => editor.store.setState({ grid: { ...s.grid, snap: !s.grid.snap } })}
        >
          <ToolIcon name="snap" size={18} /> {t('view.snap')}
        </button>
      </div>
      <ScheduleButton />
      <span className="spacer" />
      <button className="tb-btn" data-testid="locale" title={t('view.languageTitle')} onClick={() => editor.store.setState({ locale: s.locale === 'en' ? 'zh-CN' : 'en' })}>
        {t('view.language')}
      </button>
    </header>
  );
}
