import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import type { Store } from '../../../src/main/core/store/connection';
import { listStudents } from '../../../src/main/core/students/repository';
import type { PreviewLayout, PreviewRequest } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pageTexts, squeezed } from './pdf-tools';

/** The on-screen preview is the printout: the same pages with the same text, inside the same page. */
const tempDir = useTempDir();
let store: Store;

async function call<T>(method: 'print.layout' | 'print.preview', request: PreviewRequest): Promise<T> {
  const envelope = await dispatch(createHandlers(store), method, request);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

beforeAll(async () => {
  store = await sampleStore(tempDir());
});
afterAll(() => store.close());

describe('the print preview', () => {
  it.each([
    ['Nguyễn', 'en', 'letter'],
    ['Peña', 'es', 'a4'],
    ['王', 'en', 'letter'],
  ] as const)('for %s (%s, %s) has the PDF’s pages and text, all inside the page', async (lastName, lang, paper) => {
    const student = listStudents(store.db).find((s) => s.lastName === lastName)!;
    const request = { studentNumber: student.studentNumber, lang, paper };
    const layout = await call<PreviewLayout>('print.layout', request);
    const pdf = await call<{ base64: string; pages: number }>('print.preview', request);
    expect(layout.pages).toHaveLength(pdf.pages);
    expect(layout.paper).toBe(paper);

    const texts = pageTexts(Buffer.from(pdf.base64, 'base64')).map(squeezed);
    layout.pages.forEach((page, i) => {
      for (const op of page.ops) {
        if (op.kind === 'text') {
          const line = squeezed(op.runs.map((r) => r.text).join(''));
          expect(texts[i], `page ${i + 1}: "${line}"`).toContain(line);
          expect(op.x).toBeGreaterThanOrEqual(0);
          expect(op.x + op.runs.reduce((w, r) => w + r.width, 0)).toBeLessThanOrEqual(layout.width);
          expect(op.baseline).toBeLessThanOrEqual(layout.height);
        } else if (op.kind === 'fill') {
          expect(op.x + op.w).toBeLessThanOrEqual(layout.width);
          expect(op.y + op.h).toBeLessThanOrEqual(layout.height);
        }
      }
    });
    const allText = layout.pages.flatMap((p) => p.ops.flatMap((op) => (op.kind === 'text' ? op.runs.map((r) => r.text) : []))).join(' ');
    expect(allText).toContain(student.lastName);
  });
});
