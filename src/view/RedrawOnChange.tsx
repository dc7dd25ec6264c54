/**
 * The viewport draws on demand (R3F frameloop="demand"): nothing is drawn while nothing changes, which
 * matters because a frame of this scene costs 50–90 ms in software WebGL, and an always-running loop
 * kept the page busy while an import was parsing in its worker. R3F requests a frame itself whenever
 * React changes the scene; this asks for one on every editor change the scene shows, for parts that
 * write to three.js objects outside React (a missed request would leave a stale picture, not an error).
 * The pointer position (`cursor`) is not among them: moving the mouse over an idle plan draws nothing.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Editor } from '../editor/editor';
import type { EditorState } from '../editor/types';

const SHOWN: readonly (keyof EditorState)[] = [
  'doc',
  'floorId',
  'selection',
  'hoverId',
  'hoverCandidates',
  'tool',
  'overlay',
  'viewMode',
  'locale',
  'grid',
  'highlight',
  'overlays',
  'badges',
  'cameraRequest',
];

export function RedrawOnChange({ editor }: { editor: Editor }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(
    () =>
      editor.store.subscribe((s, prev) => {
        if (SHOWN.some((k) => s[k] !== prev[k])) invalidate();
      }),
    [editor, invalidate],
  );
  return null;
}
