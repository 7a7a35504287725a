import { createHash } from 'node:crypto';
import type { PdfInfo } from './document';
import { fonts, FONT_NAMES } from './fonts';
import type { PlanLayout } from './layout';
import { libraryVersions } from './pdfkit';
import { DRAWING_REVISION, opKey } from './render';

/**
 * What a plan's own PDF is made from, hashed without drawing it (docs/ARCHITECTURE.md, "Print
 * snapshots"). The bytes of a plan alone are a pure function of three things: the laid-out pages
 * (every string with its font, size, gray and position, every rule and fill), the document info
 * (title, author, subject, language, creation date), and the renderer that turns them into PDF:
 * pdfkit's and fontkit's versions, the font files, and the drawing code's revision. The print job
 * hashes those instead of drawing each plan a second time; a reprint lays the stored view out
 * again and compares. Equal fingerprints mean equal bytes; a different renderer makes a different
 * fingerprint even where the bytes might have come out the same (the honest side to err on).
 */

let identity: string | null = null;

/**
 * The renderer in words, as a snapshot keeps it: 'pdfkit 0.17.2, fontkit 2.0.4, fonts 3f9a2c1d7e6b,
 * drawing 1'. The fonts' digest covers every font file's bytes, read once per process.
 */
export function rendererIdentity(): string {
  if (identity) return identity;
  const all = fonts();
  const digest = createHash('sha256');
  for (const name of FONT_NAMES) digest.update(`${name}\0`).update(createHash('sha256').update(all[name].buffer).digest());
  const versions = libraryVersions();
  identity = `pdfkit ${versions.pdfkit}, fontkit ${versions.fontkit}, fonts ${digest.digest('hex').slice(0, 12)}, drawing ${DRAWING_REVISION}`;
  return identity;
}

/** SHA-256 (hex) of what determines the plan's own PDF; `renderer` is today's unless told. */
export function layoutFingerprint(layout: PlanLayout, info: PdfInfo, renderer: string = rendererIdentity()): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([renderer, info.title, info.author, info.subject, info.lang, info.createdAt.toISOString(), layout.frame.width, layout.frame.height]));
  for (const page of layout.pages) {
    // One update per page: hashing op by op costs more in calls than in bytes.
    const keys: string[] = ['\npage'];
    for (const op of page.ops) keys.push(opKey(op));
    hash.update(keys.join('\n'));
  }
  return hash.digest('hex');
}
