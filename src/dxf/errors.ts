/** The DXF importer's error types: each says what is wrong and where, in Chinese and in English. */
import type { Term } from '../core/vocab';

export class DxfImportError extends Error {
  constructor(
    /** The message in both languages; `message` is the English half (logs, stack traces). */
    readonly text: Term,
    /** Where the problem was found: 'file', 'encoding', 'parse', 'units', 'layers', 'plan' … */
    readonly where: string = 'file',
  ) {
    super(text.en);
    this.name = 'DxfImportError';
  }
}

/** Thrown when the caller's AbortSignal fires between stages. */
export class DxfImportCancelled extends Error {
  constructor() {
    super('DXF import cancelled');
    this.name = 'AbortError';
  }
}
