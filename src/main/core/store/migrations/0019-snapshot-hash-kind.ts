import type { Migration } from '../migration';

/**
 * What a print snapshot's SHA-256 covers (issue 14, "Printed in one pass").
 *
 * Until now `sha256` was the hash of the plan's own PDF, which made the print job draw every plan
 * twice in a combined batch (once into the combined file, once alone for the hash). A snapshot
 * now hashes what determines those bytes instead: the laid-out page (every string with its font,
 * size, gray and position, every line and fill), the document info, and the renderer that turns
 * them into PDF (pdfkit's and fontkit's versions, the font files, the drawing code's revision).
 *
 * - `hash_of`: 'pdf' for the snapshots printed before this migration (a reprint still compares
 *   bytes), 'layout' for those printed since.
 * - `renderer`: the renderer's identity when it was printed, in words
 *   ('pdfkit 0.17.2, fontkit 2.0.4, fonts 1a2b…, drawing 1'), so a reprint that is not identical
 *   can say whether the renderer changed; NULL exactly when `hash_of` is 'pdf'.
 */
export const snapshotHashKindMigration: Migration = {
  version: 19,
  name: 'snapshot hash kind',
  up(db) {
    db.exec(`
      ALTER TABLE print_snapshot ADD COLUMN hash_of TEXT NOT NULL DEFAULT 'pdf' CHECK (hash_of IN ('pdf', 'layout'));
      ALTER TABLE print_snapshot ADD COLUMN renderer TEXT CHECK ((renderer IS NULL) = (hash_of = 'pdf'));
    `);
  },
};
