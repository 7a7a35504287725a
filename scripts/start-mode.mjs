// How `npm start` decides between the desktop window and browser mode. Pure functions only: the
// facts (what exists, what was tried and how it went) are gathered by scripts/start.mjs, the
// decisions are made here, so each rule is tested (tests/unit/start-mode.test.ts).

/** Options of `npm start -- [--web] [--no-open] [--db PATH] [--port N]`. */
export function parseStartArgs(argv) {
  const options = { web: false, noOpen: false, db: undefined, port: undefined, unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--web') options.web = true;
    else if (name === '--no-open') options.noOpen = true;
    else if (name === '--db' || name === '--port') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new Error(`${name} needs a value`);
      if (name === '--db') options.db = value;
      else {
        if (!/^\d+$/.test(value) || Number(value) > 65535) throw new Error(`--port needs a port number, not "${value}"`);
        options.port = value;
      }
    } else options.unknown.push(arg);
  }
  return options;
}

/** The arguments handed on to the desktop or browser-mode process (both read `--db X`, `--port N`). */
export function passThroughArgs(options) {
  const args = [];
  if (options.db !== undefined) args.push('--db', options.db);
  if (options.port !== undefined) args.push('--port', options.port);
  return args;
}

/**
 * The build is stale when any output is missing or any source is newer than the oldest output.
 * `newestSource` and each entry of `outputs` are modification times in ms (null: missing).
 */
export function needsBuild({ outputs, newestSource }) {
  if (outputs.length === 0 || outputs.some((t) => t === null || t === undefined)) return true;
  return newestSource > Math.min(...outputs);
}

/**
 * The next step towards a running application, from what is known so far:
 *   web             --web / npm run web was asked for
 *   electronPackage false when node_modules/electron is not installed at all
 *   electronBinary  true when node_modules/electron/dist holds the executable
 *   display         false on Linux without DISPLAY or WAYLAND_DISPLAY (no window can open)
 *   electronInstall undefined (not tried) | { ok: true } | { ok: false, output, timedOut }
 *   native          true when .native/electron-<abi>/better_sqlite3.node exists
 *   nativeBuild     undefined (not tried) | { ok: true } | { ok: false, output }
 * Returns { step: 'install-electron' | 'build-native' | 'desktop' | 'browser', reason?: one line }.
 * A reason is printed only when the user did not ask for browser mode but gets it.
 */
export function nextStep(facts) {
  if (facts.web) return { step: 'browser' };
  if (facts.electronPackage === false) {
    return { step: 'browser', reason: 'Electron is not installed (node_modules/electron is missing); opening Counselor Workstation in your browser instead.' };
  }
  if (!facts.electronBinary) {
    if (facts.electronInstall === undefined) return { step: 'install-electron' };
    if (!facts.electronInstall.ok) {
      return { step: 'browser', reason: `Electron could not be downloaded (${describeDownloadFailure(facts.electronInstall)}); opening Counselor Workstation in your browser instead.` };
    }
    // Installed but still no binary: the install script "succeeded" without delivering one.
    return { step: 'browser', reason: 'Electron was installed but its program is still missing; opening Counselor Workstation in your browser instead.' };
  }
  if (!facts.display) {
    return { step: 'browser', reason: 'No display is available for a desktop window; serving Counselor Workstation in browser mode instead.' };
  }
  if (!facts.native) {
    if (facts.nativeBuild === undefined) return { step: 'build-native' };
    if (!facts.nativeBuild.ok) {
      return { step: 'browser', reason: `The database driver could not be built for Electron (${firstLine(facts.nativeBuild.output) || 'see the log above'}); opening Counselor Workstation in your browser instead.` };
    }
  }
  return { step: 'desktop' };
}

/** Why an Electron download failed, in words a newcomer can act on. */
export function describeDownloadFailure({ output = '', timedOut = false }) {
  if (timedOut) return 'the download from github.com did not finish within 60 seconds';
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|socket hang up/i.test(output)) {
    return 'no internet access to github.com';
  }
  return firstLine(output) || 'the install script failed';
}

export function firstLine(text = '') {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Linux needs an X or Wayland display for a window (and for a browser to open); macOS and Windows always have one. */
export function hasDisplay(platform, env) {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Open the browser for the user unless told not to, on CI, or where nothing could show it. */
export function shouldOpenBrowser({ noOpen, env, platform }) {
  if (noOpen) return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  return hasDisplay(platform, env);
}

/**
 * The command that opens a file or URL in the default browser. Browser mode hands it the path of a
 * redirect page (redirectPage), never the address with its token: a process's arguments are
 * readable by every local user (/proc/PID/cmdline, ps). `override` (COUNSELOR_OPEN_COMMAND) names
 * another program to open it with, for a chosen browser or a test that records what it is given.
 */
export function browserOpenCommand(platform, target, override) {
  if (override) return { command: override, args: [target] };
  if (platform === 'darwin') return { command: 'open', args: [target] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', target], windowsVerbatimArguments: true };
  return { command: 'xdg-open', args: [target] };
}

/**
 * A page that sends the browser on to the tokenized address (as Jupyter does). It is written
 * owner-only (0600, in a 0700 folder of its own) and removed when browser mode stops.
 */
export function redirectPage(url) {
  const safe = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0;url=${safe}">`,
    '<title>Opening Counselor Workstation</title>',
    '</head>',
    `<body><p>Opening Counselor Workstation... If nothing happens, <a href="${safe}">open it here</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** The browser-mode address with its token, as out/main/web.js prints it. */
export function findServedUrl(text) {
  const m = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(text);
  return m ? m[0] : null;
}

/** Where the Electron-ABI build of better-sqlite3 lives; src/main/index.ts looks in the same place. */
export function nativeBindingDir(abi) {
  return `.native/electron-${abi}`;
}
