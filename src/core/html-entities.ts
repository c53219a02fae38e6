// HTML entities as web pages and message templates write them (`&nbsp;`, `&eacute;`, `&#8217;`).

/** Named HTML entities that web editors leave in Markdown pages. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', shy: '', thinsp: '\u2009', copy: '©', reg: '®', trade: '™', deg: '°',
  euro: '€', bull: '•', middot: '·', sect: '§', para: '¶', ordm: 'º', ordf: 'ª', times: '×',
};
// The accented letters of French pages written with entities (`&eacute;`, `&Agrave;`, `&ccedil;`, `&oelig;`).
for (const [base, accents] of Object.entries({ a: 'grave acute circ uml', e: 'grave acute circ uml', i: 'circ uml acute grave', o: 'circ uml acute grave', u: 'grave circ uml acute', y: 'uml acute', c: 'cedil' })) {
  for (const accent of accents.split(' ')) {
    const mark = { grave: '\u0300', acute: '\u0301', circ: '\u0302', uml: '\u0308', cedil: '\u0327' }[accent]!;
    ENTITIES[base + accent] = (base + mark).normalize('NFC');
    ENTITIES[base.toUpperCase() + accent] = (base.toUpperCase() + mark).normalize('NFC');
  }
}
Object.assign(ENTITIES, { oelig: 'œ', OElig: 'Œ', aelig: 'æ', AElig: 'Æ', szlig: 'ß' });

/** An entity: `&name;`, `&#8217;` or `&#x2019;` (its name or number in group 1). */
export const HTML_ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** The character of an entity's name or number (`nbsp`, `#160`, `#xA0`), or null when unknown. */
export function decodeEntity(name: string): string | null {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? null;
}
