import { deepl } from './deepl';
import { googleHtml, googleSingle } from './google';
import { libre } from './libre';
import { microsoft } from './microsoft';
import { openai } from './openai';
import type { Standin } from './types';

/** Every provider stand-in, each speaking its provider's real wire format. */
export const STANDINS: readonly Standin[] = [microsoft, googleHtml, googleSingle, deepl, libre, openai];

export { deeplKeys, deeplExhaustedKeys } from './deepl';
export { libreConfig } from './libre';
export { openaiKeys } from './openai';
export type { Standin, StandinReply, StandinRequest, DecodedRequest } from './types';
