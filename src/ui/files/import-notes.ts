/**
 * What an import wants the user to know (walls given a thickness, entities left out): notices, not errors. They are
 * shown in the UI's language until closed, or until another hall replaces the imported one.
 */
import { createStore } from 'zustand/vanilla';
import type { Term } from '../../core';
import { type Locale, term } from '../i18n';

export interface ImportNotes {
  /** The imported file's name. */
  source: string;
  /** Each note as the importer wrote it, in both languages (IFC and DXF alike). */
  lines: Term[];
}

export const importNotesStore = createStore<{ notes?: ImportNotes }>(() => ({}));

/**
 * The importer's "N exterior doors found …; confirm the main entrance": the entrance bar over the findings asks that
 * question, with the doors to choose from and the one proposed, until a main entrance is set; the same question in
 * the notes as well read as a second task.
 */
const ASKED_BY_ENTRANCE_BAR = /confirm the main entrance/;

export function showImportNotes(source: string, lines: readonly Term[]): void {
  const shown = lines.filter((l) => !ASKED_BY_ENTRANCE_BAR.test(l.en));
  importNotesStore.setState({ notes: shown.length > 0 ? { source, lines: shown } : undefined });
}

export function clearImportNotes(): void {
  if (importNotesStore.getState().notes) importNotesStore.setState({ notes: undefined });
}

/** A note in the UI's language: its half of the two the importer wrote. */
export function noteInLocale(line: Term, locale: Locale): string {
  return term(line, locale);
}
