/**
 * Light or dark, read from what the page shows: the first opaque background behind an element,
 * else its text colour. Colour maths on computed \`rgb()\`/\`rgba()\` strings.
 */

export interface PageTheme {
  dark: boolean;
  /** The page's own surface colour behind the element, when it has one. */
  background: string | null;
}

export function themeBehind(element: Element, textOf: Element = element): PageTheme {
  let background: string | null = null;
  for (let el: Element | null = element; el && !background; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (alpha(colour) > 0.9) background = colour;
  }
  const dark = background ? luminance(background) < 0.4 : luminance(getComputedStyle(textOf).color) > 0.6;
  return { dark, background };
}

function parseRgb(colour: string): number[] | null {
  const m = /rgba?\(([^)]+)\)/.exec(colour);
  if (!m) return null;
  return m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number.parseFloat);
}

export function alpha(colour: string): number {
  const parts = parseRgb(colour);
  if (!parts) return 0;
  return parts.length >= 4 ? parts[3]! : 1;
}

export function luminance(colour: string): number {
  const parts = parseRgb(colour);
  if (!parts) return 1;
  const [r = 255, g = 255, b = 255] = parts;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
