// A text copied from the other language with only its values put the other way (`11:30 a.m. –
// Update on the Flood Mapping Program` over `11 h 30 – Update on the Flood Mapping Program`): a
// translation left undone. The aligner pairs such a copy with its source; untranslated reports it.

/** Words (of three letters or more) a text must have for its copy to be taken for one. */
export const COPY_MIN_WORDS = 4;

/** The words of a text, values and their units left out: what a copy keeps when only its values were translated. */
export function wordsOnly(text: string): string {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).join(' ');
}

/** Whether two texts have the same words, at least COPY_MIN_WORDS of them, once their values are left out. */
export function sameWordsApartFromValues(a: string, b: string): boolean {
  const words = wordsOnly(a);
  return words.split(' ').length >= COPY_MIN_WORDS && words === wordsOnly(b);
}
