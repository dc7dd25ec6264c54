/** A button's title with its shortcut in brackets, as menus write it. */
export function withKey(label: string, key: string | undefined): string {
  return key ? `${label} (${key})` : label;
}

/** Command labels are "中文 / English"; show the half that matches the locale. */
export function labelFor(label: string | undefined, locale: 'zh-CN' | 'en'): string {
  if (!label) return '';
  const parts = label.split(' / ');
  return parts.length === 2 ? (locale === 'en' ? parts[1] : parts[0]) : label;
}
