// Runs the CLI from source in a child process (as `corroborate` would), for multi-process tests.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
