// Errors the user can act on. The CLI prints them as one line and exits with code 2;
// anything else is a bug and keeps its stack trace.

export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = 'UserError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** `file:line:col: message`, leaving out what is unknown. */
  format(): string {
    let prefix = '';
    if (this.file) {
      prefix = this.file;
      if (this.line) prefix += `:${this.line}`;
      if (this.line && this.column) prefix += `:${this.column}`;
      prefix += ': ';
    }
    return prefix + this.message;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
