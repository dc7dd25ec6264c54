/**
 * The version comparison drawer: elements added, removed and changed, and findings new, fixed and still open,
 * between the open hall and another version of it. A click on a row frames it on its floor: elements and
 * findings of the open hall by their elements, removed elements and fixed findings where they were.
 */
import { useStore } from 'zustand';
import type { VersionChange } from '../../core/version-diff';
import { KINDS } from '../../core/kinds/registry';
import type { Vec2 } from '../../core/geometry/vec';
import type { Finding } from '../../rules/types';
import type { StatusChange } from '../../rules/version-findings';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term, type MessageKey } from '../i18n';
import { compareStore } from './compare-store';
import { recompare } from './compare-with';
import { frameVersionRow } from './frame-version';
import { findingText } from '../findings/finding-text';

/** Names of the properties a change lists; others are shown by their key. */
const FIELDS: Record<string, MessageKey> = {
  position: 'compare.field.position',
  polygon: 'compare.field.polygon',
  a: 'compare.field.ends',
  b: 'compare.field.ends',
  type: 'compare.field.type',
  floor: 'compare.field.floor',
  name: 'compare.field.name',
  width: 'compare.field.width',
  rotation: 'compare.field.rotation',
  number: 'compare.field.number',
  text: 'compare.field.text',
};

/** The drawer's title, the version compared with, and its buttons. */
function CompareHeader() {
  const editor = useEditor();
  const t = useT();
  const st = useStore(compareStore);
  return (
    <header>
      <h2>{t('compare.title')}</h2>
      <span>{t('compare.against', { name: st.baseName ?? '' })}</span>
      <span className="spacer" />
      <button className="tb-btn" data-testid="compare-refresh" disabled={st.busy || !st.base} onClick={() => void recompare(editor)}>
        {t('compare.refresh')}
      </button>
      <button className="banner-close" title={t('compare.close')} onClick={() => compareStore.setState({ open: false })}>
        ×
      </button>
    </header>
  );
}

export function ComparePanel() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const doc = useEditorState((s) => s.settledDoc);
  const st = useStore(compareStore);
  if (!st.open) return null;
  const floorName = (id?: string) => doc.floors.find((f) => f.id === id)?.name ?? st.base?.floors.find((f) => f.id === id)?.name ?? '';

  const frameAt = (floorId: string | undefined, ids: string[], at?: Vec2) => frameVersionRow(editor, floorId, ids, at);

  const changeRow = (c: VersionChange, section: string) => (
    <li key={`${section}-${c.id}`}>
      <button className="link" data-testid={`compare-${section}-row`} onClick={() => frameAt(c.floorId, section === 'removed' ? [] : [c.id], c.at)}>
        {term(c.name, locale)}
      </button>
      <small>
        {' '}
        · {term(KINDS[c.kind].label, locale)} · {floorName(c.floorId)}
        {c.fields?.length ? ` · ${[...new Set(c.fields.map((f) => (FIELDS[f] ? t(FIELDS[f]) : f)))].join('、')}` : ''}
      </small>
    </li>
  );
  // A status change adds the finding's status before → now (reviewers' decisions, as an issue comparison shows).
  const findingRow = (f: Finding, section: string, change?: StatusChange) => (
    <li key={`${section}-${f.key}`} className={`sev-${f.severity}`}>
      <button className="link" data-testid={`compare-${section}-row`} onClick={() => frameAt(f.floorId, section === 'fixed' ? [] : f.elementIds, f.at)}>
        {findingText(section === 'fixed' && st.base ? st.base : doc, term(f.message, locale), locale === 'en' ? 'en' : 'zh', f.elementIds)}
      </button>
      <small data-testid={`compare-${section}-note`}>
        {change ? ` · ${t(`findings.status.${change.from}`)} → ${t(`findings.status.${change.to}`)}` : ''} · {floorName(f.floorId)}
      </small>
    </li>
  );
  const section = <T,>(key: string, title: MessageKey, items: T[] | undefined, row: (x: T, s: string) => React.ReactNode) => (
    <section data-testid={`compare-${key}`}>
      <h3>
        {t(title)} <span data-testid={`compare-${key}-count`}>{items?.length ?? 0}</span>
      </h3>
      {items?.length ? <ul>{items.slice(0, 300).map((x) => row(x, key))}</ul> : null}
    </section>
  );

  return (
    <aside className="compare" data-testid="compare-panel" aria-label={t('compare.title')}>
      <CompareHeader />
      {st.busy && <p data-testid="compare-busy">{t('compare.busy')}</p>}
      {st.error && <p className="error">{st.error}</p>}
      {st.diff && st.findings && !st.busy && (
        <div className="compare-body">
          <p data-testid="compare-summary">
            {t('compare.summary', {
              added: st.diff.added.length,
              removed: st.diff.removed.length,
              changed: st.diff.changed.length,
              fresh: st.findings.new.length,
              fixed: st.findings.fixed.length,
              open: st.findings.open.length,
              status: st.findings.status.length,
            })}
          </p>
          {section('added', 'compare.added', st.diff.added, changeRow)}
          {section('removed', 'compare.removed', st.diff.removed, changeRow)}
          {section('changed', 'compare.changed', st.diff.changed, changeRow)}
          {section('new', 'compare.new', st.findings.new, findingRow)}
          {section('fixed', 'compare.fixed', st.findings.fixed, findingRow)}
          {section('status', 'compare.status', st.findings.status, (c, k) => findingRow(c.finding, k, c))}
          {section('open', 'compare.open', st.findings.open, findingRow)}
        </div>
      )}
    </aside>
  );
}
