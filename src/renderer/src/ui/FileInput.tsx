import { bytesToBase64 } from '../shell/bytes';

/**
 * The one way a page takes a file (roster, catalog, programs): a file input whose chosen file goes
 * to `onFile`. The input is cleared at once, so choosing the same file again (after fixing it) is
 * a change too. Its label is the page's, tied by `id`.
 */
export function FileInput({ id, accept, className, onFile }: { id: string; accept: string; className: string; onFile(file: File): void }) {
  return (
    <input
      id={id}
      type="file"
      accept={accept}
      className={className}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}

/** A chosen file as the contract takes it: base64, converted in slices so the window stays free. */
export async function fileToBase64(file: File, signal?: AbortSignal): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()), signal);
}
