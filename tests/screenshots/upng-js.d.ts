/** The part of upng-js (pure JavaScript PNG decoder and palette encoder) the screenshot script uses. */
declare module 'upng-js' {
  interface Image {
    width: number;
    height: number;
  }
  export function decode(buffer: ArrayBuffer): Image;
  export function toRGBA8(image: Image): ArrayBuffer[];
  /** colours: 0 for lossless, otherwise the palette size (quantised). */
  export function encode(frames: ArrayBuffer[], width: number, height: number, colours: number): ArrayBuffer;
}
