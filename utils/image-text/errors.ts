/** Errors of image text, each with a code the page can show a short message for. */
export type ImageTextErrorCode = 'not-found' | 'timeout' | 'network' | 'not-image' | 'too-large' | 'empty' | 'models' | 'failed' | 'cancelled' | 'not-allowed';

export class ImageTextError extends Error {
  constructor(
    readonly code: ImageTextErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export function asImageTextError(error: unknown): ImageTextError {
  if (error instanceof ImageTextError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/memory|allocation/i.test(message)) return new ImageTextError('failed', 'Not enough memory to read this image.');
  return new ImageTextError('failed', 'The text in this image could not be read.');
}
