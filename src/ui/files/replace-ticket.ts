/**
 * The unsaved-edits question, asked once before a hall replaces the open one, and its answer as a ticket that
 * src/ui/files/replace-hall.ts requires: the type has no other maker, so an importer cannot skip the question.
 */
import type { HallDocument } from '../../core';
import type { Editor } from '../../editor/editor';
import { confirmReplace } from './unsaved';

declare const asked: unique symbol;
/** Proof that the open hall may be replaced: the user answered, or nothing was unsaved. Only askToReplace makes one. */
export interface ReplaceTicket {
  readonly [asked]: true;
  /** What would replace the hall, as the question named it. */
  readonly what: string;
  /** The hall the answer was about. */
  readonly doc: HallDocument;
  readonly save: () => Promise<void>;
}

/** Asks before `what` replaces the open hall; a ticket when it may, undefined when the user cancelled. */
export async function askToReplace(editor: Editor, what: string, save: () => Promise<void>): Promise<ReplaceTicket | undefined> {
  if (!(await confirmReplace(editor, what, save))) return undefined;
  return { what, doc: editor.doc, save } as ReplaceTicket;
}
