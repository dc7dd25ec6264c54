/** The 文件 menu: new, open, import IFC, save, download a copy, and the exports. */
import { Fragment, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor, useT } from '../EditorContext';
import { ToolIcon } from '../icons/ToolIcon';
import { newHall, openFile, originalIfcBytes, saveHall } from '../files/actions';
import { downloadBlob, safeFileName, toBlob } from '../files/download';
import { EXPORTS } from '../../exports/registry';
import type { HallDocument } from '../../core/document';
import type { ExportDef, ExportWarning } from '../../exports/types';
import { ExportDialog } from '../exports/ExportDialog';
import { rememberOptions, rememberedOptions, runEditorExport } from '../exports/run-export';
import { term } from '../i18n';
import { checkStore } from '../findings/check-store';
import { NavMapWarningsDialog } from '../exports/NavMapWarningsDialog';
import { notify, uiStore } from '../ui-store';
import { printReport } from '../exports/print-report';
import { compareWith } from '../compare/compare-with';
import { compareStore } from '../compare/compare-store';

/** The version the open hall is being compared with, while the comparison drawer is open: the report includes it. */
function comparedVersion(): { doc: HallDocument; name: string } | undefined {
  const c = compareStore.getState();
  return c.open && c.base ? { doc: c.base, name: c.baseName ?? '' } : undefined;
}

export function FileMenu() {
  const editor = useEditor();
  const t = useT();
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ifcInput = useRef<HTMLInputElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const busy = useStore(uiStore, (s) => s.busy);
  const locale = useStore(editor.store, (s) => s.locale);
  const [asking, setAsking] = useState<ExportDef | null>(null);
  const [preflight, setPreflight] = useState<{ def: ExportDef; options: Record<string, string | undefined>; warnings: ExportWarning[] } | null>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const doExport = async (def: ExportDef, options: Record<string, string | undefined>, confirmed = false) => {
    setOpen(false);
    // Exports that can be poor (a nav map with no entrance) say so first: export anyway, or cancel and fix.
    if (def.preflight && !confirmed) {
      const warnings = await def.preflight(editor.doc);
      if (warnings.length) {
        setPreflight({ def, options, warnings });
        return;
      }
    }
    const what = term(def.label, locale);
    uiStore.setState({ busy: { label: t('export.working', { what }) } });
    try {
      // Let the progress bar paint before a long synchronous exporter starts.
      await new Promise((r) => setTimeout(r, 0));
      const file = safeFileName(editor.doc.meta.name) + def.ext;
      const out = await runEditorExport(def, {
        doc: editor.doc,
        options,
        result: checkStore.getState().result,
        originalIfc: editor.doc.meta.source?.kind === 'ifc' ? originalIfcBytes() : undefined,
        fileName: file,
        compareWith: comparedVersion(),
      });
      downloadBlob(toBlob(out.data, def.mime), file);
      notify(t('export.done', { file }));
    } catch (e) {
      editor.store.setState({ error: { message: t('export.failed', { msg: e instanceof Error ? e.message : String(e) }) } });
    } finally {
      uiStore.setState({ busy: undefined });
    }
  };

  // The report as PDF: the browser's print path (see print-report.ts for why not a PDF library).
  const printPdf = async () => {
    setOpen(false);
    const def = EXPORTS.find((d) => d.id === 'report');
    if (!def) return;
    try {
      const out = await runEditorExport(def, { doc: editor.doc, options: {}, result: checkStore.getState().result, fileName: '', compareWith: comparedVersion() });
      printReport(typeof out.data === 'string' ? out.data : new TextDecoder().decode(out.data as Uint8Array), `${safeFileName(editor.doc.meta.name)}-report`);
      notify(t('reportPdf.hint'));
    } catch (e) {
      editor.store.setState({ error: { message: t('export.failed', { msg: e instanceof Error ? e.message : String(e) }) } });
    }
  };

  const startExport = (def: ExportDef) => {
    setOpen(false);
    if (def.options.some((o) => o.ask)) setAsking(def);
    else void doExport(def, rememberedOptions(def));
  };

  return (
    <div className="menu" ref={menu}>
      <button className="tb-btn" data-testid="file-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        <ToolIcon name="file" size={18} /> {t('file.menu')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.hall.json,.ifc,.dxf,.dwg,.png,.jpg,.jpeg,.pdf"
        data-testid="file-input"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openFile(editor, f);
        }}
      />
      <input
        ref={ifcInput}
        type="file"
        accept=".ifc"
        data-testid="ifc-input"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openFile(editor, f);
        }}
      />
      <input
        ref={compareInput}
        type="file"
        accept=".json,.hall.json,.ifc"
        data-testid="compare-input"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void compareWith(editor, f);
        }}
      />
      {preflight && (
        <NavMapWarningsDialog
          warnings={preflight.warnings}
          onCancel={() => setPreflight(null)}
          onExport={() => {
            const p = preflight;
            setPreflight(null);
            void doExport(p.def, p.options, true);
          }}
        />
      )}
      {open && (
        <div className="menu-pop" role="menu">
          <button role="menuitem" data-testid="file-new" onClick={() => (setOpen(false), newHall(editor))}>
            {t('file.new')}
          </button>
          <button role="menuitem" data-testid="file-open" onClick={() => (setOpen(false), input.current?.click())}>
            {t('file.open')} <kbd>Ctrl+O</kbd>
          </button>
          <button role="menuitem" data-testid="file-import-ifc" onClick={() => (setOpen(false), ifcInput.current?.click())}>
            {t('file.openIfc')}
          </button>
          <button role="menuitem" data-testid="file-save" onClick={() => (setOpen(false), void saveHall(editor, 'save'))}>
            {t('file.save')} <kbd>Ctrl+S</kbd>
          </button>
          <button role="menuitem" data-testid="file-download" onClick={() => (setOpen(false), void saveHall(editor, 'download'))}>
            {t('file.download')}
          </button>
          <button role="menuitem" data-testid="file-compare" title={t('compare.menuTitle')} onClick={() => (setOpen(false), compareInput.current?.click())}>
            {t('compare.menu')}
          </button>
          <div className="menu-sep">{t('file.export')}</div>
          {EXPORTS.map((def) => (
            <Fragment key={def.id}>
              <button role="menuitem" data-testid={`export-${def.id}`} aria-disabled={!!busy} onClick={() => !busy && startExport(def)}>
                {term(def.label, locale) + (def.options.some((o) => o.ask) ? '…' : '')}
              </button>
              {def.id === 'report' && (
                <button role="menuitem" data-testid="print-report-pdf" aria-disabled={!!busy} onClick={() => !busy && void printPdf()}>
                  {t('reportPdf.menu')}
                </button>
              )}
            </Fragment>
          ))}
        </div>
      )}
      {asking && (
        <ExportDialog
          def={asking}
          initial={rememberedOptions(asking)}
          onCancel={() => setAsking(null)}
          onRun={(options) => {
            rememberOptions(asking, options);
            setAsking(null);
            void doExport(asking, options);
          }}
        />
      )}
    </div>
  );
}
