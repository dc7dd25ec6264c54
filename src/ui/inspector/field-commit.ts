import { batch, type FieldSpec, type HallElement, kindOf, replaceElements, setElementField, setPath } from '../../core';
import { platesFollowing } from '../../editor/counter-plates';
import type { Editor } from '../../editor/editor';
import type { Translate } from '../i18n';
import { withoutGuess } from './ZoneGuessNote';

/**
 * Sets one field on every selected element as one undoable step, or says why not. Each kind's schema is asked first,
 * so the document never holds a value its loader would refuse.
 */
export function fieldCommitter(editor: Editor, elements: HallElement[], fields: FieldSpec[], t: Translate) {
  return (key: string, value: unknown): string | null => {
    for (const el of elements) {
      const res = kindOf(el).schema.safeParse(setPath(el, key, value));
      if (!res.success) return res.error.issues[0]?.message ?? t('insp.invalid');
    }
    // the undo label names the field as the user sees it, never its raw key
    const spec = fields.find((f) => f.key === key);
    const label = spec ? `修改${spec.label.zh} / Set ${spec.label.en.toLowerCase()}` : '修改 / Edit';
    // A zone's function set by hand is no longer a guess.
    const cmds = elements.map((el) =>
      key === 'type' && el.kind === 'zone' && el.typeGuess ? replaceElements([withoutGuess(setPath(el, key, value))], label) : setElementField(el.id, key, value, label),
    );
    // A counter's plates follow what is typed for it: its number and type, its place and direction.
    const plates = elements.flatMap((el) => (el.kind === 'counter' ? platesFollowing(el, setPath(el, key, value), editor.floor.elements, editor.doc.meta.preset) : []));
    if (plates.length) cmds.push(replaceElements(plates, label));
    const ok = editor.execute(cmds.length === 1 ? cmds[0] : batch(label, cmds));
    return ok ? null : t('insp.invalid');
  };
}
