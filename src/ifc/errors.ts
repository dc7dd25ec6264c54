/** The one error type the importer throws: its message says what is wrong and where, for people. */
export class IfcImportError extends Error {
  constructor(
    message: string,
    /** The stage or place the problem was found in ('file', 'open', 'storeys' …). */
    readonly where: string = 'file',
  ) {
    super(message);
    this.name = 'IfcImportError';
  }
}

/** Thrown when the caller's AbortSignal fires between stages. */
export class IfcImportCancelled extends Error {
  constructor() {
    super('IFC import cancelled / 已取消导入');
    this.name = 'AbortError';
  }
}
