/**
 * BCF coming back from the design team (BIMcollab, Solibri, Revit add-ins, 2.1 or 3.0): each topic we
 * exported is found again by its GUID (derived from the finding's key), and its status, assignee and
 * comments become the finding's work-item state. Topics we did not write are counted and left alone.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { FindingComment, FindingState, FindingStatus, HallDocument } from '../../core/document';
import { stableUuid } from '../../core/ids';
import type { CheckResult } from '../types';

export interface BcfTopicIn {
  guid: string;
  status?: string;
  assignee?: string;
  modified?: string;
  comments: FindingComment[];
}

export interface BcfImport {
  /** The hall's finding states with the topics' applied. */
  states: Record<string, FindingState>;
  matched: number;
  /** Topics that are not findings of this hall (made in the other tool, or from another hall). */
  unmatched: number;
  changed: { key: string; from: FindingStatus; to: FindingStatus }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()],
  );
const text = (xml: string, tag: string) => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? decodeXml(m[1]).trim() : undefined;
};
const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

/** One markup.bcf's topic (2.1: comments beside the topic; 3.0: inside it). */
export function parseMarkup(xml: string): BcfTopicIn | undefined {
  const guid = attr(xml, 'Topic', 'Guid')?.toLowerCase();
  if (!guid) return undefined;
  const comments: FindingComment[] = [];
  // A comment element holds a Comment element with its text: match the outer ones by their Guid attribute.
  const re =
    /<Comment\s+Guid="([^"]+)"[^>]*>([\s\S]*?)<\/Comment>\s*(?:<Viewpoint\b[^>]*\/>\s*)?(?:<ModifiedDate>[^<]*<\/ModifiedDate>\s*)?(?:<ModifiedAuthor>[^<]*<\/ModifiedAuthor>\s*)?<\/Comment>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const body = m[2];
    const inner = /<Comment>([\s\S]*?)$/.exec(body)?.[1] ?? '';
    comments.push({ guid: m[1].toLowerCase(), date: text(body, 'Date') ?? '', author: text(body, 'Author') ?? '', text: decodeXml(inner).trim() });
  }
  const topic = /<Topic\b[\s\S]*?(?:<\/Topic>|$)/.exec(xml)?.[0] ?? xml;
  return { guid, status: attr(xml, 'Topic', 'TopicStatus'), assignee: text(topic, 'AssignedTo'), modified: text(topic, 'ModifiedDate'), comments };
}

/** A BCF status as ours: what BIMcollab (Active, Resolved, Closed), Solibri (Open, In Progress, Resolved, Closed) and others write. */
export function statusFromBcf(s: string | undefined, stillFound: boolean): FindingStatus | undefined {
  const v = (s ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (!v) return undefined;
  if (['open', 'active', 'new', 'reopened', 'assigned'].includes(v)) return 'open';
  if (['inprogress', 'inreview', 'review', 'pending'].includes(v)) return 'in-progress';
  if (['resolved', 'fixed', 'done'].includes(v)) return 'fixed';
  // Closed while the check still finds it: the team decided to keep it as it is.
  if (['closed', 'accepted', 'wontfix', 'approved', 'ignored'].includes(v)) return stillFound ? 'accepted' : 'fixed';
  return undefined;
}

function readBcfTopics(zip: Uint8Array): BcfTopicIn[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (e) {
    throw new Error(`not a BCF file (not a zip: ${e instanceof Error ? e.message : String(e)}) / 不是 BCF 文件`);
  }
  const markups = Object.keys(files).filter((k) => /(^|\/)markup\.bcf$/i.test(k));
  if (!markups.length && !files['bcf.version']) throw new Error('not a BCF file (no bcf.version and no markup.bcf) / 不是 BCF 文件');
  return markups.map((k) => parseMarkup(strFromU8(files[k]))).filter((t): t is BcfTopicIn => !!t);
}

/** Applies the topics to the hall's finding states; the finding keys are those of the current check and of states already kept. */
export function importBcf(doc: HallDocument, result: CheckResult, zip: Uint8Array): BcfImport {
  const topics = readBcfTopics(zip);
  const found = new Set(result.findings.map((f) => f.key));
  const keys = new Set([...found, ...Object.keys(doc.meta.findingStates ?? {})]);
  const byGuid = new Map([...keys].map((k) => [stableUuid(`topic:${k}`), k]));
  const states: Record<string, FindingState> = { ...(doc.meta.findingStates ?? {}) };
  const changed: BcfImport['changed'] = [];
  let matched = 0;
  for (const t of topics) {
    const key = byGuid.get(t.guid);
    if (!key) continue;
    matched++;
    const prev: FindingState = states[key] ?? { status: 'open' };
    const status = statusFromBcf(t.status, found.has(key)) ?? prev.status;
    const have = new Set((prev.comments ?? []).flatMap((c) => [c.guid, `${c.author}|${c.text}`]).filter(Boolean));
    // Our own acceptance reason comes back as a comment: it is the reason, not a new comment.
    const reasonGuid = stableUuid(`reason:${key}`);
    const fresh = t.comments.filter((c) => !have.has(c.guid) && !have.has(`${c.author}|${c.text}`) && c.guid !== reasonGuid);
    const lastWord = [...t.comments].reverse().find((c) => c.guid !== reasonGuid)?.text;
    const next: FindingState = {
      ...prev,
      status,
      ...(t.assignee ? { assignee: t.assignee } : {}),
      ...(fresh.length ? { comments: [...(prev.comments ?? []), ...fresh] } : {}),
      ...(status === 'accepted' && !prev.reason && lastWord ? { reason: lastWord } : {}),
      updated: t.modified ?? prev.updated ?? new Date().toISOString(),
    };
    if (next.status !== prev.status) changed.push({ key, from: prev.status, to: next.status });
    states[key] = next;
  }
  return { states, matched, unmatched: topics.length - matched, changed };
}
