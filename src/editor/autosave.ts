/**
 * Autosave: a debounced copy of the open hall in a key-value store (IndexedDB in the browser, memory in
 * tests). After a reload or crash, `findRecovery` returns the copy when it differs from the hall that was
 * last opened or saved on purpose, so the UI can offer to restore it.
 */
import { serializeHall } from '../core/io';
import type { HallDocument } from '../core/document';
import type { Editor } from './editor';

export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  async get(key: string) {
    return this.data.get(key);
  }
  async set(key: string, value: string) {
    this.data.set(key, value);
  }
  async delete(key: string) {
    this.data.delete(key);
  }
}

export interface AutosaveRecord {
  savedAt: number;
  name: string;
  /** The hall as `.hall.json` text. */
  text: string;
}

export interface AutosaveOptions {
  key?: string;
  delayMs?: number;
  now?: () => number;
}

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe?: () => void;
  private lastDoc?: HallDocument;
  private readonly key: string;
  private readonly delayMs: number;
  private readonly now: () => number;

  constructor(
    private readonly editor: Editor,
    private readonly kv: KeyValueStore,
    opts: AutosaveOptions = {},
  ) {
    this.key = opts.key ?? 'halltwin:autosave';
    this.delayMs = opts.delayMs ?? 1000;
    this.now = opts.now ?? Date.now;
  }

  /** Save after each change settles; returns a stop function. */
  start(): () => void {
    this.lastDoc = this.editor.doc;
    this.unsubscribe = this.editor.store.subscribe((s) => {
      if (s.doc === this.lastDoc) return;
      this.lastDoc = s.doc;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
    });
    return () => this.stop();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const doc = this.editor.doc;
    const rec: AutosaveRecord = { savedAt: this.now(), name: doc.meta.name, text: serializeHall(doc) };
    await this.kv.set(this.key, JSON.stringify(rec));
  }

  /** The autosaved hall when it holds work the given hall does not (else undefined). */
  async findRecovery(current: HallDocument): Promise<AutosaveRecord | undefined> {
    const raw = await this.kv.get(this.key);
    if (!raw) return undefined;
    let rec: AutosaveRecord;
    try {
      rec = JSON.parse(raw) as AutosaveRecord;
    } catch {
      return undefined;
    }
    if (typeof rec?.text !== 'string') return undefined;
    return rec.text === serializeHall(current) ? undefined : rec;
  }

  /** After an explicit save (or a dismissed offer) the autosave is no longer needed. */
  async clear(): Promise<void> {
    await this.kv.delete(this.key);
  }
}
