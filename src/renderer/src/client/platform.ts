import { desktopBridge } from './api';

/**
 * Desktop-only affordances (native save dialog, open in the system PDF viewer, ...) behind one
 * small interface with a browser fallback. The rest of the renderer calls `platform` and never
 * checks which transport it runs on.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Offers bytes to the counselor as a file named `name` (a save dialog or a download). */
  saveFile(name: string, bytes: Uint8Array, type?: string): Promise<void>;
}

/** The browser's way: a Blob behind a temporary download link. */
function downloadViaLink(name: string, bytes: Uint8Array, type = 'application/octet-stream'): Promise<void> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve();
}

function createPlatform(): Platform {
  // The preload does not expose a native save dialog yet; until it does, the desktop window uses
  // the same download link (Electron turns it into its own save prompt).
  if (desktopBridge()) return { kind: 'desktop', saveFile: downloadViaLink };
  return { kind: 'browser', saveFile: downloadViaLink };
}

export const platform: Platform = createPlatform();
