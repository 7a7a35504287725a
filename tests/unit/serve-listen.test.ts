import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTEN, parseListen } from '../../src/main/cli/commands/serve';
import { UsageError } from '../../src/main/cli/context';

describe('counselor serve --listen', () => {
  it('takes HOST:PORT, [IPv6]:PORT and :PORT (every address), and defaults to every address on 8443', () => {
    expect(DEFAULT_LISTEN).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(parseListen('10.0.0.5:8443')).toEqual({ host: '10.0.0.5', port: 8443 });
    expect(parseListen('counsel.lincoln.k12.wi.us:9443')).toEqual({ host: 'counsel.lincoln.k12.wi.us', port: 9443 });
    expect(parseListen('[::]:8443')).toEqual({ host: '::', port: 8443 });
    expect(parseListen(':8443')).toEqual({ host: '0.0.0.0', port: 8443 });
  });

  it('refuses anything else as wrong usage', () => {
    for (const text of ['8443', 'host', 'host:', 'host:99999', '::1:8443', '[::1]', 'a:b:8443']) expect(() => parseListen(text)).toThrow(UsageError);
  });
});
