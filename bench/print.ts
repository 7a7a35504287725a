/**
 * Printing bench (issue 6): 400 plans of a store with 400 students.
 *   combined   400 plans laid out and drawn into one PDF, against pdfkit drawing the very same
 *              strings with the same fonts bare (doc.text at the layout's positions, no layout
 *              logic), in the same run: time, peak RSS, and the ratio (target ≤ 2×)
 *   separate   400 per-student PDFs (fonts parsed once, shared): time and MB
 *   end to end printPlans as the print job runs it (store reads, plan views, layout, the layout
 *              fingerprint each snapshot keeps, each plan drawn once), combined and separate,
 *              with the longest event-loop stall, against the bare figure (target ≤ 1.5×)
 * Each phase runs in its own process (so peak RSS is that phase's), after the same warm-up
 * (pdfkit loaded, fonts parsed, one plan drawn); the bare and combined figures are the median of
 * three runs in their process, each end-to-end figure the median of three processes (a print job
 * starts with cold caches). The machine's load average is printed: on a shared machine the ratios,
 * measured side by side, mean more than the seconds.
 * Prints figures; asserts nothing.
 *
 *   node --import tsx bench/print.ts [--students 400]
 *   node --import tsx bench/print.ts --make-store STORE.db   (the bench's store, kept: for --phase under --cpu-prof)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CombinedPdf, planInfo, renderLayoutPdf } from '../src/main/core/pdf/document';
import { fonts } from '../src/main/core/pdf/fonts';
import { layoutPlan } from '../src/main/core/pdf/layout';
import { pdfkit } from '../src/main/core/pdf/pdfkit';
import { readAllPlans, writePlan } from '../src/main/core/plans/repository';
import { optionsFor } from '../src/main/core/print/options';
import { printPlans } from '../src/main/core/print/print-plans';
import { PlanViewSource } from '../src/main/core/print/views';
import { loadSampleSchool } from '../src/main/core/sample/load';
import { openStore } from '../src/main/core/store/connection';
import { listStudents, saveStudents } from '../src/main/core/students/repository';
import type { PlanView } from '../src/shared/domain/plan-view';
import { benchStudents } from './students';

const TODAY = new Date('2026-11-22T15:00:00Z');
const CHOICES = { school: 'Lincoln High School', printedOn: '2026-11-22' };

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The sample school, then generated students with copies of its plans, up to `count`. */
async function makeStore(path: string, count: number): Promise<void> {
  const store = await openStore(path);
  loadSampleSchool(store.db, TODAY);
  const plans = readAllPlans(store.db);
  const extra = benchStudents(count - listStudents(store.db).length, TODAY).map((s, i) => ({
    ...s,
    studentNumber: `9${String(i).padStart(5, '0')}`,
    status: 'active' as const,
    guardians: [{ name: 'Guardian', relationship: null, email: null, phone: null, preferredLanguage: i % 4 === 0 ? 'Spanish' : 'English' }],
  }));
  store.db.transaction(() => {
    saveStudents(store.db, extra, TODAY);
    extra.forEach((s, i) => writePlan(store.db, { ...plans[i % plans.length]!, studentNumber: s.studentNumber }, TODAY));
  })();
  store.close();
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

/** The same strings in the same fonts at the same places: pdfkit alone, no layout. */
async function bare(pages: { text: string; font: string; size: number; x: number; y: number }[][]): Promise<Buffer> {
  const PDFDocument = pdfkit();
  const doc = new PDFDocument({ autoFirstPage: false, font: '' });
  for (const [name, f] of Object.entries(fonts())) doc.registerFont(name, f.buffer);
  for (const page of pages) {
    doc.addPage({ size: [792, 612], margin: 0 });
    for (const t of page) doc.font(t.font).fontSize(t.size).text(t.text, t.x, t.y, { lineBreak: false, baseline: 'alphabetic' });
  }
  return collect(doc);
}

/** Wall time, the process's CPU time (what a shared machine's load does not inflate) and the longest stall. */
function measure<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  const start = performance.now();
  const cpu = process.cpuUsage();
  return work().then((value) => {
    clearInterval(timer);
    const used = process.cpuUsage(cpu);
    return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, stallMs: Math.max(stall, performance.now() - last - 5) };
  });
}

/** The ratio is what matters: time the two sides of it three times each and keep the median run. */
async function medianOf3<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; stallMs: number }> {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await measure(work));
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
}

/** One phase, in this (child) process; prints one JSON line. */
async function phase(name: string, dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  const numbers = listStudents(store.db).map((s) => s.studentNumber);
  const source = new PlanViewSource(store.db, TODAY);
  const views: PlanView[] = numbers.map((n) => source.view(n));
  const options = (v: PlanView) => optionsFor(v.student, CHOICES);
  // The same warm-up for every phase: pdfkit loaded, fonts parsed, one plan drawn and thrown away.
  await renderLayoutPdf(layoutPlan(views[0]!, options(views[0]!)), planInfo(views[0]!, options(views[0]!), TODAY));
  let result: { ms: number; cpuMs: number; stallMs: number; bytes: number; pages: number; files?: number };
  if (name === 'bare') {
    const strings = views.flatMap((v) =>
      layoutPlan(v, options(v)).pages.map((p) =>
        p.ops.flatMap((op) => (op.kind === 'text' ? op.runs.map((r) => ({ text: r.text, font: r.font, size: op.style.size, x: op.x, y: op.baseline })) : [])),
      ),
    );
    const run = await medianOf3(() => bare(strings));
    result = { ...run, bytes: run.value.length, pages: strings.length };
  } else if (name === 'combined') {
    const run = await medianOf3(async () => {
      const doc = new CombinedPdf({ title: 'bench', author: 'bench', subject: 'bench', lang: 'en', createdAt: TODAY });
      for (const v of views) doc.add(layoutPlan(v, options(v)));
      return doc.finish();
    });
    result = { ...run, bytes: run.value.bytes.length, pages: run.value.pages };
  } else if (name === 'separate') {
    const run = await measure(async () => {
      const files = [];
      for (const v of views) files.push(await renderLayoutPdf(layoutPlan(v, options(v)), planInfo(v, options(v), TODAY)));
      return files;
    });
    result = { ...run, bytes: run.value.reduce((n, f) => n + f.bytes.length, 0), pages: run.value.reduce((n, f) => n + f.pages, 0), files: run.value.length };
  } else {
    const mode = name === 'job-separate' ? 'separate' : 'combined';
    const run = await measure(() =>
      printPlans(store.db, numbers, { mode, ...CHOICES, printedAt: TODAY, fileName: 'plans.pdf' }, { progress: () => undefined, throwIfCancelled: () => undefined }),
    );
    const out = run.value;
    result = { ...run, bytes: out.mode === 'combined' ? out.bytes.length : out.files.reduce((n, f) => n + f.bytes.length, 0), pages: out.pages };
  }
  store.close();
  const { value: _value, ...figures } = result as typeof result & { value?: unknown };
  console.log(JSON.stringify({ phase: name, ...figures, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

interface Figures {
  ms: number;
  cpuMs: number;
  stallMs: number;
  bytes: number;
  pages: number;
  files?: number;
  peakRssMb: number;
}

function runPhase(name: string, dbPath: string): Figures {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--phase', name, '--db', dbPath], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Figures;
}

/** A phase in three processes of its own: the median run by time (peak RSS: the largest of the three). */
function runPhaseMedian(name: string, dbPath: string): Figures {
  const runs = [0, 1, 2].map(() => runPhase(name, dbPath)).sort((a, b) => a.ms - b.ms);
  return { ...runs[1]!, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}

async function main(): Promise<void> {
  const count = Number(flag('--students', '400'));
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-print-'));
  try {
    const dbPath = join(dir, 'bench.db');
    await makeStore(dbPath, count);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const line = (label: string, f: Figures) =>
      console.log(`${label.padEnd(34)}${(f.ms / 1000).toFixed(2).padStart(6)} s (CPU ${(f.cpuMs / 1000).toFixed(2)} s)  ${(f.ms / count).toFixed(1).padStart(5)} ms/plan  ${String(f.pages).padStart(4)} pages  ${mb(f.bytes).padStart(5)} MB  peak RSS ${f.peakRssMb.toFixed(0)} MB  longest stall ${f.stallMs.toFixed(0)} ms`);
    console.log(`print bench: ${count} students with plans; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
    const bareRun = runPhase('bare', dbPath);
    const combined = runPhase('combined', dbPath);
    line('pdfkit bare, same strings + fonts', bareRun);
    line('one combined PDF (layout + draw)', combined);
    console.log(`  ratio combined / bare: ${(combined.ms / bareRun.ms).toFixed(2)}× (CPU ${(combined.cpuMs / bareRun.cpuMs).toFixed(2)}×; target ≤ 2×)`);
    const separate = runPhase('separate', dbPath);
    line(`${count} separate PDFs`, separate);
    console.log(`  ${(separate.bytes / separate.files! / 1024).toFixed(0)} KB a file on average, ${mb(separate.bytes)} MB in all`);
    const jobCombined = runPhaseMedian('job-combined', dbPath);
    const jobSeparate = runPhaseMedian('job-separate', dbPath);
    line('print job, combined (end to end)', jobCombined);
    line('print job, separate (end to end)', jobSeparate);
    const ratio = (f: Figures) => `${(f.ms / bareRun.ms).toFixed(2)}× (CPU ${(f.cpuMs / bareRun.cpuMs).toFixed(2)}×)`;
    console.log(`  ratio end to end / bare: combined ${ratio(jobCombined)}, separate ${ratio(jobSeparate)} (target ≤ 1.5×; serving-thread stall ≤ 100 ms)`);
    console.log(`  load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const phaseName = process.argv.includes('--phase') ? flag('--phase', '') : null;
const storePath = process.argv.includes('--make-store') ? flag('--make-store', '') : null;
void (phaseName ? phase(phaseName, flag('--db', '')) : storePath ? makeStore(storePath, Number(flag('--students', '400'))) : main());
