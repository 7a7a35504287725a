import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** A PDF the page offered for download, saved to `dir` and read back with poppler's tools. */
export interface SavedPdf {
  fileName: string;
  path: string;
  text: string;
  pages: number;
}

export function readPdf(path: string, fileName: string): SavedPdf {
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  return { fileName, path, text, pages };
}

/** Printing: the plan editor's Print section and the caseload's "Print plans…" panel, by role and label. */
export class PrintControls extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  /** Runs `press` (a click or a key) and saves the download it starts. */
  async download(dir: string, press: () => Promise<void>): Promise<SavedPdf> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), press()]);
    const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return readPdf(path, download.suggestedFilename());
  }

  // The plan editor's Print section
  get section(): Locator {
    return this.page.getByRole('region', { name: 'Print', exact: true });
  }

  get language(): Locator {
    return this.section.getByRole('combobox', { name: 'Language' });
  }

  get paper(): Locator {
    return this.section.getByRole('combobox', { name: 'Paper' });
  }

  get preview(): Locator {
    return this.section.getByTestId('print-preview');
  }

  get downloadButton(): Locator {
    return this.section.getByRole('button', { name: 'Download PDF' });
  }

  get status(): Locator {
    return this.section.getByRole('status');
  }

  get snapshots(): Locator {
    return this.section.getByRole('list', { name: 'Printed copies' }).getByRole('listitem');
  }

  reprintButtons(): Locator {
    return this.section.getByRole('button', { name: /^Reprint/ });
  }

  // The caseload's panel
  get openPanelButton(): Locator {
    return this.page.getByRole('button', { name: 'Print plans…' });
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Print plans' });
  }

  target(name: 'The students shown now' | 'A grade' | 'A counselor’s students' | 'These student numbers' | 'Every active student'): Locator {
    return this.panel.getByRole('radio', { name });
  }

  get gradeSelect(): Locator {
    return this.panel.getByRole('combobox', { name: 'Grade to print' });
  }

  get counselorSelect(): Locator {
    return this.panel.getByRole('combobox', { name: 'Counselor to print' });
  }

  get pastedNumbers(): Locator {
    return this.panel.getByRole('textbox', { name: 'Student numbers to print' });
  }

  get combinedMode(): Locator {
    return this.panel.getByRole('radio', { name: /^One PDF \(each student/ });
  }

  get separateMode(): Locator {
    return this.panel.getByRole('radio', { name: /^One PDF per student/ });
  }

  get printButton(): Locator {
    return this.panel.getByRole('button', { name: 'Print', exact: true });
  }

  get panelLanguage(): Locator {
    return this.panel.getByRole('combobox', { name: 'Language' });
  }

  get panelPaper(): Locator {
    return this.panel.getByRole('combobox', { name: 'Paper' });
  }

  get closeButton(): Locator {
    return this.panel.getByRole('button', { name: 'Close', exact: true });
  }

  get saveAllButton(): Locator {
    return this.panel.getByRole('button', { name: /^Save all \d+ files$/ });
  }

  get saveFileButtons(): Locator {
    return this.panel.getByRole('button', { name: /^Save .*\.pdf$/ });
  }

  get progress(): Locator {
    return this.panel.getByRole('progressbar', { name: 'Printing plans' });
  }

  get cancelButton(): Locator {
    return this.panel.getByRole('button', { name: /^Cancel/ });
  }

  get panelStatus(): Locator {
    return this.panel.getByRole('status');
  }
}
