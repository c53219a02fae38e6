// Fenced code blocks of Markdown, line by line, by the CommonMark rules that matter for reading
// prose around them: a fence opens with three or more backticks or tildes, and an opening
// backtick fence's info string holds no backtick (``` python manage.py migrate ``` on one line is
// inline code, not a block that swallows the text after it); it closes on a line of the same
// character, at least as long, and nothing else; an unclosed fence runs to the end. Indentation
// is accepted at any depth, since fences nest in list items.

const OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

export class MarkdownFences {
  private fence: string | null = null;

  /** Whether this line, the next of the document, opens, continues or closes a code block. */
  inCode(line: string): boolean {
    if (this.fence !== null) {
      const t = line.trim();
      if (t.length >= this.fence.length && t[0] === this.fence[0] && /^(`+|~+)$/.test(t)) this.fence = null;
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
