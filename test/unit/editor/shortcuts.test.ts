import { describe, expect, it } from 'vitest';
import { TestEditor } from './test-editor';
import { matchShortcut, SHORTCUT_LIST } from '../../../src/editor/shortcuts';
import { TOOLS } from '../../../src/editor/tools/registry';

function eventOf(key: string) {
  const parts = key.split('+');
  const k = parts[parts.length - 1];
  return { key: k.length === 1 ? k.toLowerCase() : k, ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift') };
}

describe('shortcut table', () => {
  it('every entry is reachable from its own key and has zh and en labels', () => {
    for (const s of SHORTCUT_LIST) {
      expect(matchShortcut(eventOf(s.key))?.action, s.key).toBe(s.action);
      expect(s.label.zh && s.label.en).toBeTruthy();
    }
    expect(matchShortcut({ key: 'y', ctrl: true })?.action).toBe('redo');
    expect(matchShortcut({ key: 'Backspace' })?.action).toBe('delete');
  });
  it('tool keys switch the active tool', () => {
    const ed = new TestEditor();
    for (const s of SHORTCUT_LIST.filter((x) => x.action in TOOLS)) {
      ed.key('Escape').key('Escape');
      expect(ed.keyDown(eventOf(s.key)), s.key).toBe(true);
      expect(ed.state.tool).toBe(s.action);
    }
  });
});
