/**
 * Browser policy for the e2e tests, which Chromium reads from a machine-wide folder. A policy
 * test must never reach another test, another run or anyone's browser: each one loads its own
 * copy of the extension under a key generated for it, so its policy names an id nothing else has,
 * and every file it writes carries the run's process id, so a later run removes what a killed one
 * left behind.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { access, constants, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's Chromium reads managed policy; writing it needs root, as on a managed PC. */
export const POLICY_DIR = '/etc/chromium/policies/managed';

const PREFIX = 'videotime-e2e-run';

/**
 * The run: playwright.config.ts sets it in the main process, and its workers inherit it. While
 * that process lives, its files are in use.
 */
const RUN = process.env.VIDEOTIME_E2E_RUN ?? String(process.pid);

export async function policyFolderWritable(): Promise<boolean> {
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await access(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for a key: the first 128 bits of the public key's SHA-256, in the letters a–p. */
export function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface OwnExtension {
  dir: string;
  id: string;
  remove(): Promise<void>;
}

/** A copy of a built extension under a fresh key: an id of its own, for this test alone. */
export async function copyWithOwnKey(extensionDir: string): Promise<OwnExtension> {
  const dir = await mkdtemp(join(tmpdir(), 'videotime-policy-extension-'));
  await cp(extensionDir, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  return { dir, id: extensionIdOf(der), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a policy for one extension id; the returned function removes it. */
export async function writePolicy(extensionId: string, settings: object, dir = POLICY_DIR): Promise<() => Promise<void>> {
  const file = join(dir, `${PREFIX}${RUN}-${extensionId}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }));
  return () => rm(file, { force: true });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes policy files of this run (`run: 'this'`) or of runs whose process is gone (`'gone'`):
 * the global teardown does the first, the next run's setup the second, after a run was killed.
 */
export async function removePolicies(run: 'this' | 'gone', dir = POLICY_DIR): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed = names.filter((name) => {
    const match = new RegExp(`^${PREFIX}(\\d+)-[a-p]{32}\\.json$`).exec(name);
    if (!match) return false;
    return run === 'this' ? match[1] === RUN : !isAlive(Number(match[1]));
  });
  await Promise.all(removed.map((name) => rm(join(dir, name), { force: true })));
  return removed;
}
