/** Pinyin search keys, computed at export time so the page does not ship a pinyin dictionary. */
import { pinyin } from 'pinyin-pro';

/** Pinyin initials + full syllables without tones, e.g. 综合受理 → "zhsl zongheshouli". */
export function pinyinKeys(text: string): string {
  const han = text.replace(/[^\u4e00-\u9fff]/g, '');
  if (!han) return '';
  const full = pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[];
  return `${full.map((s) => s[0]).join('')} ${full.join('')}`.toLowerCase();
}
