/** Left palette: picking an entry arms the matching tool with its options (zone type, counter type …). */
import { useMemo, useState } from 'react';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { term } from '../i18n';
import { ToolIcon } from '../icons/ToolIcon';
import { catalogue, type CatalogueItem } from './catalogue-items';

function isActive(item: CatalogueItem, tool: string, options: Record<string, unknown>): boolean {
  if (item.tool !== tool) return false;
  return Object.entries(item.options ?? {}).every(([k, v]) => options[k] === v);
}

export function Catalogue() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const preset = useEditorState((s) => s.doc.meta.preset);
  const groups = useMemo(() => catalogue(preset), [preset]);
  const tool = useEditorState((s) => s.tool) as string;
  const toolOptions = useEditorState((s) => s.toolOptions) as Record<string, unknown>;
  const [filter, setFilter] = useState('');
  const [closed, setClosed] = useState<Record<string, boolean>>({ signs: true, vertical: true });
  const q = filter.trim().toLowerCase();
  const matches = (i: CatalogueItem) => i.label.zh.includes(q) || i.label.en.toLowerCase().includes(q);

  return (
    <section className="panel catalogue" aria-label={t('cat.title')}>
      <h2 className="panel-title">{t('cat.title')}</h2>
      <input className="cat-filter" type="search" placeholder={t('cat.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <div className="cat-groups">
        {groups.map((g) => {
          const items = q ? g.items.filter(matches) : g.items;
          if (items.length === 0) return null;
          const open = q !== '' || !closed[g.id];
          return (
            <div className="cat-group" key={g.id}>
              <button className="cat-group-title" aria-expanded={open} onClick={() => setClosed({ ...closed, [g.id]: open })}>
                <span className="caret">{open ? '▾' : '▸'}</span> {t(g.title)}
                <span className="count">{items.length}</span>
              </button>
              {open && (
                <ul className="cat-items">
                  {items.map((item) => (
                    <li key={item.id}>
                      <button
                        className={'cat-item' + (isActive(item, tool, toolOptions) ? ' active' : '')}
                        data-testid={`cat-${item.id}`}
                        title={locale === 'en' ? item.label.zh : item.label.en}
                        onClick={() => editor.setTool(item.tool, item.options)}
                      >
                        {item.swatch ? <span className="swatch" style={{ background: item.swatch }} /> : <ToolIcon name={item.icon} size={16} />}
                        <span className="cat-label">{term(item.label, locale)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {q !== '' && !groups.some((g) => g.items.some(matches)) && (
          <p className="muted" data-testid="cat-no-match">
            {t('cat.noMatch', { q: filter.trim() })}
          </p>
        )}
      </div>
    </section>
  );
}
