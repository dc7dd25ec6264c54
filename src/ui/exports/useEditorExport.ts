import { useState } from 'react';
import type { HallDocument } from '../../core/document';
import type { Editor } from '../../editor/editor';
import type { ExportDef, ExportWarning } from '../../exports/types';
import { compareStore } from '../compare/compare-store';
import { originalIfcBytes } from '../files/replace-hall';
import { downloadBlob, safeFileName, toBlob } from '../files/download';
import { checkStore } from '../findings/check-store';
import { type Locale, type Translate, term } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { printReport } from './print-report';
import { rememberedOptions, runEditorExport } from './run-export';

type Options = Record<string, string | undefined>;

/** An export waiting on the user: its options to ask for, or the warnings of its preflight to confirm. */
export interface PendingExport {
  asking: ExportDef | null;
  preflight: { def: ExportDef; options: Options; warnings: ExportWarning[] } | null;
}

/** The version the open hall is being compared with, while the comparison drawer is open: the report includes it. */
function comparedVersion(): { doc: HallDocument; name: string } | undefined {
  const c = compareStore.getState();
  return c.open && c.base ? { doc: c.base, name: c.baseName ?? '' } : undefined;
}

/**
 * The editor's side of the export registry: start an export (asking its options first where it has to), confirm a
 * poor result's warnings, run it with a progress bar and download the file; and the report printed as PDF.
 */
export function useEditorExport(editor: Editor, t: Translate, locale: Locale) {
  const [pending, setPending] = useState<PendingExport>({ asking: null, preflight: null });
  const failed = (e: unknown) => editor.store.setState({ error: { message: t('export.failed', { msg: e instanceof Error ? e.message : String(e) }) } });

  const run = async (def: ExportDef, options: Options, confirmed = false) => {
    // Exports that can be poor (a nav map with no entrance) say so first: export anyway, or cancel and fix.
    if (def.preflight && !confirmed) {
      const warnings = await def.preflight(editor.doc);
      if (warnings.length) {
        setPending({ asking: null, preflight: { def, options, warnings } });
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
        originalIfc: def.reads?.includes('original-ifc') && editor.doc.meta.source?.kind === 'ifc' ? originalIfcBytes() : undefined,
        fileName: file,
        compareWith: comparedVersion(),
      });
      downloadBlob(toBlob(out.data, def.mime), file);
      notify(t('export.done', { file }));
    } catch (e) {
      failed(e);
    } finally {
      uiStore.setState({ busy: undefined });
    }
  };

  const start = (def: ExportDef) => {
    if (def.options.some((o) => o.ask)) setPending({ asking: def, preflight: null });
    else void run(def, rememberedOptions(def));
  };

  // The report as PDF: the browser's print path (see print-report.ts for why not a PDF library).
  const printPdf = async (def: ExportDef) => {
    try {
      const out = await runEditorExport(def, { doc: editor.doc, options: {}, result: checkStore.getState().result, fileName: '', compareWith: comparedVersion() });
      printReport(typeof out.data === 'string' ? out.data : new TextDecoder().decode(out.data as Uint8Array), safeFileName(editor.doc.meta.name) + def.ext.replace(/\.html$/, ''));
      notify(t('reportPdf.hint'));
    } catch (e) {
      failed(e);
    }
  };

  const settle = () => setPending({ asking: null, preflight: null });
  return { pending, start, run, printPdf, settle };
}
