/**
 * What the import benches share: the stall meter, the median, and the bare baselines an import is
 * compared with (exceljs's streaming read, papaparse's parse of the same bytes), so every import
 * bench measures against the same thing the same way.
 */
import { PassThrough } from 'node:stream';
import Papa from 'papaparse';
import { loadExcelJS } from '../src/main/core/spreadsheet/exceljs-load';

/** Longest gap between ticks of a 5 ms timer while `work` runs: how long the event loop was held. */
/**
 * Also the process's CPU time (every thread, so a job worker's too): on a machine other work
 * shares, wall time measures the neighbours as much as the code.
 */
export async function withStallMeter<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; stallMs: number; stallAtMs: number; peakRssMb: number }> {
  let last = performance.now();
  let stall = 0;
  let stallAt = 0;
  let peak = process.memoryUsage().rss;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last - 5 > stall) {
      stall = now - last - 5;
      stallAt = last - start; // when the longest stall began, from the start of `work`
    }
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const value = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  if (performance.now() - last - 5 > stall) {
    stall = performance.now() - last - 5;
    stallAt = last - start;
  }
  return { value, ms, cpuMs: (used.user + used.system) / 1000, stallMs: Math.max(0, stall), stallAtMs: stallAt, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function bareXlsxRead(bytes: Buffer): Promise<number> {
  const ExcelJS = loadExcelJS();
  const input = new PassThrough();
  input.end(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { styles: 'cache', sharedStrings: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let rows = 0;
  for await (const sheet of reader) for await (const _row of sheet) rows++;
  return rows;
}

export function bareCsvParse(bytes: Buffer): number {
  return Papa.parse<string[]>(bytes.toString('utf8'), { dynamicTyping: false, skipEmptyLines: false }).data.length;
}
