/** Browser tab title: the hall's name, then the app's (the name is set as text, never parsed as HTML). */
import { useEffect } from 'react';
import type { Editor } from '../editor/editor';
import { translate } from './i18n';

export function useDocumentTitle(editor: Editor): void {
  useEffect(() => {
    let meta: unknown;
    let locale: string | undefined;
    const apply = () => {
      const s = editor.store.getState();
      // The store changes on every pointer move of a drag; the title only with the hall's meta or the language.
      // Reading `document.title` searches the document for its <title>, which a city hall's labels make long.
      if (s.doc.meta === meta && s.locale === locale) return;
      meta = s.doc.meta;
      locale = s.locale;
      const title = `${s.doc.meta.name} — ${translate(s.locale, 'app.title')}`;
      // Written only when they differ: writing `lang`, even the same value, makes the browser restyle every element
      // under <html> (its :lang() state).
      if (document.title !== title) document.title = title;
      if (document.documentElement.lang !== s.locale) document.documentElement.lang = s.locale;
    };
    apply();
    return editor.store.subscribe(apply);
  }, [editor]);
}
