// Entry point for running the CLI from source (`npx tsx src/cli/run.ts …`); bin/bitext.js runs the compiled one.
import { main } from './main.js';

await main();
