// Where the CLI reads and writes: the real process, or a capture in tests.

export interface CliIo {
  /** Text, or UTF-8 bytes (a large report, a buffer at a time, each never ending inside a character). */
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colours by default). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress display). */
  stderrIsTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** A CliIo that keeps what was written, for tests. */
export function captureIo(cwd = process.cwd(), env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += typeof t === 'string' ? t : Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8')),
    stderr: (t) => void (err += t),
    cwd,
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    out: () => out,
    err: () => err,
  };
}

/** Colours follow NO_COLOR / FORCE_COLOR (https://no-color.org), then whether stdout is a terminal. */
export function useColor(io: CliIo, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
