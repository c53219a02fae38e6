// Hand-made run results for the reporter tests, independent of the aligner and the checks.
// Segments carry a `locate` map like the text reader's, built from the lines they were cut from.

import type { Finding, FindingSide, Pair, Place, RuleMeta, RunResult, Segment, Severity } from '../../src/core/types.js';

/** Pieces of a segment as they lie in the file: [line, column, text]; pieces are joined with a space. */
type Piece = [number, number, string];

export function seg(file: string, lang: 'en' | 'fr' | 'und', ...pieces: Piece[]): Segment {
  const pos: Array<{ line: number; column: number }> = [];
  let text = '';
  pieces.forEach(([line, column, t], k) => {
    if (k > 0) {
      // The joining space stands for the line break before the piece.
      const prev = pieces[k - 1];
      pos.push({ line: prev[0], column: prev[1] + prev[2].length });
      text += ' ';
    }
    for (let i = 0; i < t.length; i++) pos.push({ line, column: column + i });
    text += t;
  });
  const last = pieces[pieces.length - 1];
  const end = { line: last[0], column: last[1] + last[2].length };
  const locate = (from: number, to: number): Place => {
    const a = pos[from] ?? end;
    const b = to > from ? pos[to - 1] : undefined;
    return { file, line: a.line, column: a.column, endLine: b ? b.line : a.line, endColumn: b ? b.column + 1 : a.column };
  };
  return { text, lang, place: locate(0, text.length), locate };
}

export function pair(id: string, en: Segment | null, fr: Segment | null, method: Pair['method'] = en && fr ? 'inline' : 'orphan'): Pair {
  return { id, en, fr, method, score: 1 };
}

/** Where a range of a segment is, as a finding side. */
function side(s: Segment, range: [number, number] | 'whole'): FindingSide {
  const [from, to] = range === 'whole' ? [0, s.text.length] : range;
  const p = s.locate!(from, Math.max(to, from + 1));
  return { file: p.file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, text: s.text.slice(from, to) };
}

interface Report {
  rule: string;
  severity: Severity;
  message: string;
  en?: [number, number] | 'whole';
  fr?: [number, number] | 'whole';
  suggestion?: string;
  fix?: { side: 'en' | 'fr'; from: number; to: number; text: string };
  /** A finding that covers more than its pair (a run of orphans): its last line. */
  endLine?: number;
}

/** A finding as the check runner makes one: the primary place spans both sides in the first side's file. */
export function finding(p: Pair, r: Report): Finding {
  const en = r.en && p.en ? side(p.en, r.en) : undefined;
  const fr = r.fr && p.fr ? side(p.fr, r.fr) : undefined;
  const sides = [en, fr].filter((s): s is FindingSide => s !== undefined);
  const file = sides[0].file!;
  const same = sides.filter((s) => s.file === file);
  const start = same.reduce((a, b) => (b.line < a.line || (b.line === a.line && b.column < a.column) ? b : a));
  const end = same.reduce((a, b) => (b.endLine! > a.endLine! || (b.endLine === a.endLine && b.endColumn! > a.endColumn!) ? b : a));
  const f: Finding = {
    rule: r.rule,
    severity: r.severity,
    message: r.message,
    pair: p.id,
    side: en && fr ? 'both' : fr ? 'fr' : 'en',
    file,
    line: start.line,
    column: start.column,
    endLine: r.endLine ?? end.endLine!,
    endColumn: end.endColumn!,
  };
  if (en) f.en = en;
  if (fr) f.fr = fr;
  if (r.suggestion !== undefined) f.suggestion = r.suggestion;
  if (r.fix) {
    const s = r.fix.side === 'en' ? p.en! : p.fr!;
    f.fix = { place: s.locate!(r.fix.from, r.fix.to), text: r.fix.text };
  }
  return f;
}

export const RULES: RuleMeta[] = [
  { id: 'missing-translation', description: 'Every segment has a counterpart in the other language', severity: 'warning', help: 'An English segment with no French (or the reverse) is usually a forgotten translation.' },
  { id: 'glued-words', description: 'Words run together', severity: 'warning' },
  { id: 'timezone', description: 'Time zones fit their dates and agree across languages', severity: 'error' },
  { id: 'fr-typography', description: 'French spacing and signs', severity: 'warning' },
  { id: 'time-mismatch', description: 'Times agree once normalised', severity: 'error' },
  { id: 'whitespace', description: 'Double, leading and trailing spaces', severity: 'info' },
  { id: 'number-mismatch', description: 'Numbers agree once normalised', severity: 'error' },
];

const A = 'agenda.txt';

// The agenda: a wrapped heading block, stacked date lines, inline pairs, a run of orphans.
const heading = pair(
  'p1',
  seg(A, 'en', [3, 3, 'CYBERSECURITY'], [4, 1, 'PRACTICE GROUP MEETING']),
  seg(A, 'fr', [6, 3, 'GROUPE DE PRATIQUESUR LA'], [7, 1, 'SÉCURITÉ CYBERNÉTIQUE']),
  'block',
);
const date = pair(
  'p2',
  seg(A, 'en', [11, 1, 'September 12, 2011 – 2:00 pm-4:00pm EST']),
  seg(A, 'fr', [12, 1, 'Le 12 septembre 2011 – 14h00-16h00 HSE']),
  'stacked',
);
const dial = pair('p3', seg(A, 'en', [17, 1, 'Dial-in number']), seg(A, 'fr', [17, 16, 'Numéro à composer: 1-877-413-4782']));
const credit = pair('p4', seg(A, 'en', [23, 1, '(Chantal Roy, Director, ATIP Secretariat)']), null);
// Tabs, wide characters and combining accents before the span must not shift the carets.
const tabs = pair('p5', seg(A, 'en', [30, 1, 'Room\t5362:\tmeeting 会議室 at 2:00 pm']), seg(A, 'fr', [31, 1, 'Salle\t5362 :\tréunion 会議室 à 15 h 00']), 'stacked');
const emoji = pair('p6', seg(A, 'en', [33, 1, '🎉 Launch at 10:00 am']), seg(A, 'fr', [34, 1, '🎉 Lancement à 10 h 00 ']), 'stacked');
const accents = pair('p7', seg(A, 'en', [36, 1, 'Cafe\u0301 budget: $2.5 million']), seg(A, 'fr', [37, 1, 'Budget du cafe\u0301 : 25 millions de dollars']), 'stacked');
const longEn =
  'The Quintet of Attorneys General met in July to discuss the cross-border sharing of electronic evidence, mutual legal assistance requests and the timelines set for 2011-2012, and agreed to meet again at 3:30 pm on the following Tuesday.';
const longFr =
  'Le Quintette des procureurs généraux s’est réuni en juillet pour discuter de l’échange transfrontalier de preuves électroniques, des demandes d’entraide juridique et des échéanciers fixés pour 2011-2012, et a convenu de se réunir de nouveau à 16 h 30 le mardi suivant.';
const long = pair('p8', seg(A, 'en', [40, 1, longEn]), seg(A, 'fr', [41, 1, longFr]), 'stacked');
const frOrphan = pair('p9', null, seg(A, 'fr', [45, 1, 'Pause santé']));

// Two monolingual files aligned sentence by sentence (--parallel).
const parallel = pair('p10', seg('docs/en/guide.md', 'en', [5, 1, 'Submit the form by 4:00 pm.']), seg('docs/fr/guide.md', 'fr', [5, 1, 'Soumettez le formulaire avant 16 h 30.']), 'parallel');

const at = (s: string, sub: string, nth = 0): [number, number] => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = s.indexOf(sub, i + 1);
  if (i < 0) throw new Error(`fixture: '${sub}' not in '${s}'`);
  return [i, i + sub.length];
};

export const bilingualFindings: Finding[] = [
  finding(heading, {
    rule: 'glued-words',
    severity: 'warning',
    message: 'PRATIQUESUR is not a word; PRATIQUE SUR is (used in 2 other places)',
    fr: at(heading.fr!.text, 'PRATIQUESUR'),
    suggestion: 'PRATIQUE SUR',
    fix: { side: 'fr', from: at(heading.fr!.text, 'PRATIQUESUR')[0], to: at(heading.fr!.text, 'PRATIQUESUR')[1], text: 'PRATIQUE SUR' },
  }),
  finding(date, {
    rule: 'timezone',
    severity: 'error',
    message: 'EST is standard time, but September 12, 2011 is in daylight time: expected EDT',
    en: at(date.en!.text, 'EST'),
    suggestion: 'EDT',
  }),
  finding(date, {
    rule: 'timezone',
    severity: 'error',
    message: 'HSE is not a French zone abbreviation: expected HAE (EDT)',
    fr: at(date.fr!.text, 'HSE'),
    suggestion: 'HAE',
  }),
  finding(dial, {
    rule: 'fr-typography',
    severity: 'warning',
    message: 'A no-break space goes before the colon in French: expected "composer :", found "composer:"',
    // An insertion point: nothing to replace, something to add before the colon.
    fr: [dial.fr!.text.indexOf(':'), dial.fr!.text.indexOf(':')],
    suggestion: 'Numéro à composer\u00a0:',
    fix: { side: 'fr', from: dial.fr!.text.indexOf(':'), to: dial.fr!.text.indexOf(':'), text: '\u00a0' },
  }),
  finding(credit, {
    rule: 'missing-translation',
    severity: 'warning',
    message: 'No French for 3 lines (23–25)',
    en: 'whole',
    endLine: 25,
  }),
  finding(tabs, {
    rule: 'time-mismatch',
    severity: 'error',
    message: 'EN 2:00 pm is 14:00, FR 15 h 00 is 15:00',
    en: at(tabs.en!.text, '2:00 pm'),
    fr: at(tabs.fr!.text, '15 h 00'),
    suggestion: '14 h 00',
  }),
  finding(emoji, {
    rule: 'whitespace',
    severity: 'info',
    message: 'Trailing space',
    fr: [emoji.fr!.text.length - 1, emoji.fr!.text.length],
    fix: { side: 'fr', from: emoji.fr!.text.length - 1, to: emoji.fr!.text.length, text: '' },
  }),
  finding(accents, {
    rule: 'number-mismatch',
    severity: 'error',
    message: 'EN $2.5 million is 2,500,000 CAD, FR 25 millions de dollars is 25,000,000 CAD',
    en: at(accents.en!.text, '$2.5 million'),
    fr: at(accents.fr!.text, '25 millions de dollars'),
    suggestion: '2,5 millions de dollars',
  }),
  finding(long, {
    rule: 'time-mismatch',
    severity: 'error',
    message: 'EN 3:30 pm is 15:30, FR 16 h 30 is 16:30',
    en: at(longEn, '3:30 pm'),
    fr: at(longFr, '16 h 30'),
    suggestion: '15 h 30',
  }),
  finding(frOrphan, {
    rule: 'missing-translation',
    severity: 'warning',
    message: 'No English for this line',
    fr: 'whole',
  }),
  finding(parallel, {
    rule: 'time-mismatch',
    severity: 'error',
    message: 'EN 4:00 pm is 16:00, FR 16 h 30 is 16:30',
    en: at(parallel.en!.text, '4:00 pm'),
    fr: at(parallel.fr!.text, '16 h 30'),
    suggestion: '16 h',
  }),
  // A user rule from a configuration, which the run's rule list does not describe.
  {
    rule: 'terms/gc',
    severity: 'warning',
    message: 'Use "Secrétariat de l’AIPRP", not "ATIP Secretariat", in French',
    side: 'fr',
    file: 'notes, 50% "draft".txt',
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 17,
    fr: { file: 'notes, 50% "draft".txt', line: 2, column: 1, endLine: 2, endColumn: 17, text: 'ATIP Secretariat' },
    suggestion: 'Secrétariat de l’AIPRP',
  },
];

function sorted(fs: Finding[]): Finding[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...fs].sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message));
}

/** Findings on both sides, one side, orphans, multi-line spans, unicode and tabs, two files. */
export const bilingual: RunResult = {
  files: [A, 'docs/en/guide.md', 'docs/fr/guide.md', 'notes, 50% "draft".txt'],
  pairs: [heading, date, dial, credit, tabs, emoji, accents, long, frOrphan, parallel],
  findings: sorted(bilingualFindings),
  rules: RULES,
};

/** A run without a single finding. */
export const clean: RunResult = {
  files: [A, 'minutes.md'],
  pairs: [
    pair('p1', seg(A, 'en', [9, 1, 'Agenda']), seg(A, 'fr', [9, 8, 'Ordre du jour'])),
    pair('p2', seg('minutes.md', 'en', [1, 3, 'Minutes']), seg('minutes.md', 'fr', [1, 13, 'Procès-verbal'])),
  ],
  findings: [],
  rules: RULES,
};

/** Findings with no pair to show (from a keyed format whose pairs were not kept). */
export const bare: RunResult = {
  files: ['strings.xlf'],
  pairs: [],
  findings: [
    {
      rule: 'placeholders',
      severity: 'error',
      message: 'Placeholder {count} is missing in French',
      side: 'fr',
      file: 'strings.xlf',
      line: 14,
      column: 9,
      endLine: 14,
      endColumn: 30,
      fr: { line: 14, column: 9, endLine: 14, endColumn: 30, text: 'Vous avez des messages' },
    },
  ],
};

export { sorted as sortedFindings };
export type { Severity };
