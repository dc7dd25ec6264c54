/** What an export started from the File menu asks before it runs: its options, or its preflight warnings. */
import type { useEditorExport } from './useEditorExport';
import { ExportDialog } from './ExportDialog';
import { NavMapWarningsDialog } from './NavMapWarningsDialog';
import { rememberOptions, rememberedOptions } from './run-export';

export function ExportPrompts({ exporter }: { exporter: ReturnType<typeof useEditorExport> }) {
  const { pending, run, settle } = exporter;
  const { asking, preflight } = pending;
  return (
    <>
      {preflight && (
        <NavMapWarningsDialog
          warnings={preflight.warnings}
          onCancel={settle}
          onExport={() => {
            settle();
            void run(preflight.def, preflight.options, true);
          }}
        />
      )}
      {asking && (
        <ExportDialog
          def={asking}
          initial={rememberedOptions(asking)}
          onCancel={settle}
          onRun={(options) => {
            rememberOptions(asking, options);
            settle();
            void run(asking, options);
          }}
        />
      )}
    </>
  );
}
