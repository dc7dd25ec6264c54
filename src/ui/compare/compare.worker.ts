/**
 * Compares two versions of a hall off the main thread: the element diff and both halls checked (a cold check
 * of a hall is longer than a frame). Message in: { base, current }; out: { diff, findings } or { error }.
 */
import type { HallDocument } from '../../core/document';
import { compareVersions } from '../../core/version-diff';
import { checkHall } from '../../rules';
import { compareFindings } from '../../rules/version-findings';

const scope = self as unknown as { postMessage(msg: unknown): void; onmessage: ((ev: MessageEvent<{ base: HallDocument; current: HallDocument }>) => void) | null };

scope.onmessage = (ev) => {
  try {
    const { base, current } = ev.data;
    const diff = compareVersions(base, current);
    const findings = compareFindings(checkHall(base), checkHall(current), base.meta.findingStates, current.meta.findingStates);
    scope.postMessage({ diff, findings });
  } catch (e) {
    scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
