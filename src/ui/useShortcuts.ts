/**
 * Keyboard: the shell's own keys (Ctrl+S save, Ctrl+O open, also from a form field) and everything else forwarded
 * to the editor, except while the user types in a form field, where keys belong to the field.
 */
import { useEffect } from 'react';
import type { Editor } from '../editor/editor';
import { saveHall } from './files/actions';

export function isTypingTarget(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  if (!el?.tagName) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function useShortcuts(editor: Editor): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      // Save and open work from a form field too (a name just typed is saved, as in any editor); a field keeps
      // every other key.
      if (mod && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        // fields commit on blur: what was just typed goes into the saved file
        if (isTypingTarget(e.target)) (e.target as HTMLElement).blur();
        void saveHall(editor, 'save');
        return;
      }
      if (mod && !e.shiftKey && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="file-input"]')?.click();
        return;
      }
      if (isTypingTarget(e.target)) return;
      const handled = editor.keyDown({ key: e.key, ctrl: e.ctrlKey, shift: e.shiftKey, alt: e.altKey, meta: e.metaKey });
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
