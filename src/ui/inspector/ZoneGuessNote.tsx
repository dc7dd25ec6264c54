/** For a room whose function was guessed from its name: what it rests on, how sure it is, and a click to confirm it. */
import { replaceElements, type HallElement } from '../../core';
import { useEditor, useT } from '../EditorContext';
import { ConfidenceBar } from '../schedule/ConfidenceBar';

type Zone = Extract<HallElement, { kind: 'zone' }>;

export function withoutGuess(el: HallElement): HallElement {
  if (el.kind !== 'zone' || !el.typeGuess) return el;
  const { typeGuess: _drop, ...rest } = el;
  return rest as HallElement;
}

export function ZoneGuessNote({ zone }: { zone: Zone }) {
  const editor = useEditor();
  const t = useT();
  const g = zone.typeGuess!;
  return (
    <div className="type-guess" data-testid="zone-type-guess">
      <ConfidenceBar value={g.confidence} /> {t('inspector.typeGuess', { from: g.from, p: Math.round(g.confidence * 100) })}{' '}
      <button className="link" onClick={() => editor.execute(replaceElements([withoutGuess(zone)], '确认功能类型 / Confirm function'))}>
        {t('inspector.typeConfirm')}
      </button>
    </div>
  );
}
