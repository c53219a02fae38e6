// The link targets written in a segment's markup. Cleaning Markdown keeps a link's text and
// drops its target, so a target changed in translation (`[security@cds-snc.ca](mailto:securty@…)`,
// a path ending in /2024 for /2025) is in no segment's text: the segment carries its targets.

import type { SourceDocument } from './document.js';
import type { MappedText } from './mapped-text.js';

// `[text](target "title")`, `<a href="target">`, and autolinks `<https://…>` / `<mailto:…>`.
const LINK = /\]\(\s*<?([^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|\bhref\s*=\s*(?:"([^"\n]+)"|'([^'\n]+)')|<((?:https?:\/\/|mailto:)[^\s<>]+)>/giu;
/** The same, anchored: the `](target)` that closes a link whose text ends a segment. */
const AFTER = new RegExp(LINK.source, 'iuy');
const ANY_LINK = /\]\(|href|<(?:https?:|mailto:)/i;

/**
 * The targets of the links in the document text a segment was cleaned from, in order; undefined
 * when it has none. A link whose text ends the segment has its `](target)` after the segment's
 * last character, an HTML link its href before the first: those parts of the line are taken in.
 */
export function linkTargets(doc: SourceDocument, mt: MappedText): string[] | undefined {
  if (mt.length === 0) return undefined;
  const raw = doc.text;
  const [first, to] = mt.docRange(0, mt.length);
  // An HTML link whose text starts the segment has its href before it: `<a href="…">Apply</a>`.
  let from = first;
  const open = raw[from - 1] === '>' ? raw.lastIndexOf('<', from - 1) : -1;
  if (open >= 0 && /^<a\s/i.test(raw.slice(open, from)) && !raw.slice(open, from).includes('\n')) from = open;
  let end = to;
  // Emphasis or code marks may close inside the link text: `[**Apply**](…)`.
  while (end < raw.length && (raw[end] === '*' || raw[end] === '_' || raw[end] === '`')) end++;
  AFTER.lastIndex = end;
  const after = raw.startsWith('](', end) ? AFTER.exec(raw) : null;
  end = after ? end + after[0].length : to;
  const span = raw.slice(from, end);
  if (!ANY_LINK.test(span)) return undefined;
  const out: string[] = [];
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(span)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out.length ? out : undefined;
}
