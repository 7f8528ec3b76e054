import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateVocabularyCommand, GetVocabularyCommand } from '@aws-sdk/client-transcribe';
import { afterAll, describe, expect, it } from 'vitest';
import { type LocalAws, startLocalAws } from '../server';
import { settledVocabulary } from './custom-resource-support';
import { transcribeAs } from './transcribe-support';

const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-custom-resources-'));
const open: LocalAws[] = [];
afterAll(async () => {
  for (const server of open) await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// Long enough that nothing finishes before the restart; due times are stored with each one.
const resourceDelays = { vocabularyMs: 3000, languageModelMs: 3000 };

describe('custom vocabularies survive a restart', () => {
  it('finishes a vocabulary that was PENDING when the process stopped, with a working link', async () => {
    const first = await startLocalAws({ port: 0, ephemeral: false, dataDir, resourceDelays });
    await transcribeAs(first.url).send(
      new CreateVocabularyCommand({
        VocabularyName: 'pending-at-restart',
        LanguageCode: 'en-US',
        Phrases: ['restart'],
      }),
    );
    await first.close();

    const second = await startLocalAws({ port: 0, ephemeral: false, dataDir, resourceDelays });
    open.push(second);
    const after = transcribeAs(second.url);
    const now = await after.send(
      new GetVocabularyCommand({ VocabularyName: 'pending-at-restart' }),
    );
    // Still PENDING after the restart: what finishes it is the second process.
    expect(now.VocabularyState).toBe('PENDING');
    const ready = await settledVocabulary(after, 'pending-at-restart');
    expect(ready.VocabularyState).toBe('READY');
    expect(ready.DownloadUri!.startsWith(second.url)).toBe(true);
    expect(await (await fetch(ready.DownloadUri!)).text()).toContain('restart');
  });
});
