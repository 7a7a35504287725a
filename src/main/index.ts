import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { createHandlers } from './core/api';
import { workerLauncher } from './core/jobs/launch';
import { JobRegistry } from './core/jobs/registry';
import { warmStandings } from './core/plans/standings-cache';
import { openStore, type Store } from './core/store/connection';
import { resolveStorePath } from './core/store/location';
import { registerIpc } from './transports/ipc';
import { readLink, saveLink } from './core/workstation/link';
import { probeDepartment } from './core/workstation/probe';
import { createMainWindow, isPinnedCertificate, isTrustedSender, registerAppScheme, type WindowElectron } from './window';
import type { DepartmentLink } from '../shared/domain/workstation';
import { CounselorError } from '../shared/errors';

/**
 * The desktop entry, lifecycle only: one instance → open the store → register IPC → the window.
 * Built to out/main/index.js; the app folder is two levels up (where package.json and .native are).
 */
const appFolder = resolve(__dirname, '..', '..');
const electron: WindowElectron = { BrowserWindow, protocol };
const windowOptions = {
  preload: join(__dirname, '../preload/index.js'),
  rendererDir: join(__dirname, '../renderer'),
};

// Before 'ready', and only in the instance that will keep running.
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Counselor Workstation is open on this account: it gets focused (below) and this one ends.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  let store: Store;
  try {
    store = await openStore(resolveStorePath(argValue('--db')), desktopNativeBinding());
  } catch (e) {
    // A damaged or too-new store is left exactly as it is: say why and stop, never delete or replace it.
    dialog.showErrorBox('Counselor Workstation cannot open its store', startupMessage(e));
    app.exit(1);
    return;
  }

  const jobs = new JobRegistry(
    workerLauncher({ storePath: store.path, workerFile: join(__dirname, 'job-worker.js'), ...desktopNativeBinding() }),
  );
  registerIpc(ipcMain, createHandlers(store, jobs), isTrustedSender);
  const department = await departmentToOpen(store.path);
  if (department === 'quit') return;
  // The caseload's standings worked out while the window loads, in slices (plans/standings-cache.ts);
  // a window on the department server reads its caseload there.
  if (!department) void warmStandings(store.db);
  const options = { ...windowOptions, departmentOrigin: department?.origin };
  if (department) {
    // The department server's certificate is usually self-signed: trusted when it is exactly the one pinned in Settings.
    app.on('certificate-error', (event, _contents, url, _error, certificate, callback) => {
      const pinned = isPinnedCertificate(department, url, certificate.data);
      if (pinned) event.preventDefault();
      callback(pinned);
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { role: 'fileMenu' },
        { role: 'editMenu' },
        { role: 'viewMenu' },
        {
          label: 'Department',
          submenu: [{ label: "Use this computer's store instead", click: () => useLocalStore(store.path) }],
        },
      ]),
    );
  }
  createMainWindow(electron, options);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(electron, options);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => store.close());
}

/**
 * The department server Settings linked, when it answers with the certificate pinned there; null
 * opens this computer's store. A server that cannot be reached, or presents another certificate,
 * is said in a dialog that offers this computer's store meanwhile (never a blank window).
 */
async function departmentToOpen(storePath: string): Promise<DepartmentLink | null | 'quit'> {
  let link: DepartmentLink | null;
  try {
    link = readLink(storePath);
  } catch (e) {
    dialog.showErrorBox('Counselor Workstation', startupMessage(e));
    return null;
  }
  if (!link) return null;
  let problem: string;
  try {
    const found = await probeDepartment(link.origin);
    if (found.fingerprint256 === link.fingerprint256) return link;
    problem = `The department server at ${link.origin} now presents a different certificate (fingerprint ${found.fingerprint256}) from the one connected in Settings, so it is not opened. Ask IT whether its certificate was replaced, then connect again from Settings.`;
  } catch (e) {
    problem = startupMessage(e);
  }
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    message: 'The department server cannot be opened',
    detail: `${problem}\n\nThis computer's own store can be opened meanwhile: it holds what was kept on this computer, not the department's caseload.`,
    buttons: ["Open this computer's store", 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response === 1) {
    app.quit();
    return 'quit';
  }
  return null;
}

/** Removes the link and reopens the window on this computer's store. */
function useLocalStore(storePath: string): void {
  saveLink(storePath, null);
  app.relaunch();
  app.exit(0);
}

/**
 * better-sqlite3 as built for this Electron's ABI by scripts/start.mjs, kept apart from the Node
 * build in node_modules so `npm test` and `npm start` never need a rebuild in between.
 */
function desktopNativeBinding(): { nativeBinding?: string } {
  const file = join(appFolder, '.native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  return existsSync(file) ? { nativeBinding: file } : {};
}

function startupMessage(e: unknown): string {
  if (e instanceof CounselorError) return e.message;
  const text = e instanceof Error ? e.message : String(e);
  if (text.includes('NODE_MODULE_VERSION')) {
    return `The database driver is not built for this version of Electron (${text}). Start the application with "npm start", which builds it, or use "npm run web" to open it in a browser.`;
  }
  console.error('[counselor] start-up failed:', e);
  return `Counselor Workstation could not start: ${text}`;
}

/** `--db PATH` or `--db=PATH` among the arguments Electron passes on. */
function argValue(name: string): string | undefined {
  const args = process.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === name) return args[i + 1];
    if (a?.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}
