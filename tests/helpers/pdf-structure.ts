import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PDF's structure tree read back by another program: pikepdf under Debian's Python
 * (pdf-structure.py), as a screen reader would walk it.
 */

export interface StructElement {
  type: string;
  /** What the element's marked content draws, lines joined by a space. */
  text: string;
  attributes: Record<string, string>;
  lang: string | null;
  children: StructElement[];
}

export interface PdfStructure {
  lang: string | null;
  displayTitle: boolean;
  title: string;
  marked: boolean;
  tree: StructElement[];
  /** Per page, the text drawn inside artifacts. */
  artifacts: string[];
}

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, 'pdf-structure.py');

/** Whether Debian's Python has pikepdf (package python3-pikepdf; .ci/run installs it). */
export function hasPikepdf(): boolean {
  return spawnSync(PYTHON, ['-c', 'import pikepdf']).status === 0;
}

export function readStructure(bytes: Buffer): PdfStructure {
  const dir = mkdtempSync(join(tmpdir(), 'cw-tags-'));
  try {
    const path = join(dir, 'plan.pdf');
    writeFileSync(path, bytes);
    const run = spawnSync(PYTHON, [SCRIPT, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`pdf-structure.py failed (${run.status}): ${run.stderr}`);
    return JSON.parse(run.stdout) as PdfStructure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every element under `from` (depth first, in reading order) of a type. */
export function findAll(from: StructElement | StructElement[], type: string): StructElement[] {
  const out: StructElement[] = [];
  const walk = (e: StructElement) => {
    if (e.type === type) out.push(e);
    e.children.forEach(walk);
  };
  (Array.isArray(from) ? from : [from]).forEach(walk);
  return out;
}
