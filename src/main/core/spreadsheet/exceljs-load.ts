import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';

type ExcelJS = typeof import('exceljs');
type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
interface SaxesLike {
  on(event: 'error' | 'opentag' | 'text' | 'closetag', fn: (value: never) => void): void;
  write(text: string): void;
}

const FIXED = Symbol.for('counselor.exceljs.parseSax.streamingUtf8');

/**
 * exceljs 4.4.0's parse-sax decodes each inflated 16 KB chunk on its own, so a UTF-8 letter
 * split across two chunks becomes "��": in a 3,000-row sheet "Zoë" came back "Zo��"
 * (exceljs#2063, #2084, #2316; open). This is the same function with a streaming decoder.
 */
function fixedParseSax(SaxesParser: new () => SaxesLike) {
  const parseSax = async function* (input: AsyncIterable<Buffer | string> & { pipe?: unknown }) {
    const iterable = typeof input.pipe === 'function' && !(Symbol.asyncIterator in input)
      ? (input as unknown as NodeJS.ReadableStream).pipe(new PassThrough())
      : input;
    const parser = new SaxesParser();
    let error: unknown = null;
    let events: SaxEvent[] = [];
    parser.on('error', (e: never) => (error = e));
    parser.on('opentag', (value: never) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: never) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: never) => events.push({ eventType: 'closetag', value }));
    const decoder = new TextDecoder('utf-8');
    for await (const chunk of iterable as AsyncIterable<Buffer | string>) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest !== '') {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  };
  return Object.assign(parseSax, { [FIXED]: true });
}

/**
 * exceljs's iterate-stream stops at the first 'end' event. unzipper emits 'end' by hand as soon
 * as it has read the whole input, while entries can still wait in its paused buffer; whether
 * they do depends on timing, and then sharedStrings.xml, styles.xml or a whole sheet is
 * silently skipped. Node's own iterator drains the buffer before it honours the end. The
 * error listener stays, as in the original, so an error after the loop cannot crash the app.
 */
function fixedIterateStream() {
  const iterateStream = async function* (stream: NodeJS.ReadableStream & { iterator?: (o: { destroyOnReturn: boolean }) => AsyncIterable<unknown> }) {
    stream.on('error', () => undefined);
    const source = typeof stream.iterator === 'function' ? stream.iterator({ destroyOnReturn: false }) : (stream as AsyncIterable<unknown>);
    for await (const chunk of source) yield chunk;
  };
  return Object.assign(iterateStream, { [FIXED]: true });
}

function preload(require: NodeJS.Require, path: string, exports: unknown): void {
  const module = new Module(path);
  module.filename = path;
  module.loaded = true;
  module.exports = exports;
  require.cache[path] = module;
}

let loaded: ExcelJS | null = null;
let reader: ExcelJS['stream']['xlsx']['WorkbookReader'] | null = null;

/**
 * exceljs's require, with the two fixed modules placed in the module cache before any exceljs
 * module reads them. If another part of the app loaded exceljs first with the original, this
 * gets its own fresh copy instead.
 */
function fixedRequire(): { require: NodeJS.Require; root: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('exceljs'));
  const saxPath = join(root, 'lib', 'utils', 'parse-sax.js');
  const iteratePath = join(root, 'lib', 'utils', 'iterate-stream.js');
  const cached = require.cache[saxPath];
  if (cached && !(cached.exports as Record<symbol, unknown>)[FIXED]) {
    for (const key of Object.keys(require.cache)) if (key.startsWith(root)) delete require.cache[key];
  }
  if (!require.cache[saxPath]) {
    const { SaxesParser } = require(require.resolve('saxes', { paths: [root] })) as { SaxesParser: new () => SaxesLike };
    preload(require, saxPath, fixedParseSax(SaxesParser));
    preload(require, iteratePath, fixedIterateStream());
  }
  return { require, root };
}

/** exceljs whole, loaded on first use (its require costs ~410 ms), with the fixes above. */
export function loadExcelJS(): ExcelJS {
  if (loaded) return loaded;
  loaded = fixedRequire().require('exceljs') as ExcelJS;
  return loaded;
}

/**
 * Only exceljs's streaming workbook reader, with the same fixes: what reading a workbook needs.
 * Each job's worker thread loads exceljs afresh, and the whole of it (the writers, the document
 * model, the CSV code) is twice the modules the reader needs: ~0.4 s more of a workbook import.
 */
export function loadWorkbookReader(): ExcelJS['stream']['xlsx']['WorkbookReader'] {
  if (loaded) return loaded.stream.xlsx.WorkbookReader;
  if (reader) return reader;
  const { require, root } = fixedRequire();
  reader = require(join(root, 'lib', 'stream', 'xlsx', 'workbook-reader.js')) as ExcelJS['stream']['xlsx']['WorkbookReader'];
  return reader;
}
