/**
 * Splits a long text into pieces no longer than `maxChars`, at paragraph boundaries first,
 * then sentence ends (。！？.!? and their kin), then commas, then anywhere. Joining the pieces
 * gives the text back exactly, so a body is shown whole after its pieces are translated.
 */
const BOUNDARIES: RegExp[] = [
  /\n\s*\n/g, // paragraphs
  /\n/g, // lines
  /[。！？!?…]+["'”’」』）)]*\s*|\.(?=\s)\s*/g, // sentence ends
  /[，,；;、]\s*/g, // clauses
];

export function splitText(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  return splitAt(text, maxChars, 0);
}

function splitAt(text: string, maxChars: number, level: number): string[] {
  if (text.length <= maxChars) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) {
    // No boundary left: cut at maxChars, never inside a surrogate pair.
    const pieces: string[] = [];
    let rest = text;
    while (rest.length > maxChars) {
      let cut = maxChars;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest) pieces.push(rest);
    return pieces;
  }
  // Cut after each boundary, then pack consecutive parts up to maxChars.
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (end > last) parts.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) parts.push(text.slice(last));
  const packed: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current && current.length + part.length > maxChars) {
      packed.push(current);
      current = '';
    }
    current += part;
  }
  if (current) packed.push(current);
  return packed.flatMap((piece) => (piece.length > maxChars ? splitAt(piece, maxChars, level + 1) : [piece]));
}
