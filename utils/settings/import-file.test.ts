import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, readImport, readImportFile, shownIssues } from './import-file';
import { parseSettings } from './schema';

describe('readImport', () => {
  it('reads a settings file', () => {
    expect(readImport('{"sites":[]}', 12)).toEqual({ ok: true, candidate: { sites: [] } });
  });

  it('refuses a file over 1 MB before reading it as JSON', () => {
    expect(readImport('not even JSON', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: 'importTooBig', size: '1.0' });
    expect(readImport('not even JSON', 10 * 1024 * 1024)).toMatchObject({ problem: 'importTooBig', size: '10.5' });
  });

  it('refuses nesting deeper than any settings file before parsing it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readImport(deep, deep.length)).toEqual({ ok: false, problem: 'importTooDeep' });
    // Brackets inside strings are text, not nesting.
    const text = JSON.stringify({ invite: '['.repeat(1000), sites: [] });
    expect(readImport(text, text.length)).toMatchObject({ ok: true });
  });

  it('says when a file is not JSON', () => {
    expect(readImport('{"sites": [', 11)).toEqual({ ok: false, problem: 'optionsImportNotJson' });
  });
});

describe('readImportFile', () => {
  it('never reads the text of a file over the limit', async () => {
    const file = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    const text = vi.spyOn(file, 'text');
    expect(await readImportFile(file)).toMatchObject({ ok: false, problem: 'importTooBig' });
    expect(text).not.toHaveBeenCalled();
    expect(await readImportFile(new Blob(['{"sites":[]}']))).toEqual({ ok: true, candidate: { sites: [] } });
  });
});

describe('shownIssues', () => {
  it('lists at most 20 issues, then how many more', () => {
    const issues = Array.from({ length: 200_000 }, (_, i) => ({ path: `k${i}`, key: 'errorUnknownKey' as const }));
    expect(shownIssues(issues)).toEqual({ shown: issues.slice(0, 20), more: 199_980 });
    expect(shownIssues(issues.slice(0, 20))).toEqual({ shown: issues.slice(0, 20), more: 0 });
  });
});

describe('an import with 200,000 unknown keys', () => {
  it('gets issues of a readable length', () => {
    const file = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key${i}`, i]));
    const result = parseSettings(file);
    expect(result.ok).toBe(false);
    const text = JSON.stringify(!result.ok && result.issues);
    expect(text.length).toBeLessThan(1_000);
  });
});
