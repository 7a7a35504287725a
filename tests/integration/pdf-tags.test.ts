import { describe, expect, it } from 'vitest';
import { gridHeads } from '../../src/main/core/pdf/grid-content';
import { LABELS } from '../../src/main/core/pdf/labels';
import { familyWrittenName } from '../../src/main/core/pdf/student-name';
import { printPlans, type PrintPlansOptions } from '../../src/main/core/print/print-plans';
import { selectStudents } from '../../src/main/core/print/views';
import { listStudents } from '../../src/main/core/students/repository';
import type { NewSnapshot } from '../../src/main/core/print/snapshots';
import { findAll, hasPikepdf, readStructure, type StructElement } from '../helpers/pdf-structure';
import { useTempDir } from '../helpers/temp';
import { sampleStore } from './plans/stores';
import { pdfInfo } from './print/pdf-tools';

/**
 * Issue 14, "Accessible": the family's copy is a tagged PDF, read back by another program
 * (pikepdf) as a screen reader walks it: the document's language and title, a heading, the grid
 * as a table whose header cells hold the grid's column labels, lists as lists, and the footer
 * ("Page 1 of 1") drawn as an artifact, outside the tree. A batch is one tree, a section per plan.
 */

const tempDir = useTempDir();
const NOW = new Date('2026-11-22T15:00:00Z');
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function options(mode: PrintPlansOptions['mode'], lang?: 'en' | 'es'): PrintPlansOptions {
  return { mode, lang, paper: 'letter', school: 'Lincoln High School', printedAt: NOW, printedOn: '2026-11-22', fileName: 'plans.pdf' };
}

/** What one plan's section must hold, in the language it printed in. */
function expectPlanSection(sect: StructElement, snapshot: NewSnapshot, pages: number) {
  const labels = LABELS[snapshot.options.lang as 'en' | 'es'];
  expect(sect.type).toBe('Sect');
  // Reading order: the title first, then the student, as on the page.
  expect(sect.children[0]).toMatchObject({ type: 'H1', text: `Lincoln High School · ${labels.title}` });
  expect(findAll(sect, 'P').some((p) => p.text.startsWith(familyWrittenName(snapshot.view.student)))).toBe(true);

  const [table, ...more] = findAll(sect, 'Table');
  expect(more).toEqual([]);
  const [head, ...rows] = table!.children;
  const columns = [labels.area, ...gridHeads(snapshot.view, labels).map((h) => [h.label, h.sub].filter(Boolean).join(' '))];
  expect(head!.children.map((th) => [th.type, squeeze(th.text), th.attributes.Scope])).toEqual(columns.map((c) => ['TH', c, 'Column']));
  expect(rows.length).toBeGreaterThan(3);
  for (const row of rows) {
    // Each row headed by its label, with a cell (empty ones may span) under each year.
    expect(row.children.map((c) => c.type)).toEqual(['TH', ...row.children.slice(1).map(() => 'TD')]);
    const width = row.children.reduce((n, c) => n + Number(c.attributes.ColSpan ?? 1), 0);
    expect(width).toBe(columns.length);
    expect(row.children[0]!.attributes.Scope).toBe('Row');
    for (const cell of row.children) if (cell.attributes.ColSpan) expect(cell.text).toBe('');
  }
  expect(rows.map((r) => squeeze(r.children[0]!.text))).toContain(labels.creditsRow);

  expect(findAll(sect, 'H2').map((h) => h.text)).toContain(labels.goals);
  const lists = findAll(sect, 'L');
  expect(lists.length).toBeGreaterThan(0);
  for (const list of lists) for (const item of list.children) expect([item.type, item.children.map((c) => c.type)]).toEqual(['LI', ['LBody']]);
  expect(findAll(lists, 'LBody').some((body) => body.text.includes(snapshot.view.goals[0]!.text.split(' ')[0]!))).toBe(true);

  // The footer is furniture: drawn as an artifact, absent from what a reader walks.
  const footer = labels.page(1, pages);
  expect(sect.text).not.toContain(footer);
  return footer;
}

describe.skipIf(!hasPikepdf())('the tagged PDF (skipped when /usr/bin/python3 lacks pikepdf: apt-get install python3-pikepdf)', () => {
  it('tags a sample-school plan in English and in Spanish: language, title, heading, table with header cells, lists, artifacts', async () => {
    const store = await sampleStore(tempDir());
    const [first] = selectStudents(store.db, { all: true });
    for (const [lang, tag] of [['en', 'en-US'], ['es', 'es-US']] as const) {
      const printed = await printPlans(store.db, [first!], options('separate', lang), quiet);
      if (printed.mode !== 'separate') throw new Error('expected separate files');
      const { bytes, pages } = printed.files[0]!;
      const info = pdfInfo(bytes);
      expect(info.Tagged).toBe('yes');
      const structure = readStructure(bytes);
      expect(structure).toMatchObject({ lang: tag, displayTitle: true, title: info.Title, marked: true });
      expect(structure.title).toContain(familyWrittenName(printed.snapshots[0]!.view.student));
      const [document, ...others] = structure.tree;
      expect(others).toEqual([]);
      expect(document!.type).toBe('Document');
      expect(document!.children).toHaveLength(1);
      const footer = expectPlanSection(document!.children[0]!, printed.snapshots[0]!, pages);
      expect(structure.artifacts[0]).toContain(footer);
      // Where the language changes: on the Spanish plan each course title in the grid (the school's
      // English) is a Span in English inside its cell; the English plan has none.
      const spans = findAll(findAll(document!, 'TD'), 'Span');
      const titles = new Set(printed.snapshots[0]!.view.years.flatMap((y) => y.courses.map((c) => c.title)));
      if (lang === 'en') expect(spans).toEqual([]);
      else {
        expect(spans.length).toBeGreaterThan(5);
        expect(spans.every((span) => span.lang === 'en' && titles.has(squeeze(span.text)))).toBe(true);
        expect(findAll(document!, 'TD').every((cell) => cell.lang === null)).toBe(true);
      }
    }
    store.close();
  });

  it('gives a batch of three plans one tree, a section per plan in the order printed, each name read as printed', async () => {
    const store = await sampleStore(tempDir());
    const all = selectStudents(store.db, { all: true });
    // With the name whose dotless ı once extracted as "Y lmaz": the tree must read it as printed.
    const yilmaz = listStudents(store.db, all).find((s) => familyWrittenName(s) === 'Elif Yılmaz')!.studentNumber;
    const numbers = [...all.filter((n) => n !== yilmaz).slice(0, 2), yilmaz];
    const batch = await printPlans(store.db, numbers, options('combined', 'en'), quiet);
    if (batch.mode !== 'combined') throw new Error('expected one file');
    expect(pdfInfo(batch.bytes).Tagged).toBe('yes');
    const structure = readStructure(batch.bytes);
    expect(structure.lang).toBe('en-US');
    expect(structure.tree.map((e) => e.type)).toEqual(['Document']);
    const sections = structure.tree[0]!.children;
    expect(sections).toHaveLength(3);
    sections.forEach((sect, i) => {
      const snapshot = batch.snapshots[i]!;
      expect(snapshot.view.student.studentNumber).toBe(numbers[i]);
      expectPlanSection(sect, snapshot, snapshot.pages);
    });
    store.close();
  });
});
