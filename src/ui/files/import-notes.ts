/**
 * What an import wants the user to know (exterior doors to confirm, walls given a thickness, entities left out):
 * notices, not errors. They are shown in the UI's language, each until it no longer applies (a main entrance
 * note goes once a main entrance is set), until closed, or until another hall replaces the imported one.
 */
import { createStore } from 'zustand/vanilla';
import type { HallDocument } from '../../core';
import type { Locale } from '../i18n';

export interface ImportNotes {
  /** The imported file's name. */
  source: string;
  /** Each note as the importer wrote it ("English / 中文"). */
  lines: string[];
}

export const importNotesStore = createStore<{ notes?: ImportNotes }>(() => ({}));

export function showImportNotes(source: string, lines: readonly string[]): void {
  importNotesStore.setState({ notes: lines.length > 0 ? { source, lines: [...lines] } : undefined });
}

export function clearImportNotes(): void {
  if (importNotesStore.getState().notes) importNotesStore.setState({ notes: undefined });
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The half of an importer's "English / 中文" note in the UI's language: split at the first " / " followed by
 * Chinese (names quoted in the English half may hold Chinese, so that half is not required to be free of it).
 * A note with no such split is shown whole.
 */
export function noteInLocale(line: string, locale: Locale): string {
  let at = line.indexOf(' / ');
  while (at >= 0) {
    const zh = line.slice(at + 3);
    if (CJK.test(zh.slice(0, 6))) return locale === 'en' ? line.slice(0, at) : zh;
    at = line.indexOf(' / ', at + 3);
  }
  return line;
}

const hasMainEntrance = (doc: HallDocument) => doc.floors.some((f) => f.elements.some((e) => e.kind === 'opening' && e.entrance === 'main'));

/** False once the hall no longer needs the note: the user did what it asked. */
export function noteApplies(line: string, doc: HallDocument): boolean {
  if (/confirm the main entrance/.test(line)) return !hasMainEntrance(doc);
  return true;
}
