// The set phrases that open and close a letter or a message, each language's way. They carry no
// words the other language's phrase translates (`Yours sincerely,` / `Veuillez agréer, Monsieur,
// l'expression de nos sentiments distingués.`), so the readers and checks know them by their form.

/** The words that open a salutation in each language. */
const ENGLISH_SALUTATION_OPENINGS = 'Dear|Hello|Hi|Greetings|Good (?:morning|afternoon)|To whom';
const FRENCH_SALUTATION_OPENINGS = 'Bonjour|Bonsoir|Madame|Monsieur|Mesdames|Messieurs|Chers?|Chères?';
/** A salutation, short, ending with a comma or a colon, after its opening words. */
const salutation = (openings: string): RegExp => new RegExp(`^(?:${openings})\\b[^!?]{0,50}[,:]$`, 'u');

/** A salutation on a line of its own (`Monsieur,`, `Dear Mr. Arsenault:`, `Bonjour à tous,`), of either language. */
export const SALUTATION = salutation(`${ENGLISH_SALUTATION_OPENINGS}|${FRENCH_SALUTATION_OPENINGS}`);
/** A salutation of each language. */
export const ENGLISH_SALUTATION = salutation(ENGLISH_SALUTATION_OPENINGS);
export const FRENCH_SALUTATION = salutation(FRENCH_SALUTATION_OPENINGS);

/** An English closing formula, the whole line (`Yours sincerely,`, `Kind regards,`). */
export const ENGLISH_CLOSING = /^(?:Yours (?:sincerely|truly|faithfully)|Sincerely(?: yours)?|(?:Best|Kind|Warm) regards|Regards|Respectfully(?: yours)?)[,.]?$/i;

/** A French closing formula, opening its line (`Veuillez agréer, Madame, …`, `Cordialement,`). */
export const FRENCH_CLOSING = /^(?:Veuillez (?:agréer|accepter|recevoir)|Nous vous prions d['’]agréer|Je vous prie d['’]agréer|Recevez|(?:Sincères|Meilleures) salutations|Salutations distinguées|Cordialement)/i;

/** A French letter's `p. j.` or `p.j.` (pièces jointes, where English writes `Encl.`): a word of single letters. */
export const FRENCH_ENCLOSURE = /^p\.\s?j\./i;

/** Whether a line opens with a closing formula of either language. */
export function isClosing(text: string): boolean {
  const t = text.trim();
  return ENGLISH_CLOSING.test(t) || FRENCH_CLOSING.test(t);
}
