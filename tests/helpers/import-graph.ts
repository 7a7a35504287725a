import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layers of the application, as rules over its import graph (docs/ARCHITECTURE.md says why):
 *
 * - the renderer reaches the main process only through the contract, never by importing it;
 * - src/shared is plain TypeScript both sides compile: no Node, no Electron, no side's code;
 * - src/main/core knows no transport, no command line and no Electron;
 * - the API layer (core/api) sits above the domain folders: no domain imports it;
 * - a store migration is frozen once shipped: it imports only its own folder and the Migration
 *   type (store/migration.ts), never live domain code or data a later edit could change;
 * - no two folders import each other, directly or round a longer loop.
 *
 * A folder is a directory right below src/main/core, src/renderer/src, src/main or src/shared;
 * a file directly in one of those roots (App.tsx, dispatch.ts, contract.ts) stands alone.
 */

/** One import: `from` is a path below the root ('src/...'); `to` a path, or a package name. */
export interface ImportEdge {
  from: string;
  to: string;
}

const sourceExtensions = /\.(ts|tsx|mts)$/;
const tryExtensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every import (static, dynamic, re-export, type-only) of every source file under `root/src`. */
export function readImportGraph(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sources(join(root, 'src'))) {
    const from = toPosix(relative(root, file));
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: spec } of importedFiles) {
      if (!spec.startsWith('.')) {
        edges.push({ from, to: spec });
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = tryExtensions.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
      edges.push({ from, to: toPosix(relative(root, found ?? base)) });
    }
  }
  return edges;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : sourceExtensions.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const toPosix = (p: string) => p.split(sep).join('/');

const roots = ['src/main/core', 'src/renderer/src', 'src/main', 'src/shared', 'src/preload', 'src/renderer'];

/** The folder a file belongs to, for the cycle rule (see the top of this file). */
export function folderOf(path: string): string {
  const root = roots.find((r) => path.startsWith(r + '/'));
  if (root === undefined) return dirname(path);
  const rest = path.slice(root.length + 1).split('/');
  return rest.length > 1 ? `${root}/${rest[0]}` : path;
}

const isPath = (to: string) => to.startsWith('src/');
const under = (path: string, dir: string) => path.startsWith(dir + '/');
const isNode = (to: string) => to.startsWith('node:') || builtinModules.includes(to.split('/')[0]!);
const isElectron = (to: string) => to === 'electron' || to.startsWith('electron/');

const apiLayer = 'src/main/core/api';
const migrations = 'src/main/core/store/migrations';

/** One sentence per broken rule: an edge that crosses a layer the wrong way, or a folder cycle. */
export function boundaryViolations(edges: ImportEdge[]): string[] {
  const found: string[] = [];
  for (const { from, to } of edges) {
    const edge = `${from} → ${to}`;
    if (under(from, 'src/renderer') && (under(to, 'src/main') || under(to, 'src/preload'))) {
      found.push(`renderer imports the main process or preload: ${edge}`);
    }
    if (
      under(from, 'src/shared') &&
      (under(to, 'src/main') || under(to, 'src/renderer') || under(to, 'src/preload') || isNode(to) || isElectron(to))
    ) {
      found.push(`shared imports a side, Node or Electron: ${edge}`);
    }
    if (under(from, 'src/main/core') && ((under(to, 'src/main') && !under(to, 'src/main/core')) || isElectron(to))) {
      found.push(`core imports a transport, the command line or Electron: ${edge}`);
    }
    if (under(from, 'src/main/core') && !under(from, apiLayer) && under(to, apiLayer)) {
      found.push(`a domain imports the API layer: ${edge}`);
    }
    if (under(from, migrations) && isPath(to) && !under(to, migrations) && to !== 'src/main/core/store/migration.ts') {
      found.push(`a store migration imports live code or data: ${edge}`);
    }
  }
  for (const cycle of folderCycles(edges)) found.push(`folders import each other: ${cycle.join(' ↔ ')}`);
  return found;
}

/** Groups of folders that reach one another through imports (Tarjan's strongly connected components). */
export function folderCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!isPath(to)) continue;
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    if (!next.has(a)) next.set(a, new Set());
    if (!next.has(b)) next.set(b, new Set());
    next.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}
