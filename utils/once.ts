/**
 * A value made on first use and kept: for zod schemas that the content script would otherwise
 * build while every RedNote page evaluates it, whether or not they are ever used there.
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
