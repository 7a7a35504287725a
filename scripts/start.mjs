#!/usr/bin/env node
// `npm start`: build if needed, then open Counselor Workstation as a desktop window where Electron
// is available, or serve it in browser mode (one line says why). `npm run web` / `npm start -- --web`
// goes straight to browser mode. Options: --db PATH, --port N (browser mode), --no-open.
//
// The desktop loads better-sqlite3 built for Electron's ABI from .native/electron-<abi>/; the Node
// build in node_modules is never touched, so `npm test` and `npm start` alternate freely.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  browserOpenCommand,
  findServedUrl,
  firstLine,
  hasDisplay,
  nativeBindingDir,
  needsBuild,
  nextStep,
  parseStartArgs,
  passThroughArgs,
  redirectPage,
  shouldOpenBrowser,
} from './start-mode.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));

function say(line) {
  process.stdout.write(`${line}\n`);
}

function main() {
  let options;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`npm start: ${e.message}. Usage: npm start -- [--web] [--no-open] [--db PATH] [--port N]\n`);
    process.exit(2);
  }
  if (options.unknown.length > 0) {
    process.stderr.write(`npm start: unknown option ${options.unknown[0]}. Usage: npm start -- [--web] [--no-open] [--db PATH] [--port N]\n`);
    process.exit(2);
  }

  buildIfStale();

  const electron = electronFacts();
  const facts = {
    web: options.web,
    display: hasDisplay(process.platform, process.env),
    electronPackage: electron.packageDir !== null,
    electronBinary: electron.binary !== null,
    electronInstall: undefined,
    native: false,
    nativeBuild: undefined,
  };
  let abi = null;
  for (;;) {
    if (facts.electronBinary && abi === null) {
      abi = electronAbi(electron);
      facts.native = abi !== null && existsSync(nativeBindingFile(abi));
      if (abi === null) facts.nativeBuild = { ok: false, output: 'the ABI version of this Electron is unknown' };
    }
    const { step, reason } = nextStep(facts);
    if (reason) say(reason);
    if (step === 'install-electron') {
      facts.electronInstall = installElectron(electron);
      Object.assign(electron, electronFacts());
      facts.electronBinary = electron.binary !== null;
    } else if (step === 'build-native') {
      facts.nativeBuild = buildNativeForElectron(electron, abi);
      facts.native = facts.nativeBuild.ok;
    } else if (step === 'desktop') {
      return runDesktop(electron, options);
    } else {
      return runBrowserMode(options);
    }
  }
}

// ---- build ------------------------------------------------------------------------------------

function buildIfStale() {
  const outputs = ['out/main/index.js', 'out/main/web.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html'].map(
    (p) => mtime(join(root, p)),
  );
  const newestSource = Math.max(
    newestMtime(join(root, 'src')),
    mtime(join(root, 'electron.vite.config.ts')) ?? 0,
    mtime(join(root, 'package.json')) ?? 0,
  );
  if (!needsBuild({ outputs, newestSource })) return;
  say('Building Counselor Workstation...');
  const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('npm start: the build failed (see above); nothing was started.\n');
    process.exit(1);
  }
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : (mtime(path) ?? 0));
  }
  return newest;
}

// ---- Electron -----------------------------------------------------------------------------------

/** Where the electron package is, its version, and its executable if it was downloaded. */
function electronFacts() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { packageDir: null, version: null, binary: null };
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  // node_modules/electron/index.js resolves dist/<path.txt> the same way.
  let binary = null;
  const pathFile = join(packageDir, 'path.txt');
  if (existsSync(pathFile)) {
    const candidate = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(candidate)) binary = candidate;
  }
  return { packageDir, version, binary };
}

/** Electron's install script downloads the binary (it is denied at `npm install` by allowScripts). */
function installElectron(electron) {
  say(`Downloading Electron ${electron.version} for the desktop window (once)...`);
  const result = spawnSync(process.execPath, [join(electron.packageDir, 'install.js')], {
    cwd: electron.packageDir,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`;
  const timedOut = result.error?.code === 'ETIMEDOUT' || (result.signal !== null && result.status === null);
  return { ok: result.status === 0, output, timedOut };
}

/** NODE_MODULE_VERSION of this Electron: the package ships it; otherwise ask the binary. */
function electronAbi(electron) {
  const file = join(electron.packageDir, 'abi_version');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (/^\d+$/.test(text)) return text;
  }
  const result = spawnSync(electron.binary, ['-p', 'process.versions.modules'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  const text = (result.stdout ?? '').trim();
  return /^\d+$/.test(text) ? text : null;
}

function nativeBindingFile(abi) {
  return join(root, nativeBindingDir(abi), 'better_sqlite3.node');
}

/**
 * Builds better-sqlite3 for Electron's ABI in a temporary copy of the package, then keeps only the
 * .node file in .native/electron-<abi>/. First a prebuilt binary (prebuild-install, what
 * better-sqlite3's own install does), then a compile against Electron's headers with node-gyp.
 */
function buildNativeForElectron(electron, abi) {
  say(`Preparing the database driver for Electron ${electron.version} (once; compiling can take a few minutes)...`);
  const work = mkdtempSync(join(tmpdir(), 'cw-native-'));
  const log = [];
  try {
    const source = dirname(require.resolve('better-sqlite3/package.json'));
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, {
      recursive: true,
      filter: (src) => src !== join(source, 'build') && src !== join(source, 'node_modules'),
    });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    const attempts = [prebuildCommand(electron), nodeGypCommand(electron)].filter(Boolean);
    for (const { command, args, timeout } of attempts) {
      rmSync(join(copy, 'build'), { recursive: true, force: true });
      const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', timeout, shell: process.platform === 'win32' && command === 'npx' });
      log.push(`$ ${command} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`);
      if (result.status === 0 && existsSync(built) && loadsUnderElectron(electron, built, log)) {
        const target = nativeBindingFile(abi);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(built, `${target}.partial`);
        renameSync(`${target}.partial`, target);
        return { ok: true };
      }
    }
    const logFile = join(root, nativeBindingDir(abi), 'build.log');
    mkdirSync(dirname(logFile), { recursive: true });
    writeFileSync(logFile, log.join('\n\n'));
    return { ok: false, output: `details in ${logFile}` };
  } catch (e) {
    return { ok: false, output: firstLine(e?.message ?? String(e)) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function prebuildCommand(electron) {
  let bin;
  try {
    bin = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  } catch {
    return null;
  }
  return {
    command: process.execPath,
    args: [bin, '--runtime', 'electron', '--target', electron.version, '--arch', process.arch, '--platform', process.platform],
    timeout: 120_000,
  };
}

function nodeGypCommand(electron) {
  const flags = ['rebuild', '--release', `--target=${electron.version}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron', `--arch=${process.arch}`];
  // Under `npm start`, npm names its own bundled node-gyp; otherwise npx finds or fetches one.
  const npmGyp = process.env.npm_config_node_gyp;
  if (npmGyp && existsSync(npmGyp)) return { command: process.execPath, args: [npmGyp, ...flags], timeout: 15 * 60_000 };
  return { command: 'npx', args: ['--yes', 'node-gyp', ...flags], timeout: 15 * 60_000 };
}

/** A driver that compiles but does not load (wrong ABI, missing symbol) must not be kept. */
function loadsUnderElectron(electron, file, log) {
  const script = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); new D(':memory:', { nativeBinding: ${JSON.stringify(file)} }).close();`;
  const result = spawnSync(electron.binary, ['-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  log.push(`$ electron (as node) -e <load check>\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`);
  return result.status === 0;
}

function runDesktop(electron, options) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // `electron .` runs package.json's main (out/main/index.js) with the application's name and data folder.
  const child = spawn(electron.binary, ['.', ...passThroughArgs(options)], { cwd: root, stdio: 'inherit', env });
  relaySignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ---- browser mode ------------------------------------------------------------------------------

function runBrowserMode(options) {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passThroughArgs(options)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  relaySignals(child);
  let opened = false;
  let seen = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk.toString('utf8');
    const url = findServedUrl(seen);
    if (url) {
      opened = true;
      if (shouldOpenBrowser({ noOpen: options.noOpen, env: process.env, platform: process.platform })) openBrowser(url);
    }
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/**
 * Best effort: if no browser opens, the printed address is still there to click or copy. The
 * browser is sent a redirect page's path, never the address itself: the token in a launcher's
 * arguments would be readable by every local user.
 */
function openBrowser(url) {
  let page;
  try {
    page = writeRedirectPage(url);
  } catch {
    return;
  }
  const { command, args, windowsVerbatimArguments } = browserOpenCommand(process.platform, page, process.env.COUNSELOR_OPEN_COMMAND);
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments });
    opener.on('error', () => {});
    opener.unref();
  } catch {
    // Nothing to open it with: the address above is enough.
  }
}

/** In a folder of its own that only this account can open; removed when browser mode stops. */
function writeRedirectPage(url) {
  const dir = mkdtempSync(join(tmpdir(), 'counselor-open-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o700);
  const file = join(dir, 'open-counselor-workstation.html');
  writeFileSync(file, redirectPage(url), { mode: 0o600, flag: 'wx' });
  return file;
}

function relaySignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
}

main();
