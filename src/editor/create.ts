/** An editor with the standard tools: what the app and the tests open a hall with. */
import type { HallDocument } from '../core/document';
import { Editor } from './editor';
import { TOOLS } from './tools/registry';

export function createEditor(doc: HallDocument): Editor {
  return new Editor(doc, TOOLS);
}
