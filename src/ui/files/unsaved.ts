/**
 * Whether the open hall holds edits no file has: the document last opened, imported, created or saved is
 * remembered, and any other document (an edit, or a restored autosave) is unsaved work. Replacing such a hall
 * asks first (save / discard / cancel), as a desktop editor does; an unchanged hall is replaced without a word.
 */
import { createStore } from 'zustand/vanilla';
import type { HallDocument } from '../../core';
import type { Editor } from '../../editor/editor';
import { uiStore } from '../ui-store';
import { clearImportNotes } from './import-notes';

export type ReplaceChoice = 'save' | 'discard' | 'cancel';

/** The open question, if one is up: what would replace the hall, and how the user's answer is handed back. */
export const unsavedPromptStore = createStore<{ ask?: { what: string; answer: (c: ReplaceChoice) => void } }>(() => ({}));

const cleanDocs = new WeakMap<Editor, HallDocument>();
let onClean: (() => void) | undefined;

/** Told each time the open hall is marked clean: the autosave then drops its copy, which a file now holds. */
export function whenClean(fn: () => void): void {
  onClean = fn;
}

/** The open hall now matches a file (opened, imported, new or saved). */
export function markClean(editor: Editor): void {
  cleanDocs.set(editor, editor.doc);
  onClean?.();
}

/** The hall the page opened with counts as clean until its first edit (nothing to undo yet). */
export function hasUnsavedEdits(editor: Editor): boolean {
  const clean = cleanDocs.get(editor);
  return clean ? editor.doc !== clean : editor.store.getState().canUndo;
}

/**
 * A new hall has replaced the open one: it is clean, and an autosave offered before it, or the notes of an
 * earlier import, no longer apply to the hall on screen (restoring it would silently replace the file just opened).
 */
export function hallReplaced(editor: Editor): void {
  markClean(editor);
  clearImportNotes();
  if (uiStore.getState().restore) uiStore.setState({ restore: undefined });
}

/**
 * Resolves true when the open hall may be replaced by `what` (a file name, or New): at once when nothing is
 * unsaved, else after the user chose to save (and the save went through) or to discard.
 */
export async function confirmReplace(editor: Editor, what: string, save: () => Promise<void>): Promise<boolean> {
  if (!hasUnsavedEdits(editor)) return true;
  unsavedPromptStore.getState().ask?.answer('cancel');
  const choice = await new Promise<ReplaceChoice>((resolve) => {
    unsavedPromptStore.setState({
      ask: {
        what,
        answer: (c) => {
          unsavedPromptStore.setState({ ask: undefined });
          resolve(c);
        },
      },
    });
  });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  await save();
  // A save the user cancelled in the file picker, or one that failed, keeps the hall.
  return !hasUnsavedEdits(editor);
}
