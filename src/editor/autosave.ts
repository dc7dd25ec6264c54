/**
 * Autosave: a debounced copy of the open hall in a key-value store (IndexedDB in the browser, memory in tests),
 * one slot per tab and per hall opened in it, so two tabs (or two halls in one tab) never overwrite each other's
 * recovery. A write counts as done only when the store confirms it (IndexedDB: the transaction's complete); a
 * failed write (quota exceeded) is retried and reported through `onStatus` until one succeeds. `flushNow` writes
 * at once and also into an optional synchronous store (localStorage), for the moment a page is hidden or closed,
 * when an asynchronous write may never finish. After a reload or crash, `findRecoveries` lists every slot that
 * holds work the opened hall does not, newest first. Only unsaved work is kept: a hall that matches its file (see
 * `isClean`) has no slot, and a replaced hall's slot goes with it, so the next start offers each unsaved hall once.
 */
import { serializeHall } from '../core/io';
import type { HallDocument } from '../core/document';
import type { Editor } from './editor';

export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys starting with a prefix. */
  keys(prefix: string): Promise<string[]>;
}

/** A synchronous store for the last moment of a page (localStorage); writes may throw (quota). */
export interface SyncStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  /** Set to make every write fail as a full disk would. */
  failWith?: Error;
  async get(key: string) {
    return this.data.get(key);
  }
  async set(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.data.set(key, value);
  }
  async delete(key: string) {
    this.data.delete(key);
  }
  async keys(prefix: string) {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix));
  }
}

export interface AutosaveRecord {
  savedAt: number;
  name: string;
  /** The hall as `.hall.json` text. */
  text: string;
  /** Tab that wrote it, and the slot key it lives under. */
  tab?: string;
  key?: string;
}

/**
 * Writes one record (the hall's text with `meta`) under `key` and resolves once it is stored. The default writes
 * into the Autosave's own store on the calling thread; the page passes one that encodes and stores in a worker.
 */
export type AutosaveWriter = (key: string, doc: HallDocument, meta: Omit<AutosaveRecord, 'text'>) => Promise<void>;

/** The string stored for a record: its JSON, the hall's `.hall.json` text inside. */
export function encodeRecord(doc: HallDocument, meta: Omit<AutosaveRecord, 'text'>): string {
  return JSON.stringify({ ...meta, text: serializeHall(doc) });
}

export type AutosaveStatus = { state: 'idle' } | { state: 'pending' } | { state: 'saved'; at: number } | { state: 'failed'; reason: string; attempts: number };

export interface AutosaveOptions {
  /** Key prefix of every slot. */
  key?: string;
  /** This tab's id (kept across reloads of the tab by the caller, e.g. in sessionStorage). */
  tab?: string;
  delayMs?: number;
  now?: () => number;
  /** Delays between retries of a failed write. */
  retryMs?: readonly number[];
  onStatus?: (s: AutosaveStatus) => void;
  sync?: SyncStore;
  /**
   * How a record is written, default into `kv` on the calling thread; the page passes one that writes in a worker
   * (the same IndexedDB store), since a large hall's text takes longer than a frame. Reads, pruning and the
   * synchronous last-moment copy (`flushNow`) never go through it.
   */
  write?: AutosaveWriter;
  /**
   * True while the open hall matches a file (just opened, imported, created or saved): its slot is removed instead
   * of written, since there is nothing a file does not hold. Default: never.
   */
  isClean?: () => boolean;
  /**
   * What is written for the open hall, default the document itself: the page adds what the hall file keeps beside
   * the editor's document (the CAD drawing's linework), so a restored copy holds what a saved file would.
   */
  prepare?: (doc: HallDocument) => HallDocument;
}

const PREFIX = 'halltwin:autosave';
/** Slots kept at most; the oldest go first. */
const MAX_SLOTS = 20;

let slotCounter = 0;
const newHallId = (now: number) => `${now.toString(36)}${(slotCounter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe?: () => void;
  private lastDoc?: HallDocument;
  /** The document last confirmed written. */
  private savedDoc?: HallDocument;
  private attempts = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly prefix: string;
  private readonly tab: string;
  private hall: string;
  private readonly delayMs: number;
  private readonly now: () => number;
  private readonly retryMs: readonly number[];
  status: AutosaveStatus = { state: 'idle' };

  constructor(
    private readonly editor: Editor,
    private readonly kv: KeyValueStore,
    private readonly opts: AutosaveOptions = {},
  ) {
    this.prefix = opts.key ?? PREFIX;
    this.tab = opts.tab ?? 'tab';
    this.delayMs = opts.delayMs ?? 500;
    this.now = opts.now ?? Date.now;
    this.retryMs = opts.retryMs ?? [1000, 3000, 10000, 30000];
    this.hall = newHallId(this.now());
  }

  /** The slot this tab writes the open hall to. */
  get key(): string {
    return `${this.prefix}:${this.tab}:${this.hall}`;
  }

  /** True while the open hall holds changes that neither a file nor a confirmed write holds. */
  get dirty(): boolean {
    return this.lastDoc !== undefined && this.editor.doc !== this.savedDoc && !this.clean();
  }

  private clean(): boolean {
    return this.opts.isClean?.() ?? false;
  }

  /** Removes a slot after the writes already queued (one of them may be writing it). */
  private drop(key: string): void {
    const p = this.writing.then(() => this.clear(key));
    this.writing = p.catch(() => {});
  }

  private setStatus(s: AutosaveStatus): void {
    this.status = s;
    this.opts.onStatus?.(s);
  }

  /** Save after each change settles; returns a stop function. */
  start(): () => void {
    this.lastDoc = this.editor.doc;
    this.savedDoc = this.editor.doc;
    this.unsubscribe = this.editor.store.subscribe((s) => {
      if (s.doc === this.lastDoc) return;
      // A document sharing nothing with the previous one is another hall (opened or imported): a new slot, and the
      // previous hall's copy goes, since replacing a hall asks about its unsaved edits first (saved or given up).
      if (this.lastDoc && s.doc.meta !== this.lastDoc.meta && !s.doc.floors.some((f) => this.lastDoc!.floors.includes(f))) {
        this.drop(this.key);
        this.hall = newHallId(this.now());
      }
      this.lastDoc = s.doc;
      if (this.status.state !== 'failed') this.setStatus({ state: 'pending' });
      this.schedule();
    });
    return () => this.stop();
  }

  /**
   * Saves once the hall has been still for `delayMs`, and never in the middle of a drag: writing a 10,000-element
   * hall takes longer than a frame, so a pause while dragging waits for the pointer to be released.
   */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.editor.history.inGesture ? this.schedule() : void this.flush().catch(() => {})), this.delayMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = undefined;
    this.retryTimer = undefined;
    this.unsubscribe?.();
  }

  /** Continue writing into an existing slot (the one a recovered hall came from). */
  adopt(key: string): void {
    const rest = key.startsWith(`${this.prefix}:`) ? key.slice(this.prefix.length + 1) : '';
    const hall = rest.split(':')[1];
    if (hall) this.hall = hall;
  }

  private meta(doc: HallDocument): Omit<AutosaveRecord, 'text'> {
    return { savedAt: this.now(), name: doc.meta.name, tab: this.tab, key: this.key };
  }

  private record(doc: HallDocument): AutosaveRecord {
    return { ...this.meta(doc), text: serializeHall(this.written(doc)) };
  }

  private written(doc: HallDocument): HallDocument {
    return this.opts.prepare ? this.opts.prepare(doc) : doc;
  }

  /** Writes the open hall now; resolves when the store confirmed it, rejects (after reporting) when it failed. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const doc = this.editor.doc;
    const key = this.key;
    const clean = this.clean();
    const run = async () => {
      try {
        const meta = { ...this.meta(doc), key };
        if (clean) await this.clear(key);
        else {
          const out = this.written(doc);
          await (this.opts.write ? this.opts.write(key, out, meta) : this.kv.set(key, encodeRecord(out, meta)));
        }
      } catch (e) {
        this.attempts++;
        const reason = e instanceof Error ? (e.message ? `${e.name}: ${e.message}` : e.name) : String(e);
        this.setStatus({ state: 'failed', reason, attempts: this.attempts });
        if (this.retryTimer) clearTimeout(this.retryTimer);
        const wait = this.retryMs[Math.min(this.attempts - 1, this.retryMs.length - 1)];
        if (wait !== undefined) this.retryTimer = setTimeout(() => void this.flush().catch(() => {}), wait);
        throw e;
      }
      this.attempts = 0;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.savedDoc = doc;
      if (this.editor.doc === doc) this.setStatus({ state: 'saved', at: this.now() });
      void this.prune();
    };
    // Writes go one after another, so an older copy never lands after a newer one.
    const p = this.writing.then(run, run);
    this.writing = p.catch(() => {});
    return p;
  }

  /**
   * The user's Retry: the write goes now and the retry scheduled after the last failure is cancelled, so it cannot
   * land on its own a moment later (a failure now schedules the next one as any failure does).
   */
  retry(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    return this.flush();
  }

  /**
   * For pagehide / beforeunload: start the asynchronous write and put the hall into the synchronous store too,
   * which holds it even if the page is gone before the write completes.
   */
  flushNow(): void {
    if (this.lastDoc === undefined) return;
    if (this.clean()) {
      // A hall its file holds leaves no copy behind: the synchronous one goes now, `flush` removes the other.
      this.clearSync(this.key);
      void this.flush().catch(() => {});
      return;
    }
    if (this.editor.doc === this.savedDoc) return;
    void this.flush().catch(() => {});
    const sync = this.opts.sync;
    if (!sync) return;
    try {
      sync.setItem(`${this.prefix}-last:${this.tab}`, JSON.stringify(this.record(this.editor.doc)));
    } catch {
      // Too large or no room: the asynchronous write is all there is.
    }
  }

  /** Every autosaved hall holding work the given hall does not, newest first (corrupt records are skipped). */
  async findRecoveries(current: HallDocument): Promise<AutosaveRecord[]> {
    const currentText = serializeHall(this.written(current));
    const out = new Map<string, AutosaveRecord>();
    const take = (raw: string | null | undefined, key: string) => {
      if (!raw) return;
      let rec: AutosaveRecord;
      try {
        rec = JSON.parse(raw) as AutosaveRecord;
      } catch {
        return;
      }
      if (typeof rec?.text !== 'string' || rec.text === currentText) return;
      const slot = typeof rec.key === 'string' ? rec.key : key;
      const prev = out.get(slot);
      if (!prev || (rec.savedAt ?? 0) > (prev.savedAt ?? 0)) out.set(slot, { ...rec, key: slot });
    };
    for (const k of await this.kv.keys(`${this.prefix}:`)) take(await this.kv.get(k), k);
    const legacy = await this.kv.get(this.prefix);
    take(legacy, this.prefix);
    const sync = this.opts.sync;
    if (sync) {
      const keys: string[] = [];
      for (let i = 0; i < sync.length; i++) keys.push(sync.key(i) ?? '');
      for (const k of keys) if (k.startsWith(`${this.prefix}-last:`)) take(sync.getItem(k), k);
    }
    return [...out.values()].sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
  }

  /** The newest autosaved hall holding work the given hall does not (else undefined). */
  async findRecovery(current: HallDocument): Promise<AutosaveRecord | undefined> {
    return (await this.findRecoveries(current))[0];
  }

  /** Forget one recovered slot (restored elsewhere or dismissed), or this tab's own when no key is given. */
  async clear(key = this.key): Promise<void> {
    // The synchronous copy first, at once: a page going away may not see the asynchronous delete through.
    if (key !== this.prefix) this.clearSync(key);
    await this.kv.delete(key);
  }

  /** The synchronous copy of the tab that wrote this slot, when it is the same hall. */
  private clearSync(key: string): void {
    const sync = this.opts.sync;
    if (!sync) return;
    try {
      const tab = key.slice(this.prefix.length + 1).split(':')[0];
      const last = sync.getItem(`${this.prefix}-last:${tab}`);
      if (last && (JSON.parse(last) as AutosaveRecord).key === key) sync.removeItem(`${this.prefix}-last:${tab}`);
    } catch {
      // nothing to remove
    }
  }

  /** Keeps the newest MAX_SLOTS slots. */
  private async prune(): Promise<void> {
    try {
      const keys = await this.kv.keys(`${this.prefix}:`);
      if (keys.length <= MAX_SLOTS) return;
      const dated: [string, number][] = [];
      for (const k of keys) {
        try {
          dated.push([k, (JSON.parse((await this.kv.get(k)) ?? '{}') as AutosaveRecord).savedAt ?? 0]);
        } catch {
          dated.push([k, 0]);
        }
      }
      dated.sort((a, b) => b[1] - a[1]);
      for (const [k] of dated.slice(MAX_SLOTS)) if (k !== this.key) await this.kv.delete(k);
    } catch {
      // pruning is housekeeping
    }
  }
}
