/** A hidden file picker a menu item clicks; the chosen file is handed on and the picker cleared, so the same file can be picked again. */
export function HiddenFileInput({ ref, accept, testid, onFile }: { ref: React.Ref<HTMLInputElement>; accept: string; testid: string; onFile: (f: File) => void }) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      data-testid={testid}
      hidden
      onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) onFile(f);
      }}
    />
  );
}
