import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../../src/main/core/pdf/document';
import { LABELS } from '../../../src/main/core/pdf/labels';
import { FIXED_CREATED, FIXED_OPTIONS, fixedPlan } from '../../fixtures/print/plans';
import { pdfText, squeezed } from './pdf-tools';

/**
 * Issue 14, the family's copy read back from real PDFs with poppler: the type is as large as
 * sizes.ts says (word heights from `pdftotext -bbox`, against the 13 pt title), a long title
 * wraps and one too long for its cell is printed whole under the grid, and a Spanish plan has
 * every fixed word, the framework's names and the dates in Spanish, with no English label left.
 */

interface Word {
  text: string;
  height: number;
}

function words(bytes: Buffer): Word[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-family-'));
  try {
    writeFileSync(join(dir, 'plan.pdf'), bytes);
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[3]!,
      height: Number(m[2]) - Number(m[1]),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TOO_LONG = 'Automotive Maintenance and Light Repair with Electrical Systems, Engine Performance Diagnostics, Brakes, Steering and Suspension, and Shop Safety Certification Laboratory';
const WRAPS = 'Computer Applications (Microsoft Office Specialist)';

function planWithTitles() {
  const plan = fixedPlan();
  const year = plan.years[0]!;
  const template = year.courses[0]!;
  year.courses.push(
    { ...template, id: 'c-long', courseNumber: 'X1', title: TOO_LONG, status: 'planned', grade: null, area: 'cte' },
    { ...template, id: 'c-wrap', courseNumber: 'X2', title: WRAPS, status: 'planned', grade: null, area: 'cte' },
  );
  return plan;
}

describe("the family's copy", () => {
  it('sets the body at 9.5 pt or more and the title larger, as read back from the page', async () => {
    const { bytes } = await renderPlanPdf(fixedPlan(), FIXED_OPTIONS, FIXED_CREATED);
    const found = words(bytes);
    const height = (text: string) => {
      const word = found.find((w) => w.text === text);
      if (!word) throw new Error(`no word ${text} on page 1`);
      return word.height;
    };
    // Poppler's word box is the font's ascent to descent at the word's size: the 13 pt title gives the scale.
    const perPoint = height('Lincoln') / 13;
    for (const body of ['Algebra', 'Mathematics', 'Graduation', 'Goals']) {
      expect(height(body) / perPoint, body).toBeGreaterThanOrEqual(9.5 - 0.05);
    }
    expect(height('Lincoln')).toBeGreaterThan(height('Algebra'));
  });

  it('wraps a long title in its cell and prints one too long for it whole under the grid', async () => {
    const { bytes } = await renderPlanPdf(planWithTitles(), FIXED_OPTIONS, FIXED_CREATED);
    const text = squeezed(pdfText(bytes));
    const note = text.slice(text.indexOf('In full: '));
    expect(text).toContain('In full: ');
    expect(note.replace(/\s+/g, ' ')).toContain(TOO_LONG);
    // Wrapped, not cut: the shorter title is in its cell in pieces and not repeated in the note.
    expect(text).toContain('(Microsoft Office');
    expect(note).not.toContain(WRAPS);
    expect(text).toContain('…');
  });

  it('prints no "In full" note when nothing had to be shortened', async () => {
    const { bytes } = await renderPlanPdf(fixedPlan(), FIXED_OPTIONS, FIXED_CREATED);
    expect(pdfText(bytes)).not.toContain('In full');
  });

  it('prints a Spanish plan with every fixed word, the framework and the dates in Spanish', async () => {
    const plan = fixedPlan();
    plan.requirements.nonCredit = [{ id: 'civics-test', name: 'Civics test', description: '', met: false, date: null }];
    const { bytes } = await renderPlanPdf(plan, { ...FIXED_OPTIONS, lang: 'es', printedOn: '2026-12-01' }, FIXED_CREATED);
    const text = squeezed(pdfText(bytes)).replace(/\s+/g, ' ');
    for (const spanish of ['Tecnología de la Información', 'Programación y Desarrollo de Software', 'Examen de educación cívica: todavía no', 'impreso el 1 de diciembre de 2026', 'Requisitos de graduación', 'Madre, padre o tutor', 'Grupo profesional', 'Trayectoria']) {
      expect(text).toContain(spanish);
    }
    const en = LABELS.en;
    const english = [en.title, en.cluster, en.pathway, en.program, en.requirements, en.goals, en.credentials, en.afterHighSchool, en.signGuardian, en.creditsRow, 'Civics test', 'Information Technology', 'Programming & Software Development', 'printed', 'December', 'Grade 9', 'Mathematics', 'completed'];
    for (const word of english) expect(text, word).not.toContain(word);
  });
});
