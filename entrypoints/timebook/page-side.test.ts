import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every module the timebook script pulls in, by following its imports from the entry. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.add(fileName);
        continue;
      }
      const base = resolve(dirname(file), fileName.split('?')[0]!);
      const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
      if (!found) throw new Error(`${file}: cannot resolve ${fileName}`);
      pending.push(found);
    }
  }
  return { files: files.map((file) => relative(ROOT, file)), packages };
}

describe('the timebook script, which every booking page loads', () => {
  const { files, packages } = importGraph(resolve(import.meta.dirname, 'index.ts'));

  it('carries no validation library, no UI framework and no teaching code', () => {
    expect([...packages].sort()).toEqual(['wxt/browser', 'wxt/utils/define-unlisted-script']);
    expect(files.filter((file) => file.includes('teaching'))).toEqual([]);
  });

  it('never parses markup: no innerHTML or its relatives anywhere in it', () => {
    const parsesMarkup = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write)\b/;
    expect(files.filter((file) => parsesMarkup.test(readFileSync(resolve(ROOT, file), 'utf8')))).toEqual([]);
  });
});
