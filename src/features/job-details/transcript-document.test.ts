import { describe, expect, it } from 'vitest';
import { parseTranscriptDocument } from './transcript-document';

const document = {
  jobName: 'meeting-1',
  accountId: '111122223333',
  status: 'COMPLETED',
  results: {
    transcripts: [{ transcript: 'Hello, team. Shall we start?' }],
    items: [
      {
        id: 0,
        type: 'pronunciation',
        alternatives: [{ confidence: '0.999', content: 'Hello' }],
        start_time: '0.0',
        end_time: '0.42',
      },
    ],
    audio_segments: [],
  },
};

describe('parseTranscriptDocument', () => {
  it("reads the transcript text of Transcribe's output document", () => {
    expect(parseTranscriptDocument(JSON.stringify(document))).toEqual({
      ok: true,
      jobName: 'meeting-1',
      text: 'Hello, team. Shall we start?',
      languageCode: undefined,
      turns: { by: 'none', turns: [{ startTime: '0.0', runs: [{ text: 'Hello' }] }] },
    });
  });

  it('joins several transcripts and keeps markup as plain text', () => {
    const several = {
      results: {
        language_code: 'en-US',
        transcripts: [{ transcript: '<b>one</b>' }, { transcript: 'two' }],
      },
    };
    expect(parseTranscriptDocument(JSON.stringify(several))).toEqual({
      ok: true,
      jobName: undefined,
      text: '<b>one</b>\n\ntwo',
      languageCode: 'en-US',
      turns: undefined,
    });
  });

  it('accepts an empty transcript (media without speech)', () => {
    const empty = { results: { transcripts: [{ transcript: '' }] } };
    expect(parseTranscriptDocument(JSON.stringify(empty))).toMatchObject({ ok: true, text: '' });
  });

  it('says what is wrong with a file that is not a transcript', () => {
    expect(parseTranscriptDocument('not json')).toEqual({
      ok: false,
      problem: 'The transcript file is not JSON.',
    });
    expect(parseTranscriptDocument('{"results":{}}')).toMatchObject({ ok: false });
    expect(parseTranscriptDocument('[1,2]')).toMatchObject({ ok: false });
    expect(parseTranscriptDocument('{"results":{"transcripts":[{"transcript":3}]}}')).toMatchObject(
      { ok: false },
    );
  });
});
