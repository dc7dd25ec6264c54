/** The keyboard shortcut sheet (the ? key, as in Figma and Gmail): every shortcut from the editor's table, and the drawing keys. */
import { useEffect } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { SHORTCUT_LIST } from '../../editor/shortcuts';
import type { MessageKey } from '../i18n';

const DRAWING: MessageKey[] = ['sheet.typeLength', 'sheet.shift', 'sheet.alt', 'sheet.flipRow', 'sheet.mouse', 'hover.title'];

export function ShortcutSheet() {
  const editor = useEditor();
  const t = useT();
  const open = useEditorState((s) => !!s.shortcutSheet);
  const locale = useEditorState((s) => s.locale);
  useEffect(() => {
    if (!open) return;
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        editor.store.setState({ shortcutSheet: false });
      }
    };
    window.addEventListener('keydown', key, true);
    return () => window.removeEventListener('keydown', key, true);
  }, [open, editor]);
  if (!open) return null;
  return (
    <div className="shortcut-sheet" role="dialog" aria-label={t('sheet.title')} data-testid="shortcut-sheet">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 style={{ margin: '0 0 8px', fontSize: 16 }}>{t('sheet.title')}</h2>
        <button className="banner-close" title={t('sheet.close')} onClick={() => editor.store.setState({ shortcutSheet: false })}>
          ×
        </button>
      </div>
      <ul className="sheet-keys">
        {SHORTCUT_LIST.map((s) => (
          <li key={s.key}>
            <kbd>{s.key}</kbd>
            <span>{locale === 'en' ? s.label.en : s.label.zh}</span>
          </li>
        ))}
      </ul>
      <h3 style={{ margin: '12px 0 4px', fontSize: 14 }}>{t('sheet.drawing')}</h3>
      <ul style={{ margin: 0, paddingLeft: 18, fontSize: 13 }}>
        {DRAWING.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
    </div>
  );
}
