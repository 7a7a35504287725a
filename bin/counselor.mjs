#!/usr/bin/env node
// The `counselor` command. The code lives in the build (out/main/cli.js), made by `npm run build`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write('counselor: the application is not built yet; run `npm run build` in its folder first.\n');
  process.exit(1);
}
await createRequire(import.meta.url)(built).main();
