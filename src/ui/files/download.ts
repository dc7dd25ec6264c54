/** Saving bytes to the user's disk: a download link, or the File System Access API where the browser has it. */

export type Payload = string | Uint8Array | ArrayBuffer | Blob;

/** A file name from a hall name: no path separators, reserved or control characters, never empty. */
export function safeFileName(name: string, fallback = 'hall'): string {
  const s = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes from file names
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return s || fallback;
}

export function toBlob(data: Payload, type: string): Blob {
  if (data instanceof Blob) return data;
  if (typeof data === 'string') return new Blob([data], { type });
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface SaveHandle {
  createWritable(): Promise<{ write(b: Blob): Promise<void>; close(): Promise<void> }>;
  name?: string;
}
type SavePicker = (o: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<SaveHandle>;

export function hasFileSystemAccess(): boolean {
  return typeof (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker === 'function';
}

/** Save with the system dialog; keeps the handle so later saves overwrite the same file. Returns false when cancelled. */
let lastHandle: SaveHandle | undefined;
export async function saveWithPicker(blob: Blob, suggestedName: string, reuse: boolean): Promise<boolean> {
  const picker = (window as unknown as { showSaveFilePicker: SavePicker }).showSaveFilePicker;
  try {
    const handle =
      reuse && lastHandle ? lastHandle : await picker({ suggestedName, types: [{ description: 'HallTwin hall', accept: { 'application/json': ['.hall.json', '.json'] } }] });
    const w = await handle.createWritable();
    await w.write(blob);
    await w.close();
    lastHandle = handle;
    return true;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return false;
    throw e;
  }
}

export function forgetSaveHandle(): void {
  lastHandle = undefined;
}
