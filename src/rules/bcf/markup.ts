/**
 * Reading one markup.bcf (2.1: comments beside the topic; 3.0: inside it). The file comes from another tool and
 * may be hostile, so every scan is a forward search that never goes back over the text: the time is linear in the
 * file's size whatever it holds (regular expressions with lazy spans went quadratic on thousands of unclosed
 * tags). Texts are cut to what the hall file keeps, marked with "…".
 */
import type { FindingComment } from '../../core/document';
import { MAX_TEXT } from '../../core/kinds/base';

export interface BcfTopicIn {
  guid: string;
  status?: string;
  assignee?: string;
  modified?: string;
  comments: FindingComment[];
}

/** The file format's limits on what one finding keeps (src/core/document.ts FindingStateSchema). */
const MAX_NAME = 200;
const MAX_DATE = 40;
const MAX_GUID = 64;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** A character reference past Unicode or to a surrogate is not a character: it reads as U+FFFD, as browsers do. */
const codePoint = (n: number) => (Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd');
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? codePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()],
  );
/** Text cut to the hall file's limit, marked so a reader sees it was cut. */
const fit = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const AFTER_NAME = new Set(['>', '/', ' ', '\n', '\r', '\t']);

/** The first start tag `<tag …>` at or after `from`: where it starts and where its `>` ends it. */
function openTag(xml: string, tag: string, from = 0): { start: number; end: number } | undefined {
  for (let i = xml.indexOf(`<${tag}`, from); i >= 0; i = xml.indexOf(`<${tag}`, i + 1)) {
    if (!AFTER_NAME.has(xml[i + tag.length + 1])) continue;
    const gt = xml.indexOf('>', i);
    return gt < 0 ? undefined : { start: i, end: gt + 1 };
  }
  return undefined;
}

/** The decoded text of the first `<tag>` element, or undefined when there is none (or it is not closed). */
function text(xml: string, tag: string): string | undefined {
  const o = openTag(xml, tag);
  if (!o) return undefined;
  if (xml[o.end - 2] === '/') return '';
  const close = xml.indexOf(`</${tag}>`, o.end);
  return close < 0 ? undefined : decodeXml(xml.slice(o.end, close)).trim();
}

/** An attribute's value in one start tag. */
function attr(startTag: string, name: string): string | undefined {
  for (let i = startTag.indexOf(`${name}="`); i >= 0; i = startTag.indexOf(`${name}="`, i + 1)) {
    if (!AFTER_NAME.has(startTag[i - 1])) continue;
    const from = i + name.length + 2;
    const q = startTag.indexOf('"', from);
    return q < 0 ? undefined : startTag.slice(from, q);
  }
  return undefined;
}

/** The comments: each `<Comment Guid=…>` holds a Date, an Author and a `<Comment>` with the text. */
function comments(xml: string): FindingComment[] {
  const outer: { guid: string; start: number; end: number }[] = [];
  for (let o = openTag(xml, 'Comment'); o; o = openTag(xml, 'Comment', o.end)) {
    const guid = attr(xml.slice(o.start, o.end), 'Guid');
    if (guid) outer.push({ guid, ...o });
  }
  const out: FindingComment[] = [];
  outer.forEach((c, k) => {
    // Only up to the next comment: an unclosed one never swallows the rest of the file.
    const body = xml.slice(c.end, k + 1 < outer.length ? outer[k + 1].start : xml.length);
    const inner = openTag(body, 'Comment');
    if (!inner) return;
    const close = body.indexOf('</Comment>', inner.end);
    if (close < 0) return;
    const head = body.slice(0, inner.start);
    out.push({
      guid: fit(c.guid.toLowerCase(), MAX_GUID),
      date: fit(text(head, 'Date') ?? '', MAX_DATE),
      author: fit(text(head, 'Author') ?? '', MAX_NAME),
      text: fit(decodeXml(body.slice(inner.end, close)).trim(), MAX_TEXT),
    });
  });
  return out;
}

/** One markup.bcf's topic, or undefined when it has no topic Guid. */
export function parseMarkup(xml: string): BcfTopicIn | undefined {
  const t = openTag(xml, 'Topic');
  const startTag = t ? xml.slice(t.start, t.end) : '';
  const guid = attr(startTag, 'Guid')?.toLowerCase();
  if (!t || !guid) return undefined;
  const closeTopic = xml.indexOf('</Topic>', t.end);
  const topic = xml.slice(t.start, closeTopic < 0 ? xml.length : closeTopic);
  const assignee = text(topic, 'AssignedTo');
  const modified = text(topic, 'ModifiedDate');
  return {
    guid,
    status: attr(startTag, 'TopicStatus'),
    assignee: assignee === undefined ? undefined : fit(assignee, MAX_NAME),
    modified: modified === undefined ? undefined : fit(modified, MAX_DATE),
    comments: comments(xml),
  };
}
