// The set phrases that open and close a letter or a message, each language's way. They carry no
// words the other language's phrase translates (`Yours sincerely,` / `Veuillez agréer, Monsieur,
// l'expression de nos sentiments distingués.`), so the readers and checks know them by their form.

/** A salutation on a line of its own (`Monsieur,`, `Dear Mr. Arsenault:`, `Bonjour à tous,`): short, ending with a comma or a colon. */
export const SALUTATION = /^(?:Dear|Hello|Hi|Greetings|Good (?:morning|afternoon)|To whom|Bonjour|Bonsoir|Madame|Monsieur|Mesdames|Messieurs|Chers?|Chères?)\b[^!?]{0,50}[,:]$/u;

/** A salutation of each language (SALUTATION's forms, by their first word). */
export const ENGLISH_SALUTATION = /^(?:Dear|Hello|Hi|Greetings|Good (?:morning|afternoon)|To whom)\b[^!?]{0,50}[,:]$/u;
export const FRENCH_SALUTATION = /^(?:Bonjour|Bonsoir|Madame|Monsieur|Mesdames|Messieurs|Chers?|Chères?)\b[^!?]{0,50}[,:]$/u;

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
