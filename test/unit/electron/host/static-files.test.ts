/**
 * Static file resolution on a real directory tree: serves built files, never anything outside
 * the root (traversal, encoded traversal, symlinks, dotfiles) and never unknown types.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../../electron/host/static-files';

let base: string;
let root: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sohoa-static-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(base, 'secret.txt'), 'outside');
  await symlink(join(base, 'secret.txt'), join(root, 'link.txt'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('readStaticFile', () => {
  it('serves index.html for / and files by path with their type', async () => {
    expect((await readStaticFile(root, '/'))?.contentType).toBe('text/html; charset=utf-8');
    const js = await readStaticFile(root, '/assets/app.js');
    expect(js?.body.toString()).toBe('export {}');
    expect(js?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/.env', '/assets', '/assets/', '/missing.js', '/%E0%A4%A', '/index.html%00.js'])(
    'refuses %s',
    async (path) => {
      await expect(readStaticFile(root, path)).resolves.toBeNull();
    },
  );
});
