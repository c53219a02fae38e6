// The command-line program: builds the commander program from the command list, runs it, and
// maps failures to exit codes (Contract 1): 0 clean, 1 findings at or above --fail-on, 2 the tool
// could not do its job. A user error prints one line; only a bug prints a stack trace.

import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError } from 'commander';
import { isUserError } from '../core/errors.js';
import { processIo, type CliIo } from './io.js';
import { commands } from './commands/index.js';
import { VERSION } from '../core/version.js';

export interface CommandContext {
  io: CliIo;
  /** Set by a command's action; the process exits with it. */
  exitCode: number;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command();
  program
    .name('bitext')
    .description('Align, check, remember and export English/French bilingual documents.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      // One line: `bitext: error: unknown option '--bogus' (see --help)`.
      outputError: (s, write) => write(`bitext: ${s.trim().replace(/\s*\n\s*/g, ' ')} (see --help)\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ bitext check examples/agenda.txt                 check a bilingual agenda
  $ bitext align examples/agenda.txt --format tsv    list its EN/FR pairs
  $ bitext explain time-mismatch                     what a rule checks and why`,
    );
  for (const register of commands) register(program, ctx);
  // Sub-commands inherit the error handling and output of the program.
  for (const sub of program.commands) {
    sub.exitOverride().configureOutput(program.configureOutput());
  }
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (isUserError(e)) {
      io.stderr(`bitext: ${e.format()}\n`);
      return 2;
    }
    io.stderr(`bitext: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return 2;
  }
}

/**
 * A run of the CLI lasts seconds, and V8's optimising compiler, tuned for long-lived servers,
 * spent about a third of its CPU time (on its own threads) compiling the checks' functions with
 * large callees inlined. A smaller inlining budget per callee cut that by a fifth at the same wall
 * time (docs/performance.md). Set before any function is hot: compilation reads it when it runs.
 */
export const COMPILER_FLAGS = '--max-inlined-bytecode-size=150';

/**
 * How far the old generation may grow past what is alive before the next full collection: by
 * default V8 lets a heap that grows fast take up to four times its live size, which at 100,000
 * pairs kept 30–50 MiB of peak memory that was never alive at once. A fifth over the live size
 * bounds the peak for a few more full collections: 3–5 % more CPU at 100,000 pairs
 * (docs/performance.md). V8 reads it at every collection, so it can be set at run time.
 */
export const HEAP_FLAGS = '--heap-growing-percent=20';

export async function main(): Promise<void> {
  setFlagsFromString(COMPILER_FLAGS);
  setFlagsFromString(HEAP_FLAGS);
  // `bitext align x | head`: a reader that stops early is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const code = await runCli(process.argv.slice(2));
  process.exitCode = code;
}
