/**
 * A throwaway certificate for every test host, made with openssl once per checkout
 * (cached under tests/.cache). Browsers accept it because the harness tells them to
 * ignore certificate errors; nothing here is trusted system-wide.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_HOSTS } from './hosts';

const CACHE = join(import.meta.dirname, '..', '.cache', 'certs');

export function testCertificate(): { key: Buffer; cert: Buffer } {
  const keyPath = join(CACHE, 'key.pem');
  const certPath = join(CACHE, 'cert.pem');
  const hostsPath = join(CACHE, 'hosts.txt');
  const wanted = ALL_HOSTS.join(',');
  const fresh = existsSync(keyPath) && existsSync(certPath) && existsSync(hostsPath) && readFileSync(hostsPath, 'utf8') === wanted;
  if (!fresh) {
    mkdirSync(CACHE, { recursive: true });
    const san = ALL_HOSTS.map((h) => `DNS:${h}`).join(',') + ',DNS:localhost,IP:127.0.0.1';
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-keyout', keyPath, '-out', certPath, '-subj', '/CN=red-thread-tests', '-addext', `subjectAltName=${san}`],
      { stdio: 'ignore' },
    );
    writeFileSync(hostsPath, wanted);
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
