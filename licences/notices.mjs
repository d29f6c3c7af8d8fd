#!/usr/bin/env node
/**
 * THIRD_PARTY_NOTICES.md: every npm package the built extension contains (recorded by the build
 * itself: licences/shipped.ts writes .output/shipped-packages-<browser>.json) and every third-party
 * data file it ships (declared in licences/data-files.json), each with its licence text, and the
 * NOTICE file of Apache-2.0 packages. The build copies the file into the extension.
 *
 *   node licences/notices.mjs           write THIRD_PARTY_NOTICES.md from the last build (npm run notices)
 *   node licences/notices.mjs --check   fail when a shipped package or file is not listed, a licence is
 *                                       not one we accept, or the file is not what the build makes (npm test)
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const NOTICES = join(ROOT, 'THIRD_PARTY_NOTICES.md');
const BROWSERS = ['chrome', 'firefox'];
/** Licences whose terms a browser extension can meet by shipping this notice. */
const ACCEPTED_IDS = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0', 'MPL-2.0', 'CC0-1.0', 'Zlib', 'Unicode-3.0', 'BlueOak-1.0.0']);
/** An SPDX id or a simple expression ("(MIT AND Zlib)", "MIT OR Apache-2.0"): every part of an AND accepted, some part of an OR. */
const ACCEPTED = {
  has(expression) {
    const plain = String(expression).replace(/[()]/g, ' ').trim();
    if (/\sOR\s/.test(plain)) return plain.split(/\s+OR\s+/).some((part) => ACCEPTED.has(part));
    return plain.split(/\s+AND\s+/).every((id) => ACCEPTED_IDS.has(id.trim()));
  },
};
const check = process.argv.includes('--check');
const problems = [];

function globToRegExp(glob) {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${source}$`);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => String(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The licence text a package ships (LICENSE, LICENCE, LICENSE.md …); the part about its own code only. */
function licenceText(dir) {
  const abs = join(ROOT, dir);
  const name = readdirSync(abs).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  if (!name) return null;
  const text = readFileSync(join(abs, name), 'utf8');
  // Vite's LICENSE.md goes on with the licences of what its own CLI bundles; none of that reaches the extension.
  const cut = text.indexOf('# Licenses of bundled dependencies');
  return (cut > 0 ? text.slice(0, cut) : text).trim();
}

function noticeText(dir) {
  const abs = join(ROOT, dir);
  const name = readdirSync(abs).find((f) => /^notice(\.(md|txt))?$/i.test(f));
  return name ? readFileSync(join(abs, name), 'utf8').trim() : null;
}

// What the builds shipped ------------------------------------------------------------------
const packages = new Map();
for (const browser of BROWSERS) {
  const record = join(OUT, `shipped-packages-${browser}.json`);
  if (!existsSync(record)) {
    console.error(`No ${relative(ROOT, record)}: build first (npm run build).`);
    process.exit(1);
  }
  for (const pkg of JSON.parse(readFileSync(record, 'utf8'))) {
    const key = `${pkg.name}@${pkg.version}`;
    const entry = packages.get(key) ?? { ...pkg, browsers: [] };
    entry.browsers.push(browser);
    packages.set(key, entry);
  }
}
for (const pkg of packages.values()) {
  if (!ACCEPTED.has(pkg.license)) problems.push(`${pkg.name}@${pkg.version} is shipped under "${pkg.license}", which is not in the accepted list (licences/notices.mjs).`);
}

// Files the builds ship ----------------------------------------------------------------------
const declared = JSON.parse(readFileSync(join(ROOT, 'licences', 'data-files.json'), 'utf8'));
const ours = declared.ours.map(globToRegExp);
const thirdParty = declared.thirdParty.map((entry) => ({ ...entry, pattern: globToRegExp(entry.files), shippedIn: new Set() }));
for (const browser of BROWSERS) {
  const dir = join(OUT, `${browser}-mv3`);
  if (!existsSync(dir)) continue;
  for (const file of filesUnder(dir)) {
    const data = thirdParty.find((e) => e.pattern.test(file));
    if (data) data.shippedIn.add(browser);
    else if (!ours.some((p) => p.test(file)))
      problems.push(`${browser}-mv3/${file} is shipped but neither Red Thread's own nor a declared data file: add it to licences/data-files.json with its licence.`);
  }
}
for (const entry of thirdParty) {
  if (!ACCEPTED.has(entry.license)) problems.push(`${entry.name} (${entry.files}) is declared under "${entry.license}", which is not in the accepted list.`);
  if (entry.licenseFile && !existsSync(join(ROOT, entry.licenseFile))) problems.push(`${entry.name}: its licence file ${entry.licenseFile} does not exist.`);
}

// The notice file ------------------------------------------------------------------------------
const lines = [
  '# Third-party notices',
  '',
  'Red Thread ships code and data made by others. This file lists every npm package the built extension contains',
  '(as recorded by the build itself) and every third-party data file it ships, each with its licence. It is generated by',
  '`npm run notices` after a build and checked by `npm test`; do not edit it by hand. It ships inside the extension too.',
  '',
  '## Packages in the built extension',
  '',
  '| package | version | licence | in |',
  '|---|---|---|---|',
];
const sorted = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
for (const pkg of sorted) lines.push(`| ${pkg.name} | ${pkg.version} | ${pkg.license} | ${pkg.browsers.join(', ')} |`);
lines.push('', '## Data files', '');
const shippedData = thirdParty.filter((e) => e.shippedIn.size > 0);
if (shippedData.length === 0) lines.push("None: every data file in the package (guidance, locales, icons) is Red Thread's own.");
for (const entry of shippedData) {
  lines.push(
    `- **${entry.name}**${entry.version ? ` ${entry.version}` : ''} (\`${entry.files}\`): ${entry.license}. ${entry.copyright ?? ''} Source: ${entry.source}.${entry.changes ? ` Changes: ${entry.changes}.` : ''}`,
  );
}
lines.push('', '## Licence texts', '');
for (const pkg of sorted) {
  lines.push(`### ${pkg.name} ${pkg.version} (${pkg.license})`, '');
  const text = licenceText(pkg.dir);
  if (text) lines.push('```text', text, '```', '');
  else lines.push(`The package ships no licence file; its package.json declares ${pkg.license}.`, '');
  const notice = pkg.license === 'Apache-2.0' ? noticeText(pkg.dir) : null;
  if (notice) lines.push('NOTICE:', '', '```text', notice, '```', '');
}
for (const entry of shippedData) {
  lines.push(`### ${entry.name} (${entry.license})`, '');
  if (entry.licenseFile) lines.push('```text', readFileSync(join(ROOT, entry.licenseFile), 'utf8').trim(), '```', '');
  if (entry.notice) lines.push('NOTICE:', '', '```text', entry.notice.trim(), '```', '');
}
const text = `${lines.join('\n').trimEnd()}\n`;

if (check) {
  if (!existsSync(NOTICES)) problems.push('THIRD_PARTY_NOTICES.md is missing: run npm run notices.');
  else if (readFileSync(NOTICES, 'utf8') !== text) {
    const listed = readFileSync(NOTICES, 'utf8');
    const unlisted = sorted.filter((p) => !listed.includes(`| ${p.name} | ${p.version} |`)).map((p) => `${p.name}@${p.version}`);
    problems.push(
      `THIRD_PARTY_NOTICES.md is not what the build ships${unlisted.length ? ` (not listed: ${unlisted.join(', ')})` : ''}: run npm run build && npm run notices, and read the new licences.`,
    );
  }
  for (const browser of BROWSERS) {
    const shippedCopy = join(OUT, `${browser}-mv3`, 'THIRD_PARTY_NOTICES.md');
    if (existsSync(NOTICES) && (!existsSync(shippedCopy) || readFileSync(shippedCopy, 'utf8') !== readFileSync(NOTICES, 'utf8'))) {
      problems.push(`The ${browser} build does not ship the current THIRD_PARTY_NOTICES.md: rebuild.`);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(`✖ ${p}`);
    process.exit(1);
  }
  console.log(`Third-party notices: ${sorted.length} packages and ${shippedData.length} data files shipped, all listed with accepted licences.`);
} else {
  for (const p of problems) console.error(`✖ ${p}`);
  writeFileSync(NOTICES, text);
  console.log(`Wrote THIRD_PARTY_NOTICES.md: ${sorted.length} packages, ${shippedData.length} data files.`);
  if (problems.length) process.exit(1);
}
