/** The DXF importer's error types: messages say what is wrong and where, in Chinese and English. */
export class DxfImportError extends Error {
  constructor(
    message: string,
    /** Where the problem was found: 'file', 'encoding', 'parse', 'units', 'layers', 'plan' … */
    readonly where: string = 'file',
  ) {
    super(message);
    this.name = 'DxfImportError';
  }
}

/** Thrown when the caller's AbortSignal fires between stages. */
export class DxfImportCancelled extends Error {
  constructor() {
    super('DXF import cancelled / 已取消导入');
    this.name = 'AbortError';
  }
}
