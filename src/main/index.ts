import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { createHandlers } from './core/api';
import { workerLauncher } from './core/jobs/launch';
import { JobRegistry } from './core/jobs/registry';
import { openStore, type Store } from './core/store/connection';
import { resolveStorePath } from './core/store/location';
import { registerIpc } from './transports/ipc';
import { createMainWindow, isTrustedSender, registerAppScheme, type WindowElectron } from './window';
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
  createMainWindow(electron, windowOptions);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(electron, windowOptions);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => store.close());
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
