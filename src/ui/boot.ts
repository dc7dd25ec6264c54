/**
 * Which hall the editor opens with: `?empty` → a blank hall; `#hall=<JSON, URI-encoded or base64url>` or
 * `#hall=<same-origin URL>` → that hall; otherwise the county sample. A bad `#hall=` falls back to a blank hall
 * with the loader's problems, so the page still opens and says what was wrong.
 */
import { emptyDocument, parseHallText, parseHallValue, type HallDocument, type LoadProblem } from '../core';

export interface Boot {
  doc: HallDocument;
  source: 'empty' | 'hash' | 'sample';
  problems?: LoadProblem[];
}

function decodeBase64Url(s: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(s)) return undefined;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The hall text named by a `#hall=` fragment (inline) or the URL to fetch it from. */
export function hallFromHash(hash: string): { text?: string; url?: string } | undefined {
  const m = /^#?hall=(.*)$/s.exec(hash);
  if (!m) return undefined;
  let v = m[1];
  try {
    v = decodeURIComponent(v);
  } catch {
    // keep it raw
  }
  if (v.trimStart().startsWith('{')) return { text: v };
  const b64 = decodeBase64Url(v);
  if (b64?.trimStart().startsWith('{')) return { text: b64 };
  return { url: v };
}

export async function bootDocument(search: string, hash: string, sample: unknown, origin = globalThis.location?.origin): Promise<Boot> {
  const params = new URLSearchParams(search);
  const h = hallFromHash(hash);
  if (h) {
    let text = h.text;
    if (text === undefined && h.url) {
      try {
        const url = new URL(h.url, origin);
        if (url.origin !== origin) throw new Error(`only same-origin halls may be opened from the address (${url.origin})`);
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        text = await res.text();
      } catch (e) {
        return { doc: emptyDocument(), source: 'empty', problems: [{ path: '', message: `#hall=: ${e instanceof Error ? e.message : String(e)}` }] };
      }
    }
    const r = parseHallText(text ?? '');
    return r.ok ? { doc: r.doc, source: 'hash' } : { doc: emptyDocument(), source: 'empty', problems: r.problems };
  }
  if (params.has('empty')) return { doc: emptyDocument(), source: 'empty' };
  const r = parseHallValue(sample);
  return r.ok ? { doc: r.doc, source: 'sample' } : { doc: emptyDocument(), source: 'empty', problems: r.problems };
}
