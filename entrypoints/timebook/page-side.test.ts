import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The modules a script's code pulls in: its value imports, followed from the entry (type imports vanish in the build). */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    if (!/\.tsx?$/.test(file)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
      if (ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier.split('?')[0]!);
      const found = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
      if (!found) throw new Error(`${file}: cannot resolve ${specifier}`);
      pending.push(found);
    }
  }
  return { files: files.map((file) => relative(ROOT, file)), packages };
}

const parsesMarkup = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write)\b/;

describe('the timebook script, which every booking page loads', () => {
  const { files, packages } = importGraph('entrypoints/timebook/index.ts');

  it('carries no validation library, no UI framework, no detector and no teaching code', () => {
    expect([...packages].sort()).toEqual(['wxt/browser', 'wxt/utils/define-unlisted-script']);
    expect(files.filter((file) => file.includes('teaching'))).toEqual([]);
    // The detector's own modules arrive in their own script (entrypoints/detector).
    expect(files.filter((file) => file.startsWith('utils/detector/')).sort()).toEqual([
      'utils/detector/handover.ts',
      'utils/detector/reason.ts',
      'utils/detector/types.ts',
    ]);
  });

  it.each(['entrypoints/timebook/index.ts', 'entrypoints/detector/index.ts'])('never parses markup: %s', (entry) => {
    const { files: graph } = importGraph(entry);
    expect(graph.filter((file) => parsesMarkup.test(readFileSync(resolve(ROOT, file), 'utf8')))).toEqual([]);
  });
});
