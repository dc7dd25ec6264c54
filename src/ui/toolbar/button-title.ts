import { labelTerm } from '../../core/commands/label-term';
import { type Locale, term } from '../i18n';

/** A button's title with its shortcut in brackets, as menus write it. */
export function withKey(label: string, key: string | undefined): string {
  return key ? `${label} (${key})` : label;
}

/** A command's label (undo, redo) in the UI language. */
export function labelFor(label: string | undefined, locale: Locale): string {
  return label ? term(labelTerm(label), locale) : '';
}
