/** The forbidden phrases `text` contains, in the list's order: the same check the API makes on a saved note. */
export function phrasesIn(text: string | undefined, phrases: readonly string[]): string[] {
  const lower = (text ?? '').toLowerCase();
  return lower ? phrases.filter((phrase) => lower.includes(phrase.toLowerCase())) : [];
}

export interface Piece {
  text: string;
  forbidden: boolean;
}

/** `text` cut into pieces, those that are a forbidden phrase marked, for highlighting as it is typed. */
export function marked(text: string, phrases: readonly string[]): Piece[] {
  const found = phrasesIn(text, phrases).sort((a, b) => b.length - a.length);
  if (found.length === 0) return [{ text, forbidden: false }];
  const escaped = found.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text
    .split(new RegExp(`(${escaped.join('|')})`, 'i'))
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, forbidden: found.some((phrase) => phrase.toLowerCase() === piece.toLowerCase()) }));
}
