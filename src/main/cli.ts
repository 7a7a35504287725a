// Build entry of the `counselor` command (out/main/cli.js); bin/counselor.mjs calls main().
export { main, runCli } from './cli/index';
