/** Browser tab title: the hall's name, then the app's (the name is set as text, never parsed as HTML). */
import { useEffect } from 'react';
import type { Editor } from '../editor/editor';
import { translate } from './i18n';

export function useDocumentTitle(editor: Editor): void {
  useEffect(() => {
    const apply = () => {
      const s = editor.store.getState();
      document.title = `${s.doc.meta.name} — ${translate(s.locale, 'app.title')}`;
      document.documentElement.lang = s.locale;
    };
    apply();
    return editor.store.subscribe(apply);
  }, [editor]);
}
