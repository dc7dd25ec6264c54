import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestEditor } from './test-editor';
import { Autosave, MemoryStore } from '../../../src/editor/autosave';
import { parseHallText } from '../../../src/core/io';

describe('autosave and recovery', () => {
  afterEach(() => vi.useRealTimers());
  it('saves after edits settle and offers recovery on the next start when the copy differs', async () => {
    vi.useFakeTimers();
    const kv = new MemoryStore();
    const first = new TestEditor();
    const a = new Autosave(first, kv, { delayMs: 1000 });
    a.start();
    first.setTool('zone-rect', { zoneType: 'waiting' });
    first.drag([0, 0], [4, 4]);
    first.drag([5, 0], [8, 4]);
    expect(kv.data.size).toBe(0); // debounced: nothing written while edits keep coming
    await vi.advanceTimersByTimeAsync(1000);
    a.stop();
    expect(JSON.parse(kv.data.get('halltwin:autosave')!).name).toBe(first.doc.meta.name);
    // "Reload": a fresh editor opens the original hall.
    const second = new TestEditor();
    const rec = await new Autosave(second, kv).findRecovery(second.doc);
    expect(rec).toBeDefined();
    const parsed = parseHallText(rec!.text);
    expect(parsed.ok && parsed.doc.floors[0].elements.length).toBe(2);
    // Same content: no offer. After clear: no offer.
    expect(await new Autosave(first, kv).findRecovery(first.doc)).toBeUndefined();
    await new Autosave(second, kv).clear();
    expect(await new Autosave(second, kv).findRecovery(second.doc)).toBeUndefined();
  });
  it('a corrupt autosave record is ignored, never thrown', async () => {
    const kv = new MemoryStore();
    await kv.set('halltwin:autosave', '{broken');
    const ed = new TestEditor();
    expect(await new Autosave(ed, kv).findRecovery(ed.doc)).toBeUndefined();
  });
});
