// Fenced code blocks of Markdown, line by line, by the CommonMark rules that matter for reading
// prose around them: a fence opens with three or more backticks or tildes, and an opening
// backtick fence's info string holds no backtick (``` python manage.py migrate ``` on one line is
// inline code, not a block that swallows the text after it); it closes on a line of the same
// character, at least as long, and nothing else; an unclosed fence runs to the end. Indentation
// is accepted at any depth, since fences nest in list items.
// An HTML block of a script or a style sheet (CommonMark's HTML block of type 1: a line that opens
// with `<script` or `<style`, up to the line that closes it) is read the same way: its content is
// code no reader sees, which a page's own CSS (`margin: 0px;`) showed by being checked as text.

const OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const RAW_OPEN = /^\s*<(script|style)(?=[\s>]|$)/i;
const RAW_CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/i, style: /<\/style\s*>/i };

export class MarkdownFences {
  private fence: string | null = null;
  /** The closing tag of the raw HTML block the lines are in. */
  private rawClose: RegExp | null = null;

  /** Whether this line, the next of the document, opens, continues or closes a code block. */
  inCode(line: string): boolean {
    if (this.rawClose !== null) {
      if (this.rawClose.test(line)) this.rawClose = null;
      return true;
    }
    if (this.fence !== null) {
      const t = line.trim();
      if (t.length >= this.fence.length && t[0] === this.fence[0] && /^(`+|~+)$/.test(t)) this.fence = null;
      return true;
    }
    const raw = line.includes('<') ? RAW_OPEN.exec(line) : null;
    if (raw) {
      const close = RAW_CLOSE[raw[1].toLowerCase()];
      if (!close.test(line)) this.rawClose = close;
      return true;
    }
    const m = OPEN.exec(line);
    if (!m) return false;
    if (m[1][0] === '`' && m[2].includes('`')) return false;
    this.fence = m[1];
    return true;
  }
}

/** An inline code span (`npm install -g yarn`): code, not text in either language. */
export const CODE_SPAN = /`[^`\n]+`/g;
