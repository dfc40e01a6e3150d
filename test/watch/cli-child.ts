// Runs the CLI from source in a child process (as `corroborate` would), for the signal test.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
