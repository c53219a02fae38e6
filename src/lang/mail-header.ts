// The header of an e-mail or a meeting invitation as mail programs write it (`From:`, `Sent:`,
// `To:`, `Subject:`…, or `De :`, `Envoyé :`, `À :`, `Objet :`), quoted or not (`> From:`): the
// program wrote it in its own language, so it has no translation to miss or to pair.

/** The names of the fields of an e-mail or meeting header as mail programs write them, in either language. */
// (`Pour :` and `Copie :`, or `Copie à :`, are the recipients' fields of French mail programs other than Outlook.)
const FIELD_NAMES = 'From|Sent|To|Cc|Bcc|Subject|Date|When|Where|Organi[sz]er|Importance|De|Envoyé|À|Pour|Copie(?: à)?|Cci|Objet|Quand|Où|Organisateur';
/** The fields that start such a header. */
const START_NAMES = 'From|Sent|When|De|Envoyé|Quand';
/** The fields that hold no text to translate: people, dates, flags. */
const DATA_NAMES = 'From|Sent|To|Cc|Bcc|Date|Importance|De|Envoyé|À|Pour|Copie(?: à)?|Cci';
/** Prefixes mail clients put before a subject they reply to or forward. */
export const MAIL_PREFIXES = 'RE|Re|TR|Tr|FW|Fw|FWD|Fwd';
/** Such prefixes with their colon, wherever they stand after a subject's start or label. */
const MAIL_PREFIX_TOKENS = new RegExp(`(^|(?:Subject|Objet)\\s*:|:)(?:\\s*(?:${MAIL_PREFIXES})\\s?:)+`, 'g');

/** A subject line without the prefixes a mail client put before it (`Objet : TR : Cliniques` gives `Objet : Cliniques`). */
export function withoutMailPrefixes(text: string): string {
  return text.replace(MAIL_PREFIX_TOKENS, '$1');
}
/** The quotation marks of a reply before a line (`> `, `>> `). */
const QUOTED = '(?:>[ \\t]?)*';

/** What a sender's or recipient's field ends with when it gives an address (`Name <name@example.ca>`). */
const ENDS_WITH_ADDRESS = '(?=.*<[^<>\\s@]+@[^<>\\s]+>\\s*$)';

/** A field of a mail header, its name in one language or in both (`To / À :`). */
export const MAIL_FIELD = new RegExp(`^\\s*${QUOTED}\\s*(?:${FIELD_NAMES})(?:\\s*/\\s*(?:${FIELD_NAMES}))?\\s?:\\s`);
/** A field that starts a header. */
const MAIL_START = new RegExp(`^\\s*${QUOTED}\\s*(?:${START_NAMES})(?:\\s*/\\s*(?:${START_NAMES}))?\\s?:`);
/**
 * A field of a header that holds no text to translate, as a mail program writes it in one
 * language (`From:`, `Sent:`, `À :`); not a field of both (`From / De : Finance Directorate /
 * Direction des finances`), whose value is text in each language, unless it ends with the sender's
 * or recipient's address (`From: Clinique d'impôt SAGM / SAGM Tax Clinic <impots@…>`: a display
 * name; `À / To: Marc-André Gagnon <ma.gagnon@…>`).
 */
export const MAIL_DATA_FIELD = new RegExp(
  `^\\s*${QUOTED}\\s*(?:${DATA_NAMES})(?:\\s?:\\s(?:${ENDS_WITH_ADDRESS}|(?!.* / ))|\\s*/\\s*(?:${DATA_NAMES})\\s?:\\s${ENDS_WITH_ADDRESS})`,
);

/**
 * Whether line `line` (of `count`, read by `lineAt`) is in a mail header: a block of two or more
 * field lines, one of them a sender or a date, so that a lone `Where: Room 200` is still text.
 * With `sent`, one of them the time a mail program sent it (`Sent:`, `Envoyé :`) or a sender or
 * recipient with an e-mail address: a header the program wrote, not the To/From/Date lines of a
 * memo, which its writer translates.
 */
export function inMailHeader(lineAt: (line: number) => string, count: number, line: number, endLine = line, sent = false): boolean {
  if (!MAIL_FIELD.test(lineAt(line))) return false;
  let first = line;
  while (first > 1 && MAIL_FIELD.test(lineAt(first - 1))) first--;
  let last = endLine;
  while (last < count && MAIL_FIELD.test(lineAt(last + 1))) last++;
  if (last === first) return false;
  let start = false;
  let sentField = false;
  for (let l = first; l <= last; l++) {
    start ||= MAIL_START.test(lineAt(l));
    sentField ||= MAIL_SENT.test(lineAt(l)) || MAIL_ADDRESSED.test(lineAt(l));
  }
  return start && (!sent || sentField);
}

/** The field of the time a mail program sent the message. */
const MAIL_SENT = new RegExp(`^\\s*${QUOTED}\\s*(?:Sent|Envoyé)\\s?:`);
/** A sender or recipient field with an e-mail address (`From: Name <name@example.ca>`): a mail program's header, not a memo's. */
const ADDRESSED_NAMES = 'From|To|Cc|De|À|Pour|Copie(?: à)?';
const MAIL_ADDRESSED = new RegExp(`^\\s*${QUOTED}\\s*(?:${ADDRESSED_NAMES})(?:\\s*/\\s*(?:${ADDRESSED_NAMES}))?\\s?:.*[\\w.+-]+@[\\w-]+\\.[\\w.-]+`);

/**
 * The line a mail program writes above a quoted message (`On Mon, Oct 5, 2026 at 4:15 PM, Priya
 * Raman <priya.raman@example.ca> wrote:`, `Le lun. 5 oct. 2026, à 16 h 15, … a écrit :`), quoted
 * or not: the program's words, no text to translate, and the start of the message it quotes.
 */
export const MAIL_ATTRIBUTION = new RegExp(`^\\s*${QUOTED}\\s*(?:On\\s.{6,200}\\swrote|Le\\s.{6,200}\\sa\\s+écrit)\\s?:\\s*$`);

/** The line a mail program writes above a forwarded or quoted message (`-----Original Message-----`, `---------- Forwarded message ---------`, `-----Message d'origine-----`). */
export const MAIL_SEPARATOR = /^\s*(?:>[ \t]?)*\s*-{2,}\s*(?:original message|forwarded message|message d['’]origine|message transféré|message original)\s*-{2,}\s*$/i;

/**
 * The first lines of the mail headers in a document that start a message after another one (the
 * message replied to or forwarded, quoted or not): a block of field lines with a sender or date
 * field and the time a mail program sent it (or an address), or the line a program writes above
 * a quoted message (`On … wrote:`). A header at the top of the document starts nothing
 * new. Lines are 1-based.
 */
export function laterMessageStarts(lineAt: (line: number) => string, count: number): number[] {
  const starts: number[] = [];
  let textBefore = false;
  for (let l = 1; l <= count; l++) {
    const line = lineAt(l);
    if (MAIL_ATTRIBUTION.test(line) || MAIL_SEPARATOR.test(line)) {
      if (textBefore) starts.push(l);
      continue;
    }
    if (MAIL_FIELD.test(line) && (l === 1 || !MAIL_FIELD.test(lineAt(l - 1))) && inMailHeader(lineAt, count, l, l, true)) {
      if (textBefore && !(l > 1 && MAIL_SEPARATOR.test(lineAt(l - 1)))) starts.push(l);
      while (l < count && MAIL_FIELD.test(lineAt(l + 1))) l++;
      continue;
    }
    if (/[\p{L}\d]/u.test(line)) textBefore = true;
  }
  return starts;
}
