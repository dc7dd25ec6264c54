/**
 * What an import wants the user to know (exterior doors to confirm, walls given a thickness, entities left out):
 * notices, not errors. They are shown in the UI's language, each until it no longer applies (a main entrance
 * note goes once a main entrance is set), until closed, or until another hall replaces the imported one.
 */
import { createStore } from 'zustand/vanilla';
import type { HallDocument, Term } from '../../core';
import { type Locale, term } from '../i18n';

export interface ImportNotes {
  /** The imported file's name. */
  source: string;
  /** Each note as the importer wrote it, in both languages (IFC and DXF alike). */
  lines: Term[];
}

export const importNotesStore = createStore<{ notes?: ImportNotes }>(() => ({}));

export function showImportNotes(source: string, lines: readonly Term[]): void {
  importNotesStore.setState({ notes: lines.length > 0 ? { source, lines: [...lines] } : undefined });
}

export function clearImportNotes(): void {
  if (importNotesStore.getState().notes) importNotesStore.setState({ notes: undefined });
}

/** A note in the UI's language: its half of the two the importer wrote. */
export function noteInLocale(line: Term, locale: Locale): string {
  return term(line, locale);
}

const hasMainEntrance = (doc: HallDocument) => doc.floors.some((f) => f.elements.some((e) => e.kind === 'opening' && e.entrance === 'main'));

/** False once the hall no longer needs the note: the user did what it asked. */
export function noteApplies(line: Term, doc: HallDocument): boolean {
  if (/confirm the main entrance/.test(line.en)) return !hasMainEntrance(doc);
  return true;
}
