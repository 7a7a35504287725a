import { afterEach, describe, expect, it, vi } from 'vitest';
import { planInfo, renderLayoutPdf } from '../../../src/main/core/pdf/document';
import { layoutFingerprint, rendererIdentity } from '../../../src/main/core/pdf/fingerprint';
import { layoutPlan, type PlanLayout } from '../../../src/main/core/pdf/layout';
import { PageContent } from '../../../src/main/core/pdf/content';
import { printPlans, type PrintPlansOptions } from '../../../src/main/core/print/print-plans';
import { reprintSnapshot, sha256 } from '../../../src/main/core/print/reprint';
import { recordSnapshots } from '../../../src/main/core/print/snapshots';
import { selectStudents } from '../../../src/main/core/print/views';
import type { Store } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pageTexts, pdfText } from './pdf-tools';

/**
 * Printed in one pass (issue 14): each plan is drawn once, into the combined file or as its own
 * file, and the snapshot keeps the fingerprint of what makes the plan's own PDF (its layout, the
 * document info, the renderer) instead of the hash of a second drawing. A reprint lays the view
 * out again and says whether it is the family's copy, and why not when it is not.
 */

const tempDir = useTempDir();
const NOW = new Date('2026-11-22T15:00:00Z');
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };

function options(mode: PrintPlansOptions['mode']): PrintPlansOptions {
  return { mode, paper: 'letter', school: 'Lincoln High School', printedAt: NOW, printedOn: '2026-11-22', fileName: 'plans.pdf' };
}

/** Every line of text written into a page: a plan drawn twice doubles it. */
function countTextLines(): { count: () => number } {
  const spy = vi.spyOn(PageContent.prototype, 'text');
  return { count: () => spy.mock.calls.length };
}

function linesIn(layouts: readonly PlanLayout[]): number {
  return layouts.reduce((n, l) => n + l.pages.reduce((m, p) => m + p.ops.filter((op) => op.kind === 'text').length, 0), 0);
}

async function printed(store: Store, mode: PrintPlansOptions['mode'], numbers: string[]) {
  const outcome = await printPlans(store.db, numbers, options(mode), quiet);
  const ids = recordSnapshots(store.db, outcome.snapshots);
  return { outcome, ids };
}

afterEach(() => vi.restoreAllMocks());

describe('printed in one pass', () => {
  it('draws each plan of a combined batch once, and each plan printed separately once', async () => {
    const store = await sampleStore(tempDir());
    const numbers = selectStudents(store.db, { all: true }).slice(0, 6);
    const text = countTextLines();
    const combined = await printPlans(store.db, numbers, options('combined'), quiet);
    const layouts = combined.snapshots.map((s) => layoutPlan(s.view, s.options));
    expect(linesIn(layouts)).toBeGreaterThan(100 * numbers.length);
    expect(text.count()).toBe(linesIn(layouts));
    const before = text.count();
    await printPlans(store.db, numbers, options('separate'), quiet);
    expect(text.count() - before).toBe(linesIn(layouts));
    store.close();
  });

  it('reprints a plan of a combined batch as its own file, identical to what the batch printed for it', async () => {
    const store = await sampleStore(tempDir());
    const numbers = selectStudents(store.db, { all: true }).slice(0, 3);
    const { outcome, ids } = await printed(store, 'combined', numbers);
    if (outcome.mode !== 'combined') throw new Error('expected one file');
    const batchPages = pageTexts(outcome.bytes);
    let page = 0;
    for (const [i, id] of ids.entries()) {
      const reprint = await reprintSnapshot(store.db, id);
      expect(reprint).toMatchObject({ identical: true, reason: null, sha256: outcome.snapshots[i]!.sha256 });
      // The same pages as in the batch (which starts each plan on an odd page).
      const own = pageTexts(Buffer.from(reprint.base64, 'base64'));
      expect(batchPages.slice(page, page + own.length)).toEqual(own);
      page += own.length + (own.length % 2);
    }
    store.close();
  });

  it('says a reprint is not identical when the renderer or the layout has changed since, and why', async () => {
    const store = await sampleStore(tempDir());
    const [number] = selectStudents(store.db, { all: true });
    const { outcome, ids } = await printed(store, 'separate', [number!]);
    const id = ids[0]!;
    const { view, options: planOptions } = outcome.snapshots[0]!;
    const layout = layoutPlan(view, planOptions);
    const info = planInfo(view, planOptions, NOW);
    expect(outcome.snapshots[0]!.sha256).toBe(layoutFingerprint(layout, info));
    const set = (sha: string, renderer: string) => store.db.prepare('UPDATE print_snapshot SET sha256 = ?, renderer = ? WHERE id = ?').run(sha, renderer, id);

    // Printed by another pdfkit: the same layout, another renderer.
    const older = rendererIdentity().replace(/pdfkit \S+,/, 'pdfkit 0.16.0,');
    set(layoutFingerprint(layout, info, older), older);
    const afterUpgrade = await reprintSnapshot(store.db, id);
    expect(afterUpgrade.identical).toBe(false);
    expect(afterUpgrade.reason).toMatch(/printing software or its fonts have changed.*pdfkit 0\.16\.0.*pdfkit 0\.17/);

    // The same renderer, but a page laid out otherwise then (one line of text a point lower).
    const moved: PlanLayout = { ...layout, pages: layout.pages.map((p, i) => (i === 0 ? { ops: p.ops.map((op, j) => (j === 0 && op.kind === 'text' ? { ...op, baseline: op.baseline + 1 } : op)) } : p)) };
    set(layoutFingerprint(moved, info), rendererIdentity());
    const relaidOut = await reprintSnapshot(store.db, id);
    expect(relaidOut).toMatchObject({ identical: false, reason: expect.stringMatching(/page layout .* differs/) });

    // Put back: identical again (the two failures above came from the changes, nothing else).
    set(layoutFingerprint(layout, info), rendererIdentity());
    expect(await reprintSnapshot(store.db, id)).toMatchObject({ identical: true, reason: null });
    store.close();
  });

  it('still compares the bytes of a snapshot printed before migration 19', async () => {
    const store = await sampleStore(tempDir());
    const [number] = selectStudents(store.db, { all: true });
    const { outcome, ids } = await printed(store, 'separate', [number!]);
    if (outcome.mode !== 'separate') throw new Error('expected separate files');
    const bytes = outcome.files[0]!.bytes;
    const asBefore = (sha: string) => store.db.prepare(`UPDATE print_snapshot SET sha256 = ?, hash_of = 'pdf', renderer = NULL WHERE id = ?`).run(sha, ids[0]);
    asBefore(sha256(bytes));
    expect(await reprintSnapshot(store.db, ids[0]!)).toMatchObject({ identical: true, reason: null, sha256: sha256(bytes) });
    // Printed at 8 pt before the 9.5 pt change: other bytes.
    asBefore('0'.repeat(64));
    expect(await reprintSnapshot(store.db, ids[0]!)).toMatchObject({ identical: false, reason: expect.stringMatching(/earlier version/) });
    store.close();
  });

  it('gives equal fingerprints exactly when the plan alone draws equal bytes', async () => {
    const store = await sampleStore(tempDir());
    const [number] = selectStudents(store.db, { all: true });
    const { outcome } = await printed(store, 'separate', [number!]);
    const { view, options: planOptions } = outcome.snapshots[0]!;
    const layout = layoutPlan(view, planOptions);
    const info = planInfo(view, planOptions, NOW);
    const base = { fp: layoutFingerprint(layout, info), bytes: sha256((await renderLayoutPdf(layout, info)).bytes) };
    const ops = layout.pages[0]!.ops;
    const first = <K extends string>(kind: K) => ops.findIndex((op) => op.kind === kind);
    const withOp = (i: number, change: (op: (typeof ops)[number]) => (typeof ops)[number]): PlanLayout => ({
      ...layout,
      pages: [{ ops: ops.map((op, j) => (j === i ? change(op) : op)) }, ...layout.pages.slice(1)],
    });
    const t = first('text');
    const r = first('rule');
    const f = first('fill');
    const variants: [string, PlanLayout, typeof info][] = [
      ['text x', withOp(t, (op) => ({ ...op, x: (op as { x: number }).x + 1 }) as typeof op), info],
      ['text size', withOp(t, (op) => (op.kind === 'text' ? { ...op, style: { ...op.style, size: op.style.size + 1 } } : op)), info],
      ['text gray', withOp(t, (op) => (op.kind === 'text' ? { ...op, style: { ...op.style, gray: 0.5 } } : op)), info],
      ['text words', withOp(t, (op) => (op.kind === 'text' ? { ...op, runs: op.runs.map((run) => ({ ...run, text: `${run.text}x` })) } : op)), info],
      ['text font', withOp(t, (op) => (op.kind === 'text' ? { ...op, runs: op.runs.map((run) => ({ ...run, font: run.font === 'bold' ? ('regular' as const) : ('bold' as const) })) } : op)), info],
      ['rule end', withOp(r, (op) => (op.kind === 'rule' ? { ...op, x2: op.x2 - 10 } : op)), info],
      ['rule width', withOp(r, (op) => (op.kind === 'rule' ? { ...op, width: op.width + 1 } : op)), info],
      ['fill box', withOp(f, (op) => (op.kind === 'fill' ? { ...op, box: { ...op.box, h: op.box.h + 2 } } : op)), info],
      ['fill gray', withOp(f, (op) => (op.kind === 'fill' ? { ...op, gray: op.gray / 2 } : op)), info],
      ['paper', { ...layout, frame: { ...layout.frame, height: 595.28 } }, info],
      ['title', layout, { ...info, title: `${info.title}.` }],
      ['author', layout, { ...info, author: 'Someone else' }],
      ['language', layout, { ...info, lang: info.lang === 'en' ? 'es' : 'en' }],
      ['creation date', layout, { ...info, createdAt: new Date(NOW.getTime() + 1000) }],
      // Not drawn: the box a text op's ink may cover (what tests check against the margins).
      ['text box only', withOp(t, (op) => ({ ...op, box: { ...op.box, w: op.box.w + 5 } })), info],
    ];
    expect([t, r, f].every((i) => i >= 0)).toBe(true);
    for (const [name, changedLayout, changedInfo] of variants) {
      const fp = layoutFingerprint(changedLayout, changedInfo);
      const bytes = sha256((await renderLayoutPdf(changedLayout, changedInfo)).bytes);
      expect({ name, fingerprintChanged: fp !== base.fp }).toEqual({ name, fingerprintChanged: bytes !== base.bytes });
    }
    expect(pdfText((await renderLayoutPdf(layout, info)).bytes)).toContain(view.student.lastName);
    store.close();
  });
});

/**
 * The bytes one fixed layout draws, per renderer identity. A change to drawing (render.ts,
 * document.ts) that changes bytes without raising DRAWING_REVISION would let a reprint claim to be
 * identical when it is not: this fails first. After raising it (or upgrading pdfkit, fontkit or a
 * font), add the new identity's hash here.
 */
const FIXED_BYTES: Record<string, string> = {
  // Drawing 3 tagged the text (tags.ts); drawing 4 gives a span its language (a course title on a
  // Spanish plan: school-text.ts), and the fixed layout gained such a span, so drawing 3's hash went.
  // Drawing 5 starts every document's Latin fonts with the same glyphs (font-subsets.ts).
  'pdfkit 0.17.2, fontkit 2.0.4, fonts 9154a3d63e97, drawing 5': '24f7d9d03361f556af1f0a9a5ced90741a72dbbb9de7890fe147c2a1df656889',
};

describe('the renderer identity', () => {
  it('names a drawing revision whose bytes for a fixed layout are pinned', async () => {
    const style = { font: 'regular' as const, size: 9.5 };
    const box = { x: 36, y: 40, w: 200, h: 12 };
    const layout: PlanLayout = {
      frame: { width: 792, height: 612, margin: 36 },
      pages: [
        {
          ops: [
            { kind: 'text', x: 36, baseline: 50, runs: [{ font: 'regular', text: 'AVATAR q\u0303 Elif Yılmaz · Nguyễn Thị Ánh ' }, { font: 'cjk', text: '王子涵' }], style, box },
            // Tagged text (tags.ts) and untagged text (a paragraph of its own) draw differently.
            { kind: 'text', x: 36, baseline: 70, runs: [{ font: 'bold', text: 'Plan de 4 años' }], style: { font: 'bold', size: 14, gray: 0.3 }, box, tag: 'Table/TR:0/TD:2' },
            // Words in another language inside it: a Span with its Lang.
            { kind: 'text', x: 150, baseline: 70, runs: [{ font: 'regular', text: 'Biology ' }], style, box, tag: 'Table/TR:0/TD:2/Span:0.0@en' },
            { kind: 'rule', x1: 36, y1: 80, x2: 756, y2: 80, width: 0.5, gray: 0.55, box },
            { kind: 'fill', box: { x: 36, y: 90, w: 100, h: 10 }, gray: 0.9 },
          ],
        },
      ],
    };
    const info = { title: 'Fixed', author: 'Lincoln High School', subject: 'Plan', lang: 'es' as const, createdAt: NOW };
    const bytes = sha256((await renderLayoutPdf(layout, info)).bytes);
    expect({ renderer: rendererIdentity(), bytes }).toEqual({ renderer: rendererIdentity(), bytes: FIXED_BYTES[rendererIdentity()] });
  });
});
