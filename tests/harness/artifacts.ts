import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

export function artifactPath(browser: string, name: string): string {
  const dir = join(ARTIFACTS, browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}
