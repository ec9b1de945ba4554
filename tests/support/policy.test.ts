import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extensionIdOf, removePolicies, writePolicy } from './policy';

describe('policy files of e2e runs', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('are removed by this run’s teardown, and by a later run once the run that wrote them is gone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'videotime-policy-dir-'));
    const mine = await writePolicy('a'.repeat(32), { language: 'nb' }, dir);
    // A run killed before its teardown: a process that has ended, and its file still there.
    const killed = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => killed.on('exit', done));
    const leftover = `videotime-e2e-run${killed.pid}-${'b'.repeat(32)}.json`;
    await writeFile(join(dir, leftover), '{}');
    // A run still going, and a file that is not ours.
    const running = `videotime-e2e-run${process.ppid}-${'c'.repeat(32)}.json`;
    await writeFile(join(dir, running), '{}');
    await writeFile(join(dir, 'chrome-policies.json'), '{}');

    expect(await removePolicies('gone', dir)).toEqual([leftover]);
    expect(await removePolicies('this', dir)).toEqual([`videotime-e2e-run${process.env.VIDEOTIME_E2E_RUN ?? process.pid}-${'a'.repeat(32)}.json`]);
    await mine();
    expect((await readdir(dir)).sort()).toEqual(['chrome-policies.json', running].sort());
  });

  it('name the id Chromium gives the key they are written for', () => {
    // A key the e2e build once carried, and the id Chromium gave it when loaded (its e2e test checked it).
    const der = Buffer.from(
      'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0EYaoCt1rVdVHzmYArdxTlWxArn5Lmms1xTA6O4iZFwygTrQUNyZGI1PEkDDgwpL/AEJvWsk7NHzZ38td11e5jLP92h2Z6nUJ5K/6tbDYOgIvPMhjIPa+JH0AOGdGFr6GpO2b7dUclhpZK+I1/VThj/B5FrlECF5JokQKMK0mP8aFo1I94DzQ5f5gFPTDPCMW9B4FVDBnoLBOIJmMH6lyP9dCn9+BV+wajQPCqmOJoz3A9i2o+9ZgkrEUdBKtq7GYgi4xXxdylrYNwDuc+7Zhey8CDnQDqSfCroVDM0AqLuC8fZ9zuLE6xARUyh/8rEMzbVRZWjsrbqj2S2rrDjkuQIDAQAB',
      'base64',
    );
    expect(extensionIdOf(der)).toBe('afmbolopbkaachgmibepofgdlgcjggej');
  });
});
