/**
 * The built manifest, read back through zod: the tests assert on what the build wrote, so its
 * fields come typed (and a manifest of the wrong shape fails here, loudly, not as `undefined`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { BrowserName } from './browser';
import { extensionDir } from './env';

const manifestSchema = z.looseObject({
  version: z.string(),
  permissions: z.optional(z.array(z.string())),
  host_permissions: z.optional(z.array(z.string())),
  optional_host_permissions: z.optional(z.array(z.string())),
  optional_permissions: z.optional(z.array(z.string())),
  content_scripts: z.array(z.looseObject({ matches: z.array(z.string()) })),
  web_accessible_resources: z.optional(z.array(z.unknown())),
  externally_connectable: z.optional(z.unknown()),
  commands: z.optional(z.record(z.string(), z.unknown())),
});
export type BuiltManifest = z.infer<typeof manifestSchema>;

export function readManifest(browser: BrowserName): BuiltManifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(extensionDir(browser), 'manifest.json'), 'utf8')));
}
