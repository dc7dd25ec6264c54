/** The one Editor instance for the panels, and the hooks that read its store and the locale. */
import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import type { Editor, EditorState } from '../editor/editor';
import { translate, type MessageKey, type Translate } from './i18n';

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const ed = useContext(EditorContext);
  if (!ed) throw new Error('useEditor outside <EditorContext.Provider>');
  return ed;
}

export function useEditorState<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditor().store, selector);
}

export function useT(): Translate {
  const locale = useEditorState((s) => s.locale);
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars), [locale]);
}
