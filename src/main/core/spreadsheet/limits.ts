/**
 * Caps that keep a hostile or mistaken file from freezing the app. A roster of 20,000 students
 * with 40 columns is under 1,000,000 cells and ~30 MB of sheet XML, so each cap leaves room for
 * any real school while answering a zip bomb within seconds.
 */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
export const MAX_CELLS = 2_000_000;
/**
 * A course history is much longer than a roster: 2,000 students × four years with quarter rows is
 * ~300,000 rows of ~15 columns (4.5 million cells). Its import reads with this cap instead.
 */
export const MAX_HISTORY_CELLS = 12_000_000;
/** Excel's own limit for one cell; longer text cannot have come from a spreadsheet a person edits. */
export const MAX_CELL_CHARS = 32_767;
/** A CSV is parsed in one go; past this size the parse alone would stall the main process. */
export const MAX_TEXT_BYTES = 100 * 1024 * 1024;
/** Title rows, print headers and notes above the header row rarely take more than a handful. */
export const HEADER_SCAN_ROWS = 30;
