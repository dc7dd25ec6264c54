/** Browser tab title: the hall's name, then the app's (the name is set as text, never parsed as HTML). */
import { useEffect } from 'react';
import type { Editor } from '../editor/editor';
import { translate } from './i18n';

export function useDocumentTitle(editor: Editor): void {
  useEffect(() => {
    const apply = () => {
      const s = editor.store.getState();
      const title = `${s.doc.meta.name} — ${translate(s.locale, 'app.title')}`;
      // Written only when they differ: the store changes on every pointer move of a drag, and writing `lang`,
      // even the same value, makes the browser restyle every element under <html> (its :lang() state).
      if (document.title !== title) document.title = title;
      if (document.documentElement.lang !== s.locale) document.documentElement.lang = s.locale;
    };
    apply();
    return editor.store.subscribe(apply);
  }, [editor]);
}
