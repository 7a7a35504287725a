import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, folderOf, readImportGraph, type ImportEdge } from '../helpers/import-graph';
import { useTempDir } from '../helpers/temp';

/**
 * The layers hold (tests/helpers/import-graph.ts states the rules): the real tree breaks none, and
 * each kind of violation, planted, is reported.
 */
const root = join(__dirname, '../..');

const edge = (from: string, to: string): ImportEdge => ({ from, to });
const one = (from: string, to: string) => boundaryViolations([edge(from, to)]);

describe('the import boundaries', () => {
  it('hold over every source file under src', () => {
    const edges = readImportGraph(root);
    expect(edges.length).toBeGreaterThan(500);
    expect(boundaryViolations(edges)).toEqual([]);
  });

  it('report a violation planted in the real graph', () => {
    const planted = [...readImportGraph(root), edge('src/main/core/plans/resolve.ts', 'src/main/core/api/index.ts')];
    expect(boundaryViolations(planted)).toEqual([
      'a domain imports the API layer: src/main/core/plans/resolve.ts → src/main/core/api/index.ts',
      expect.stringMatching(/^folders import each other: .*src\/main\/core\/api ↔ .*src\/main\/core\/plans/),
    ]);
  });

  it('report the renderer importing the main process or the preload', () => {
    expect(one('src/renderer/src/caseload/CaseloadPage.tsx', 'src/main/core/plans/caseload.ts')).toEqual([
      'renderer imports the main process or preload: src/renderer/src/caseload/CaseloadPage.tsx → src/main/core/plans/caseload.ts',
    ]);
    expect(one('src/renderer/src/platform.ts', 'src/preload/index.ts')).toHaveLength(1);
    expect(one('src/renderer/src/platform.ts', 'src/shared/bridge.ts')).toEqual([]);
  });

  it('report shared code importing a side, Node or Electron', () => {
    for (const to of ['src/main/core/dispatch.ts', 'src/renderer/src/api.ts', 'src/preload/index.ts', 'node:fs', 'path', 'electron']) {
      expect(one('src/shared/contract.ts', to)).toEqual([`shared imports a side, Node or Electron: src/shared/contract.ts → ${to}`]);
    }
    expect(one('src/shared/contract.ts', 'zod')).toEqual([]);
  });

  it('report the core importing a transport, the command line or Electron', () => {
    for (const to of ['src/main/transports/ipc.ts', 'src/main/cli/context.ts', 'src/main/index.ts', 'electron']) {
      expect(one('src/main/core/store/connection.ts', to)).toEqual([
        `core imports a transport, the command line or Electron: src/main/core/store/connection.ts → ${to}`,
      ]);
    }
    expect(one('src/main/core/store/connection.ts', 'better-sqlite3')).toEqual([]);
    expect(one('src/main/transports/ipc.ts', 'electron')).toEqual([]);
  });

  it('report a domain importing the API layer, and let the API layer import the domains', () => {
    expect(one('src/main/core/print/job.ts', 'src/main/core/api/jobs.ts')).toEqual([
      'a domain imports the API layer: src/main/core/print/job.ts → src/main/core/api/jobs.ts',
    ]);
    expect(one('src/main/core/dispatch.ts', 'src/main/core/api/index.ts')).toHaveLength(1);
    expect(one('src/main/core/api/jobs.ts', 'src/main/core/print/job.ts')).toEqual([]);
    expect(one('src/main/index.ts', 'src/main/core/api/index.ts')).toEqual([]);
  });

  it('report a store migration importing live code or data', () => {
    const migration = 'src/main/core/store/migrations/0002-framework.ts';
    expect(one(migration, 'src/main/core/framework/data.ts')).toEqual([
      `a store migration imports live code or data: ${migration} → src/main/core/framework/data.ts`,
    ]);
    expect(one(migration, 'src/shared/domain/framework.ts')).toHaveLength(1);
    expect(one(migration, 'src/main/core/store/transaction.ts')).toHaveLength(1);
    expect(one(migration, 'src/main/core/store/migrations/0002-framework-rows.ts')).toEqual([]);
    expect(one(migration, 'src/main/core/store/migration.ts')).toEqual([]);
    expect(one(migration, 'better-sqlite3')).toEqual([]);
  });

  it('report folders that import each other, directly or round a loop, but not files within one folder', () => {
    const core = (p: string) => `src/main/core/${p}`;
    expect(
      boundaryViolations([edge(core('students/repository.ts'), core('plans/caseload-status.ts')), edge(core('plans/resolve.ts'), core('students/repository.ts'))]),
    ).toEqual([`folders import each other: ${core('plans')} ↔ ${core('students')}`]);
    expect(
      boundaryViolations([
        edge('src/renderer/src/caseload/CaseloadPage.tsx', 'src/renderer/src/print/PrintPanel.tsx'),
        edge('src/renderer/src/print/PrintPanel.tsx', 'src/renderer/src/shell/Page.tsx'),
        edge('src/renderer/src/shell/Page.tsx', 'src/renderer/src/caseload/entries.ts'),
      ]),
    ).toEqual(['folders import each other: src/renderer/src/caseload ↔ src/renderer/src/print ↔ src/renderer/src/shell']);
    expect(boundaryViolations([edge(core('plans/a.ts'), core('plans/b.ts')), edge(core('plans/b.ts'), core('plans/a.ts'))])).toEqual([]);
  });

  it('count a file right in a root as a folder of its own, and a subfolder as part of its folder', () => {
    expect(folderOf('src/renderer/src/App.tsx')).toBe('src/renderer/src/App.tsx');
    expect(folderOf('src/main/core/dispatch.ts')).toBe('src/main/core/dispatch.ts');
    expect(folderOf('src/main/core/store/migrations/0001-students.ts')).toBe('src/main/core/store');
    expect(folderOf('src/main/cli/commands/plan.ts')).toBe('src/main/cli');
    expect(folderOf('src/shared/domain/plan.ts')).toBe('src/shared/domain');
  });
});

describe('reading the import graph', () => {
  const tempDir = useTempDir();

  it('finds static, type-only, re-exported and dynamic imports, resolving folders to their index', () => {
    const base = tempDir();
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), text);
    };
    write('src/main/core/api/index.ts', "export const createHandlers = () => ({});\n");
    write('src/main/core/plans/a.ts', "import type { X } from './b';\nexport * from '../api';\nimport Database from 'better-sqlite3';\n");
    write('src/main/core/plans/b.ts', "export type X = number;\nexport const later = () => import('../../transports/http');\n");
    write('src/main/transports/http.ts', 'export {};\n');
    write('src/renderer/src/App.tsx', "import './styles.css';\nimport { x } from '../../main/core/plans/b';\n");
    write('src/renderer/src/styles.css', '');
    const edges = readImportGraph(base);
    expect(edges).toEqual(
      expect.arrayContaining([
        edge('src/main/core/plans/a.ts', 'src/main/core/plans/b.ts'),
        edge('src/main/core/plans/a.ts', 'src/main/core/api/index.ts'),
        edge('src/main/core/plans/a.ts', 'better-sqlite3'),
        edge('src/main/core/plans/b.ts', 'src/main/transports/http.ts'),
        edge('src/renderer/src/App.tsx', 'src/renderer/src/styles.css'),
      ]),
    );
    expect(boundaryViolations(edges)).toEqual([
      'a domain imports the API layer: src/main/core/plans/a.ts → src/main/core/api/index.ts',
      'core imports a transport, the command line or Electron: src/main/core/plans/b.ts → src/main/transports/http.ts',
      'renderer imports the main process or preload: src/renderer/src/App.tsx → src/main/core/plans/b.ts',
    ]);
  });
});
