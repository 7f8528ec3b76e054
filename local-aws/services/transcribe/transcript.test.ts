import { describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT } from '../../seed/ids';
import { buildSubtitles } from './subtitles';
import { buildTranscript } from './transcript';

describe('transcript document', () => {
  it('splits words and punctuation into items with timings on words only', () => {
    const doc = buildTranscript('job', CURRENT_ACCOUNT, "Hello, world! Don't  stop.");
    expect(doc).toMatchObject({ jobName: 'job', accountId: CURRENT_ACCOUNT, status: 'COMPLETED' });
    expect(doc.results.transcripts).toEqual([{ transcript: "Hello, world! Don't stop." }]);
    expect(doc.results.items.map((i) => [i.type, i.alternatives[0]!.content])).toEqual([
      ['pronunciation', 'Hello'],
      ['punctuation', ','],
      ['pronunciation', 'world'],
      ['punctuation', '!'],
      ['pronunciation', "Don't"],
      ['pronunciation', 'stop'],
      ['punctuation', '.'],
    ]);
    expect(doc.results.items.map((i) => i.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const words = doc.results.items.filter((i) => i.type === 'pronunciation');
    for (const word of words)
      expect(Number(word.end_time)).toBeGreaterThan(Number(word.start_time));
    expect(doc.results.items[1]).not.toHaveProperty('start_time');
    // One audio segment per sentence.
    expect(doc.results.audio_segments.map((s) => s.transcript)).toEqual([
      'Hello, world!',
      "Don't stop.",
    ]);
  });

  it('is empty for media without a transcript', () => {
    const doc = buildTranscript('job', '1', '');
    expect(doc.results).toEqual({
      transcripts: [{ transcript: '' }],
      items: [],
      audio_segments: [],
    });
  });

  it('writes WebVTT and SubRip cues', () => {
    const doc = buildTranscript('job', '1', 'Hello world.');
    expect(buildSubtitles(doc, 'vtt')).toMatch(
      /^WEBVTT\n\n0\n00:00:00\.000 --> 00:00:\d\d\.\d{3}\nHello world\.\n$/,
    );
    expect(buildSubtitles(doc, 'srt', 1)).toMatch(
      /^1\n00:00:00,000 --> 00:00:\d\d,\d{3}\nHello world\.\n$/,
    );
  });
});
