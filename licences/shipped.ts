/**
 * What the build really ships from other people: a Vite plugin that records, for every chunk the
 * bundler writes, the modules rendered into it, and maps each to its npm package (the nearest
 * package.json above the file under node_modules) or, for a bundler's virtual module, to the package
 * that made it. WXT runs several Vite builds per browser in one process; wxt.config.ts clears the
 * record before a build and writes it after (.output/shipped-packages-<browser>.json), and
 * licences/notices.mjs turns it into THIRD_PARTY_NOTICES.md and checks it in `npm test`.
 * The plugin only observes: the output is byte for byte what it would be without it.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface ShippedPackage {
  name: string;
  version: string;
  license: string;
  /** The package's folder, relative to the project (for its licence and notice files). */
  dir: string;
}

const shipped = new Map<string, ShippedPackage>();

/** Virtual modules (no file on disk) and the package whose code they are. */
const VIRTUAL: Array<[RegExp, string]> = [
  [/^\0?vite\//, 'vite'],
  [/^\0?(virtual:)?wxt/, 'wxt'],
  [/^\0?commonjsHelpers/, 'vite'],
];

function packageOf(file: string, root: string): ShippedPackage | null {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  // The package folder: node_modules/<name> or node_modules/@scope/<name>.
  const rest = file.slice(at + marker.length).split(sep);
  const nameParts = rest[0]!.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  const dir = file.slice(0, at + marker.length) + nameParts.join(sep);
  return readPackage(dir, root);
}

function readPackage(dir: string, root: string): ShippedPackage | null {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return null;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; license?: string | { type?: string } };
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  return {
    name: pkg.name,
    version: pkg.version,
    license,
    dir: dir
      .slice(root.length + 1)
      .split(sep)
      .join('/'),
  };
}

export function shippedPackagesPlugin(root: string): Plugin {
  return {
    name: 'red-thread:shipped-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) {
          if (info.renderedLength === 0) continue;
          const file = id.split('?')[0]!;
          let pkg: ShippedPackage | null = null;
          const virtual = VIRTUAL.find(([pattern]) => pattern.test(file));
          if (virtual) pkg = readPackage(join(root, 'node_modules', virtual[1]), root);
          else if (file.includes(`${sep}node_modules${sep}`)) pkg = packageOf(file, root);
          if (pkg) shipped.set(`${pkg.name}@${pkg.version}`, pkg);
        }
      }
    },
  };
}

export function clearShippedPackages(): void {
  shipped.clear();
}

/** Writes what the last build shipped, sorted, to `file`. */
export function writeShippedPackages(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const list = [...shipped.values()].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
}
