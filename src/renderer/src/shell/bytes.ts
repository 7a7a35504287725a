/**
 * Files cross to the Node side as base64 inside JSON (the same call works over IPC and HTTP).
 * A roster can be tens of megabytes, so the conversion works in chunks and lets the window
 * breathe between them instead of building one enormous argument list or string in one go.
 */

/** A multiple of 3, so each chunk encodes to whole base64 quads and the pieces concatenate. */
const CHUNK_BYTES = 3 * 16384;
/** How long to convert before handing the thread back to the page (input, painting). */
const SLICE_MS = 8;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type WithToBase64 = Uint8Array & { toBase64?: () => string };

/** One chunk: the engine's own encoder where it has one (Chromium 140+), else btoa over a Latin-1 string. */
function encodeChunk(chunk: Uint8Array): string {
  const native = (chunk as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(chunk);
  // apply, not a spread: a spread of 48k arguments is several times slower in V8.
  return btoa(String.fromCharCode.apply(null, chunk as unknown as number[]));
}

export async function bytesToBase64(bytes: Uint8Array, signal?: AbortSignal): Promise<string> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(encodeChunk(bytes.subarray(start, start + CHUNK_BYTES)));
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return parts.join('');
}

type WithFromBase64 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };

export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as WithFromBase64).fromBase64;
  if (typeof native === 'function') return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';
