import type { Block } from './flow';
import type { DrawOp, TextOp } from './geometry';
import type { PdfDocument } from './pdfkit';

/**
 * The family's copy as a tagged PDF (PDF/UA): what a screen reader walks instead of the ink.
 *
 * The layout says where each line of text belongs with a path on its TextOp (`tag`), built here
 * and nowhere else: 'H1', 'P:student', 'Table/TR:3/TD:2', 'L:1/LI:4/LBody'. Each segment is a
 * structure type, with a key after ':' when siblings share the type; lines with the same path are
 * one element, wherever they are drawn (a table or a list continuing on the next page stays one
 * table, one list). A key may end in '@' and a language ('Span:3.1@en'): the element's /Lang. Elements appear in the tree in the order their first line is drawn, so the
 * reading order is the order the layout draws in. Text without a path is its own paragraph;
 * ARTIFACT marks what is furniture (footers, the header and grid head repeated on a later page);
 * rules and fills are always artifacts.
 *
 * The renderer side (PlanStructure) turns paths into pdfkit's structure elements: one Sect per plan
 * under the document's one Document element, so a batch is one tree with a section per plan.
 */

export const ARTIFACT = 'Artifact';

export const TAGS = {
  /** The plan's title line. */
  title: 'H1',
  /** A list's heading ("Goals"). */
  heading: (key: string) => `H2:${key}`,
  paragraph: (key: string) => `P:${key}`,
  /** The grid's header row: column 0 names the rows ("Area"), then one per year. */
  columnHead: (column: number) => `Table/TR:head/TH:${column}`,
  /** A grid row's label, which heads its row. */
  rowHead: (row: number) => `Table/TR:${row}/TH:0`,
  /** A year's cell of a grid row; columns count from 1 (0 is the row's label). */
  cell: (row: number, column: number) => `Table/TR:${row}/TD:${column}`,
  /** The body of item `item` of list `list` (its bullet included). */
  listItem: (list: number, item: number) => `L:${list}/LI:${item}/LBody`,
  /** Words in another language inside `parent` (a course title on a Spanish plan): a Span with its Lang. */
  span: (parent: string, key: string, lang: string) => `${parent}/Span:${key}@${lang}`,
} as const;

/** The op, placed in the structure at `path` (text only: rules and fills are never content). */
export function tagged<T extends DrawOp | null>(op: T, path: string): T {
  if (op && op.kind === 'text') op.tag = path;
  return op;
}

export function taggedAll<T extends DrawOp>(ops: T[], path: string): T[] {
  for (const op of ops) tagged(op, path);
  return ops;
}

/** A block whose text is all content of `path`. */
export function taggedBlock(block: Block, path: string): Block {
  return { height: block.height, draw: (top) => taggedAll(block.draw(top), path) };
}

/**
 * A block drawn again on a later page (the header, the grid's head row): the same ink, as an
 * artifact, so a reader hears it once. Drawing makes fresh ops, so marking them changes no other page.
 */
export function asArtifact(block: Block): Block {
  return taggedBlock(block, ARTIFACT);
}

/** The structure path of an op as drawn: rules and fills are artifacts; text without one is a paragraph of its own. */
export function opPath(op: DrawOp): string | undefined {
  return op.kind === 'text' ? (op as TextOp).tag : ARTIFACT;
}

type Element = PDFKit.PDFStructureElement;

/** pdfkit's element keeps its dictionary unexported (0.17): a header cell's scope, a cell's span, are written there. */
function setAttributes(element: Element, attributes: Record<string, string | number>): void {
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = attributes;
}

/** A table row's cells so far, and the table it is in. */
interface Row {
  table: Element;
  cells: number;
  first: boolean;
}

const roots = new WeakMap<PdfDocument, Element>();

/** The document's one Document element, attached to its structure tree on first use. */
function documentRoot(doc: PdfDocument): Element {
  let root = roots.get(doc);
  if (!root) {
    root = doc.struct('Document');
    doc.addStructure(root);
    roots.set(doc, root);
  }
  return root;
}

/** A structure for one plan when the document is tagged (document.ts's are; a report's is not). */
export function planStructure(doc: PdfDocument): PlanStructure | null {
  return (doc as unknown as { options?: { tagged?: boolean } }).options?.tagged ? new PlanStructure(doc) : null;
}

/** One plan's structure: a Sect in the document's tree, ended (and so written out) by end(). */
export class PlanStructure {
  private readonly sect: Element;
  private readonly elements = new Map<string, { element: Element; type: string }>();
  private readonly rows = new Map<Element, Row>();
  /** Each table's widest row, in cells. */
  private readonly widths = new Map<Element, number>();

  constructor(private readonly doc: PdfDocument) {
    this.sect = doc.struct('Sect');
    documentRoot(doc).add(this.sect);
  }

  /** Draws what `draw` writes to the page as content of `path` (undefined: a paragraph of its own). */
  mark(path: string | undefined, draw: () => void): void {
    if (path === ARTIFACT) {
      this.doc.markContent('Artifact');
      draw();
      this.doc.endMarkedContent();
      return;
    }
    const { element, type } = path === undefined ? { element: this.add(this.sect, 'P'), type: 'P' } : this.element(path);
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Ends the plan's elements, which writes them out: call after its last page. */
  end(): void {
    // A row whose last cells are empty gets empty cells, so every row has one under each column head.
    for (const [row, { table }] of this.rows) this.pad(row, this.widths.get(table) ?? 0);
    this.sect.end();
  }

  private element(path: string): { element: Element; type: string } {
    const known = this.elements.get(path);
    if (known) return known;
    const cut = path.lastIndexOf('/');
    const parent = cut < 0 ? this.sect : this.element(path.slice(0, cut)).element;
    const [type = 'P', keyed = ''] = path.slice(cut + 1).split(':');
    const [key, lang] = keyed.split('@');
    const row = this.rows.get(parent);
    const element = row && (type === 'TH' || type === 'TD') ? this.cell(parent, row, type, Number(key)) : this.add(parent, type, lang);
    if (type === 'TR') {
      this.rows.set(element, { table: parent, cells: 0, first: !this.widths.has(parent) });
      this.widths.set(parent, this.widths.get(parent) ?? 0);
    }
    const made = { element, type };
    this.elements.set(path, made);
    return made;
  }

  /** A cell keyed by its column: the empty cells before it come first, so the columns line up. */
  private cell(parent: Element, row: Row, type: string, column: number): Element {
    this.pad(parent, column);
    const cell = this.add(parent, type);
    if (type === 'TH') setAttributes(cell, { O: 'Table', Scope: row.first ? 'Column' : 'Row' });
    row.cells = column + 1;
    this.widths.set(row.table, Math.max(this.widths.get(row.table) ?? 0, row.cells));
    return cell;
  }

  /**
   * Empty cells up to column `to`: one cell spanning them (a quarter of a batch's structure
   * objects were empty cells, each one more object pdfkit writes), so the columns still line up.
   */
  private pad(parent: Element, to: number): void {
    const row = this.rows.get(parent)!;
    const span = to - row.cells;
    if (span <= 0) return;
    const empty = this.add(parent, 'TD');
    if (span > 1) setAttributes(empty, { O: 'Table', ColSpan: span });
    row.cells = to;
  }

  private add(parent: Element, type: string, lang?: string): Element {
    const element = lang ? this.doc.struct(type, { lang }) : this.doc.struct(type);
    parent.add(element);
    return element;
  }
}
