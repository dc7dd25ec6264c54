/** The 文件 menu: new, open, import IFC, save, download a copy, compare with a version, and the exports. */
import { useCallback, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { compareWith } from '../compare/compare-with';
import { useEditor, useEditorState, useT } from '../EditorContext';
import { ExportPrompts } from '../exports/ExportPrompts';
import { useEditorExport } from '../exports/useEditorExport';
import { newHall, openFile, saveHall } from '../files/actions';
import { originalIfcBytes } from '../files/replace-hall';
import { HiddenFileInput } from '../files/HiddenFileInput';
import { ToolIcon } from '../icons/ToolIcon';
import { uiStore } from '../ui-store';
import { useDismiss } from '../useDismiss';
import { ExportMenuItems } from './ExportMenuItems';

export function FileMenu() {
  const editor = useEditor();
  const t = useT();
  const locale = useEditorState((s) => s.locale);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ifcInput = useRef<HTMLInputElement>(null);
  const dxfInput = useRef<HTMLInputElement>(null);
  const underlayInput = useRef<HTMLInputElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const ifcModelName = useStore(uiStore, (s) => s.ifcModelName);
  const exporter = useEditorExport(editor, t, locale);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(menu, open, close);
  // Every item closes the menu before it acts.
  const item = (fn: () => unknown) => () => {
    setOpen(false);
    fn();
  };
  // The IFC the hall was imported from is still held: compare the hall as edited with that original model.
  const compareWithOriginal = async () => {
    const bytes = originalIfcBytes();
    if (bytes && ifcModelName) await compareWith(editor, new File([bytes as Uint8Array<ArrayBuffer>], ifcModelName));
  };

  return (
    <div className="menu" ref={menu}>
      <button className="tb-btn" data-testid="file-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        <ToolIcon name="file" size={18} /> {t('file.menu')}
      </button>
      <HiddenFileInput ref={input} accept=".json,.hall.json,.ifc,.dxf,.dwg,.png,.jpg,.jpeg,.pdf" testid="file-input" onFile={(f) => void openFile(editor, f)} />
      <HiddenFileInput ref={ifcInput} accept=".ifc" testid="ifc-input" onFile={(f) => void openFile(editor, f)} />
      <HiddenFileInput ref={dxfInput} accept=".dxf,.dwg" testid="dxf-input" onFile={(f) => void openFile(editor, f)} />
      <HiddenFileInput ref={underlayInput} accept=".png,.jpg,.jpeg,.pdf" testid="underlay-input" onFile={(f) => void openFile(editor, f)} />
      <HiddenFileInput ref={compareInput} accept=".json,.hall.json,.ifc" testid="compare-input" onFile={(f) => void compareWith(editor, f)} />
      {open && (
        <div className="menu-pop" role="menu">
          <button role="menuitem" data-testid="file-new" onClick={item(() => newHall(editor))}>
            {t('file.new')}
          </button>
          <button role="menuitem" data-testid="file-open" onClick={item(() => input.current?.click())}>
            {t('file.open')} <kbd>Ctrl+O</kbd>
          </button>
          <button role="menuitem" data-testid="file-import-ifc" onClick={item(() => ifcInput.current?.click())}>
            {t('file.openIfc')}
          </button>
          <button role="menuitem" data-testid="file-import-dxf" onClick={item(() => dxfInput.current?.click())}>
            {t('file.openDxf')}
          </button>
          <button role="menuitem" data-testid="file-add-underlay" title={t('file.openUnderlayTitle')} onClick={item(() => underlayInput.current?.click())}>
            {t('file.openUnderlay')}
          </button>
          <button role="menuitem" data-testid="file-save" onClick={item(() => void saveHall(editor, 'save'))}>
            {t('file.save')} <kbd>Ctrl+S</kbd>
          </button>
          <button role="menuitem" data-testid="file-download" onClick={item(() => void saveHall(editor, 'download'))}>
            {t('file.download')}
          </button>
          <button role="menuitem" data-testid="file-compare" title={t('compare.menuTitle')} onClick={item(() => compareInput.current?.click())}>
            {t('compare.menu')}
          </button>
          {ifcModelName && originalIfcBytes() && (
            <button role="menuitem" data-testid="file-compare-original" onClick={item(() => void compareWithOriginal())}>
              {t('compare.original', { name: ifcModelName })}
            </button>
          )}
          <ExportMenuItems start={(def) => item(() => exporter.start(def))()} printPdf={(def) => item(() => void exporter.printPdf(def))()} />
        </div>
      )}
      <ExportPrompts exporter={exporter} />
    </div>
  );
}
