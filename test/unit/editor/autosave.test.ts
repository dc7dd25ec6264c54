import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestEditor } from './test-editor';
import { Autosave, MemoryStore, encodeRecord, type AutosaveStatus, type AutosaveWriter, type SyncStore } from '../../../src/editor/autosave';
import { parseHallText } from '../../../src/core/io';
import { emptyDocument } from '../../../src/core/document';

class MemorySync implements SyncStore {
  readonly m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('autosave and recovery', () => {
  afterEach(() => vi.useRealTimers());

  it('saves after edits settle and offers recovery on the next start when the copy differs', async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    const first = new TestEditor();
    const a = new Autosave(first, kv, { delayMs: 1000, tab: 't1' });
    a.start();
    first.setTool('zone-rect', { zoneType: 'waiting' });
    first.drag([0, 0], [4, 4]);
    first.drag([5, 0], [8, 4]);
    expect(kv.data.size).toBe(0); // debounced: nothing written while edits keep coming
    expect(a.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    a.stop();
    expect(a.dirty).toBe(false);
    expect(JSON.parse(kv.data.get(a.key)!).name).toBe(first.doc.meta.name);
    // "Reload": a fresh editor opens the original hall.
    const second = new TestEditor();
    const rec = await new Autosave(second, kv, { tab: 't1' }).findRecovery(second.doc);
    expect(rec).toBeDefined();
    const parsed = parseHallText(rec!.text);
    expect(parsed.ok && parsed.doc.floors[0].elements.length).toBe(2);
    // Same content: no offer. After clear: no offer.
    expect(await new Autosave(first, kv).findRecovery(first.doc)).toBeUndefined();
    await new Autosave(second, kv).clear(rec!.key);
    expect(await new Autosave(second, kv).findRecovery(second.doc)).toBeUndefined();
  });

  it('a corrupt autosave record is ignored, never thrown', async () => {
    const kv = new MemoryStore();
    await kv.set('halltwin:autosave:x:y', '{broken');
    await kv.set('halltwin:autosave', '{broken');
    const ed = new TestEditor();
    expect(await new Autosave(ed, kv).findRecoveries(ed.doc)).toEqual([]);
  });

  it('two tabs editing different halls keep two recoveries, listed newest first', async () => {
    let clock = 1000;
    const kv = new MemoryStore();
    const a = new TestEditor(emptyDocument('Hall A'));
    const b = new TestEditor(emptyDocument('Hall B'));
    const sa = new Autosave(a, kv, { tab: 'A', now: () => clock });
    const sb = new Autosave(b, kv, { tab: 'B', now: () => clock });
    sa.start();
    sb.start();
    a.setTool('zone-rect', { zoneType: 'waiting' });
    a.drag([0, 0], [4, 4]);
    b.setTool('zone-rect', { zoneType: 'waiting' });
    b.drag([0, 0], [6, 6]);
    await sa.flush();
    clock = 2000;
    await sb.flush();
    const fresh = new TestEditor();
    const recs = await new Autosave(fresh, kv, { tab: 'A' }).findRecoveries(fresh.doc);
    expect(recs.map((r) => r.name)).toEqual(['Hall B', 'Hall A']);
    expect(recs.map((r) => r.tab)).toEqual(['B', 'A']);
  });

  it("opening another hall starts a new slot and drops the replaced hall's (the unsaved question came first)", async () => {
    const kv = new MemoryStore();
    const ed = new TestEditor(emptyDocument('First'));
    const s = new Autosave(ed, kv, { tab: 'T' });
    s.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await s.flush();
    const first = s.key;
    ed.openDocument(emptyDocument('Second'));
    await s.flush();
    s.stop();
    expect(s.key).not.toBe(first);
    const names = (await new Autosave(new TestEditor(), kv).findRecoveries(emptyDocument('other'))).map((r) => r.name);
    expect(names).toEqual(['Second']);
  });

  it('a hall that matches its file keeps no slot: halls opened one after another leave one offer at most', async () => {
    const kv = new MemoryStore();
    const sync = new MemorySync();
    const ed = new TestEditor(emptyDocument('Start'));
    // What the shell's unsaved-edits tracker says: the document last opened or saved.
    let clean = ed.doc;
    const s = new Autosave(ed, kv, { tab: 'T', sync, isClean: () => ed.doc === clean });
    s.start();
    for (const name of ['A', 'B', 'C']) {
      ed.openDocument(emptyDocument(name));
      clean = ed.doc;
      await s.flush();
    }
    expect(kv.data.size).toBe(0);
    expect(s.dirty).toBe(false);
    // An edit is kept; saving it to a file drops the copy.
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    expect(s.dirty).toBe(true);
    await s.flush();
    expect(kv.data.size).toBe(1);
    clean = ed.doc;
    await s.flush();
    expect(kv.data.size).toBe(0);
    ed.drag([5, 0], [8, 4]);
    s.flushNow();
    await s.flush();
    expect([kv.data.size, sync.m.size]).toEqual([1, 1]);
    // Saved, and the page goes away at once: the synchronous copy goes at once, the stored one after.
    clean = ed.doc;
    s.flushNow();
    expect(sync.m.size).toBe(0);
    await s.flush();
    expect(kv.data.size).toBe(0);
    s.stop();
    const fresh = new TestEditor();
    expect(await new Autosave(fresh, kv, { sync }).findRecoveries(fresh.doc)).toEqual([]);
  });

  it('a write refused by the store (quota) is reported, stays dirty, is retried, and recovers', async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    kv.failWith = quota();
    const statuses: AutosaveStatus[] = [];
    const ed = new TestEditor();
    const s = new Autosave(ed, kv, { delayMs: 100, retryMs: [500], onStatus: (x) => statuses.push(x) });
    s.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await vi.advanceTimersByTimeAsync(100);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', attempts: 1 });
    expect((statuses.at(-1) as { reason: string }).reason).toMatch(/QuotaExceededError/);
    expect(s.dirty).toBe(true);
    expect(kv.data.size).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', attempts: 2 });
    kv.failWith = undefined;
    await vi.advanceTimersByTimeAsync(500);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
    expect(s.dirty).toBe(false);
    expect(kv.data.size).toBe(1);
    s.stop();
  });

  it("the user's Retry writes at once and cancels the retry scheduled after the failure", async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    kv.failWith = quota();
    const statuses: AutosaveStatus[] = [];
    const ed = new TestEditor();
    const s = new Autosave(ed, kv, { delayMs: 100, retryMs: [500], onStatus: (x) => statuses.push(x) });
    s.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await vi.advanceTimersByTimeAsync(100);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed', attempts: 1 });
    // room again, and the user clicks Retry: had the retry scheduled for 500 ms stayed, it would write a second time
    kv.failWith = undefined;
    const writes = vi.spyOn(kv, 'set');
    await s.retry();
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toHaveBeenCalledTimes(1);
    s.stop();
  });

  it('flushNow puts the hall into the synchronous store at once, and recovery finds it', async () => {
    const kv = new MemoryStore();
    // The asynchronous write never lands (the page is gone): only the synchronous copy survives.
    kv.failWith = quota();
    const sync = new MemorySync();
    const ed = new TestEditor();
    const s = new Autosave(ed, kv, { tab: 'T', sync, retryMs: [] });
    s.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    s.flushNow();
    s.stop();
    expect(sync.m.size).toBe(1);
    const fresh = new TestEditor();
    const recs = await new Autosave(fresh, new MemoryStore(), { sync }).findRecoveries(fresh.doc);
    expect(recs).toHaveLength(1);
    const parsed = parseHallText(recs[0].text);
    expect(parsed.ok && parsed.doc.floors[0].elements.length).toBe(1);
  });

  it('writes through the writer it is given (the page passes a worker), and the record it stores restores the hall', async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    const ed = new TestEditor();
    const seen: string[] = [];
    // Stores a turn later, as a worker's reply comes.
    const write: AutosaveWriter = async (key, doc, meta) => {
      seen.push(key);
      await new Promise((r) => setTimeout(r, 5));
      await kv.set(key, encodeRecord(doc, meta));
    };
    const a = new Autosave(ed, kv, { delayMs: 100, tab: 't9', write });
    a.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await vi.advanceTimersByTimeAsync(100);
    expect(kv.data.size).toBe(0);
    expect(a.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual([a.key]);
    expect(a.dirty).toBe(false);
    const rec = JSON.parse(kv.data.get(a.key)!);
    expect(rec).toMatchObject({ tab: 't9', key: a.key, name: ed.doc.meta.name });
    const back = parseHallText(rec.text);
    expect(back.ok && back.doc.floors[0].elements.length).toBe(ed.doc.floors[0].elements.length);
    a.stop();
  });

  it('reports a failing writer (a full disk in the worker) and keeps the hall dirty', async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    const ed = new TestEditor();
    const states: AutosaveStatus[] = [];
    const a = new Autosave(ed, kv, { delayMs: 50, tab: 't8', retryMs: [], onStatus: (s) => states.push(s), write: async () => Promise.reject(quota()) });
    a.start();
    ed.setTool('zone-rect', { zoneType: 'waiting' });
    ed.drag([0, 0], [4, 4]);
    await vi.advanceTimersByTimeAsync(60);
    expect(states.at(-1)).toMatchObject({ state: 'failed', reason: 'QuotaExceededError: The quota has been exceeded.' });
    expect(a.dirty).toBe(true);
    expect(kv.data.size).toBe(0);
    a.stop();
  });
});
