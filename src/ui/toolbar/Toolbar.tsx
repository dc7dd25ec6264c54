/** Top toolbar: file menu, undo/redo (with the command's label), tools, view mode, grid/snap, language. */
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';
import { ScheduleButton } from '../schedule/ScheduleButton';
import { FileMenu } from './FileMenu';
import { ToolButtons } from './ToolButtons';
import { UnderlayToggles } from './UnderlayToggles';
import { UndoRedoButtons } from './UndoRedoButtons';
import { ViewModeSwitch } from './ViewModeSwitch';

export function Toolbar() {
  const editor = useEditor();
  const t = useT();
  // Only what the toolbar shows: the store changes on every pointer move (cursor, dragged document).
  const s = useEditorState(useShallow((st) => ({ name: st.doc.meta.name, nameEn: st.doc.meta.nameEn, locale: st.locale, grid: st.grid })));
  // The hall's name in the UI's language where it has one; the other stays in the tooltip.
  const shown = s.locale === 'en' && s.nameEn ? s.nameEn : s.name;

  return (
    <header className="toolbar" role="toolbar">
      <div className="brand" title={t('app.title')}>
        <img src="icons/halltwin.svg" alt="" width={22} height={22} />
        <span className="hall-name" data-testid="hall-name" title={s.nameEn ? `${s.name} · ${s.nameEn}` : s.name}>
          {shown}
        </span>
      </div>
      <FileMenu />
      <UndoRedoButtons />
      <ToolButtons />
      <ViewModeSwitch />
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
