import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the start script, without type declarations
import * as startMode from '../../scripts/start-mode.mjs';

/** The decisions of `npm start`: desktop window or browser mode, and why. */

interface Step {
  step: 'install-electron' | 'build-native' | 'desktop' | 'browser';
  reason?: string;
}
interface Facts {
  web: boolean;
  display: boolean;
  electronPackage: boolean;
  electronBinary: boolean;
  electronInstall?: { ok: boolean; output?: string; timedOut?: boolean };
  native: boolean;
  nativeBuild?: { ok: boolean; output?: string };
}
interface StartOptions {
  web: boolean;
  noOpen: boolean;
  db?: string;
  port?: string;
  unknown: string[];
}
const mode = startMode as {
  parseStartArgs(argv: string[]): StartOptions;
  passThroughArgs(options: StartOptions): string[];
  needsBuild(input: { outputs: Array<number | null>; newestSource: number }): boolean;
  nextStep(facts: Facts): Step;
  describeDownloadFailure(input: { output?: string; timedOut?: boolean }): string;
  hasDisplay(platform: string, env: Record<string, string | undefined>): boolean;
  shouldOpenBrowser(input: { noOpen: boolean; env: Record<string, string | undefined>; platform: string }): boolean;
  browserOpenCommand(platform: string, target: string, override?: string): { command: string; args: string[] };
  redirectPage(url: string): string;
  findServedUrl(text: string): string | null;
  nativeBindingDir(abi: string): string;
};

/** This machine: Electron's package is installed but its binary was never downloaded, and no display. */
const offline: Facts = {
  web: false,
  display: false,
  electronPackage: true,
  electronBinary: false,
  native: false,
};
const dnsFailure = 'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous>';

describe('choosing between the desktop window and browser mode', () => {
  it('goes straight to browser mode for npm run web, without a word of explanation', () => {
    expect(mode.nextStep({ ...offline, web: true })).toEqual({ step: 'browser' });
    expect(mode.nextStep({ ...offline, web: true, electronBinary: true, display: true, native: true })).toEqual({ step: 'browser' });
  });

  it('first tries to download Electron when its binary is missing', () => {
    expect(mode.nextStep(offline)).toEqual({ step: 'install-electron' });
  });

  it('says in one line that Electron could not be downloaded, then serves browser mode', () => {
    const next = mode.nextStep({ ...offline, electronInstall: { ok: false, output: dnsFailure } });
    expect(next.step).toBe('browser');
    expect(next.reason).toBe(
      'Electron could not be downloaded (no internet access to github.com); opening Counselor Workstation in your browser instead.',
    );
    expect(next.reason).not.toContain('\n');
  });

  it('names a download that timed out, and passes on an unexpected failure in its first line', () => {
    expect(mode.nextStep({ ...offline, electronInstall: { ok: false, output: '', timedOut: true } }).reason).toContain(
      'did not finish within 60 seconds',
    );
    expect(mode.nextStep({ ...offline, electronInstall: { ok: false, output: '\nEACCES: permission denied, mkdir dist\nstack' } }).reason).toContain(
      '(EACCES: permission denied, mkdir dist)',
    );
  });

  it('serves browser mode when the electron package is not installed at all', () => {
    const next = mode.nextStep({ ...offline, electronPackage: false });
    expect(next.step).toBe('browser');
    expect(next.reason).toMatch(/Electron is not installed/);
  });

  it('does not try a window where no display can show one, once Electron is there', () => {
    const next = mode.nextStep({ ...offline, electronBinary: true, display: false });
    expect(next.step).toBe('browser');
    expect(next.reason).toMatch(/No display/);
  });

  it('builds the Electron database driver once, then opens the window', () => {
    const ready: Facts = { ...offline, display: true, electronBinary: true };
    expect(mode.nextStep(ready)).toEqual({ step: 'build-native' });
    expect(mode.nextStep({ ...ready, nativeBuild: { ok: true }, native: true })).toEqual({ step: 'desktop' });
    expect(mode.nextStep({ ...ready, native: true })).toEqual({ step: 'desktop' });
  });

  it('falls back to browser mode, saying so, when the driver cannot be built', () => {
    const next = mode.nextStep({ ...offline, display: true, electronBinary: true, nativeBuild: { ok: false, output: 'details in /x/build.log' } });
    expect(next.step).toBe('browser');
    expect(next.reason).toBe(
      'The database driver could not be built for Electron (details in /x/build.log); opening Counselor Workstation in your browser instead.',
    );
  });

  it('opens the window after a successful download when everything else is ready', () => {
    expect(mode.nextStep({ ...offline, display: true, electronBinary: true, electronInstall: { ok: true }, native: true })).toEqual({
      step: 'desktop',
    });
  });

  it('never loops: every fact set leads to a step that adds a fact, or to a final mode', () => {
    for (const web of [false, true])
      for (const display of [false, true])
        for (const electronPackage of [false, true])
          for (const electronBinary of [false, true])
            for (const install of [undefined, { ok: true }, { ok: false, output: dnsFailure }])
              for (const native of [false, true])
                for (const build of [undefined, { ok: true }, { ok: false, output: 'x' }]) {
                  const facts: Facts = { web, display, electronPackage, electronBinary, electronInstall: install, native, nativeBuild: build };
                  const { step } = mode.nextStep(facts);
                  if (step === 'install-electron') expect(install).toBeUndefined();
                  if (step === 'build-native') expect(build).toBeUndefined();
                  if (step === 'desktop') expect([electronBinary, display, web]).toEqual([true, true, false]);
                }
  });
});

describe('describing a failed download', () => {
  it('recognises the network errors of a closed network', () => {
    for (const output of [dnsFailure, 'getaddrinfo EAI_AGAIN github.com', 'connect ECONNREFUSED 140.82.112.3:443', 'connect ETIMEDOUT']) {
      expect(mode.describeDownloadFailure({ output })).toBe('no internet access to github.com');
    }
  });

  it('shortens a very long first line', () => {
    const text = mode.describeDownloadFailure({ output: 'x'.repeat(500) });
    expect(text.length).toBeLessThanOrEqual(160);
  });
});

describe('reading npm start options', () => {
  it('reads --web, --no-open, --db and --port in both spellings', () => {
    expect(mode.parseStartArgs([])).toEqual({ web: false, noOpen: false, db: undefined, port: undefined, unknown: [] });
    const o = mode.parseStartArgs(['--web', '--no-open', '--db', '/tmp/a b.db', '--port=8123']);
    expect(o).toMatchObject({ web: true, noOpen: true, db: '/tmp/a b.db', port: '8123' });
    expect(mode.parseStartArgs(['--db=/x.db']).db).toBe('/x.db');
  });

  it('refuses a flag without its value and a port that is not one', () => {
    expect(() => mode.parseStartArgs(['--db'])).toThrow(/--db needs a value/);
    expect(() => mode.parseStartArgs(['--port', 'eighty'])).toThrow(/port number/);
    expect(() => mode.parseStartArgs(['--port', '70000'])).toThrow(/port number/);
  });

  it('collects unknown options so the script can say which one', () => {
    expect(mode.parseStartArgs(['--wbe']).unknown).toEqual(['--wbe']);
  });

  it('hands --db and --port on to the desktop or browser-mode process', () => {
    expect(mode.passThroughArgs(mode.parseStartArgs(['--web', '--db=/x.db', '--port', '9000', '--no-open']))).toEqual([
      '--db',
      '/x.db',
      '--port',
      '9000',
    ]);
    expect(mode.passThroughArgs(mode.parseStartArgs(['--web']))).toEqual([]);
  });
});

describe('deciding to build', () => {
  it('builds when any output is missing', () => {
    expect(mode.needsBuild({ outputs: [], newestSource: 0 })).toBe(true);
    expect(mode.needsBuild({ outputs: [100, null], newestSource: 50 })).toBe(true);
  });

  it('builds when a source is newer than the oldest output, and not otherwise', () => {
    expect(mode.needsBuild({ outputs: [100, 200], newestSource: 150 })).toBe(true);
    expect(mode.needsBuild({ outputs: [100, 200], newestSource: 100 })).toBe(false);
    expect(mode.needsBuild({ outputs: [100, 200], newestSource: 90 })).toBe(false);
  });
});

describe('opening the browser', () => {
  it('opens it on a desktop, but not when told not to, on CI or without a display', () => {
    expect(mode.shouldOpenBrowser({ noOpen: false, env: { DISPLAY: ':0' }, platform: 'linux' })).toBe(true);
    expect(mode.shouldOpenBrowser({ noOpen: false, env: { WAYLAND_DISPLAY: 'wayland-0' }, platform: 'linux' })).toBe(true);
    expect(mode.shouldOpenBrowser({ noOpen: false, env: {}, platform: 'darwin' })).toBe(true);
    expect(mode.shouldOpenBrowser({ noOpen: false, env: {}, platform: 'win32' })).toBe(true);
    expect(mode.shouldOpenBrowser({ noOpen: true, env: { DISPLAY: ':0' }, platform: 'linux' })).toBe(false);
    expect(mode.shouldOpenBrowser({ noOpen: false, env: { DISPLAY: ':0', CI: 'true' }, platform: 'linux' })).toBe(false);
    expect(mode.shouldOpenBrowser({ noOpen: false, env: {}, platform: 'linux' })).toBe(false);
  });

  it('uses the platform opener, or the one COUNSELOR_OPEN_COMMAND names', () => {
    const page = '/tmp/counselor-open-x/open-counselor-workstation.html';
    expect(mode.browserOpenCommand('linux', page)).toMatchObject({ command: 'xdg-open', args: [page] });
    expect(mode.browserOpenCommand('darwin', page)).toMatchObject({ command: 'open', args: [page] });
    expect(mode.browserOpenCommand('win32', page).command).toBe('cmd');
    expect(mode.browserOpenCommand('win32', page).args).toContain(page);
    expect(mode.browserOpenCommand('linux', page, '/usr/bin/firefox')).toEqual({ command: '/usr/bin/firefox', args: [page] });
  });

  it('writes a redirect page that leads to the address, escaped for HTML', () => {
    const url = 'http://127.0.0.1:4000/?token=Ab_c-9z';
    const html = mode.redirectPage(url);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);
    expect(html).toContain(`<a href="${url}">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(mode.redirectPage('http://x/?a="><script>')).not.toContain('"><script>');
  });

  it('finds the address with its token in what browser mode prints', () => {
    const printed = 'Counselor Workstation (browser mode) is at http://127.0.0.1:41234/?token=Ab_c-9z\nStore: /x.db\n';
    expect(mode.findServedUrl(printed)).toBe('http://127.0.0.1:41234/?token=Ab_c-9z');
    expect(mode.findServedUrl('Store: /x.db')).toBeNull();
  });
});

it('keeps the Electron driver where the desktop entry looks for it', () => {
  expect(mode.nativeBindingDir('143')).toBe('.native/electron-143');
});
