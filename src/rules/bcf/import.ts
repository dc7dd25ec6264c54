/**
 * BCF coming back from the design team (BIMcollab, Solibri, Revit add-ins, 2.1 or 3.0): each topic we
 * exported is found again by its GUID (derived from the finding's key), and its status, assignee and
 * comments become the finding's work-item state. Topics we did not write are counted and left alone.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { FindingState, FindingStatus, HallDocument } from '../../core/document';
import { stableUuid } from '../../core/ids';
import { clip } from '../../core/limits';
import type { CheckResult } from '../types';
import { type BcfTopicIn, parseMarkup } from './markup';

export interface BcfImport {
  /** The hall's finding states with the topics' applied. */
  states: Record<string, FindingState>;
  matched: number;
  /** Topics that are not findings of this hall (made in the other tool, or from another hall). */
  unmatched: number;
  changed: { key: string; from: FindingStatus; to: FindingStatus }[];
}

/** Largest markup.bcf read (a topic with its comments is a few kB; this is thousands of them). */
const MAX_MARKUP_BYTES = 8 * 1024 * 1024;
/** Largest unpacked BCF read in all: a zip that unpacks past it is a bomb, not a review. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** The file format's limit on the comments one finding keeps (src/core/document.ts FindingStateSchema). */
const MAX_COMMENTS = 1000;

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
  let unpacked = 0;
  try {
    // Only the files read are unpacked, and their sizes are checked from the zip's directory first.
    files = unzipSync(zip, {
      filter: (f) => {
        if (!/(^|\/)markup\.bcf$/i.test(f.name) && f.name !== 'bcf.version') return false;
        unpacked += f.originalSize;
        if (f.originalSize > MAX_MARKUP_BYTES || unpacked > MAX_UNPACKED_BYTES) throw new BcfTooLarge(f.name, f.originalSize);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof BcfTooLarge) throw e;
    throw new Error(`not a BCF file (not a zip: ${clip(e instanceof Error ? e.message : String(e), 200)}) / 不是 BCF 文件`);
  }
  const markups = Object.keys(files).filter((k) => /(^|\/)markup\.bcf$/i.test(k));
  if (!markups.length && !files['bcf.version']) throw new Error('not a BCF file (no bcf.version and no markup.bcf) / 不是 BCF 文件');
  return markups.map((k) => parseMarkup(strFromU8(files[k]))).filter((t): t is BcfTopicIn => !!t);
}

class BcfTooLarge extends Error {
  constructor(name: string, size: number) {
    const mb = Math.round(size / 1024 / 1024);
    super(
      `${clip(name, 80)} unpacks to ${mb} MB, more than a BCF review holds (${MAX_MARKUP_BYTES / 1024 / 1024} MB per topic, ${MAX_UNPACKED_BYTES / 1024 / 1024} MB in all); not read / BCF 文件解压后过大（${mb} MB），未读取`,
    );
    this.name = 'BcfTooLarge';
  }
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
    const last = [...t.comments].reverse().find((c) => c.guid !== reasonGuid);
    const lastWord = last?.text;
    const next: FindingState = {
      ...prev,
      status,
      ...(t.assignee ? { assignee: t.assignee } : {}),
      // The file keeps at most MAX_COMMENTS per finding: the earliest ones stay, as the thread starts there.
      ...(fresh.length ? { comments: [...(prev.comments ?? []), ...fresh].slice(0, MAX_COMMENTS) } : {}),
      // Closed in the design team's tool: its last word is the reason, signed by whoever wrote it.
      ...(status === 'accepted' && !prev.reason && lastWord ? { reason: lastWord, ...(last?.author ? { acceptedBy: last.author } : {}) } : {}),
      updated: t.modified ?? prev.updated ?? new Date().toISOString(),
    };
    if (next.status !== prev.status) changed.push({ key, from: prev.status, to: next.status });
    // A topic coming back as it went out changes nothing: no state written for it, no date moved (a later export
    // would otherwise say every topic was modified at the import).
    const same = next.status === prev.status && next.assignee === prev.assignee && !fresh.length && next.reason === prev.reason;
    if (!same) states[key] = next;
  }
  return { states, matched, unmatched: topics.length - matched, changed };
}
