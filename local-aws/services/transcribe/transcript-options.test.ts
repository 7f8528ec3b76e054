import { describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT } from '../../seed/ids';
import { findPii } from './pii';
import { buildSubtitles } from './subtitles';
import { buildTranscript } from './transcript';

const TEXT =
  'My name is Sam Lee. Call me at 555-123-4567 or write to sam.lee@example.com. That darn printer is useless!';
const build = (options: Parameters<typeof buildTranscript>[3]) =>
  buildTranscript('job', CURRENT_ACCOUNT, TEXT, options);
describe('PII recogniser', () => {
  it('finds names, phone and card numbers, SSNs, accounts, e-mails and addresses', () => {
    const text =
      'Maria Garcia lives at 100 Main Street, card 4111 1111 1111 1111, SSN 123-45-6789, account 123456789012, phone (555) 010-9999, mail maria@example.org.';
    expect(findPii(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['NAME', 'Maria Garcia'],
      ['ADDRESS', '100 Main Street'],
      ['CREDIT_DEBIT_NUMBER', '4111 1111 1111 1111'],
      ['SSN', '123-45-6789'],
      ['BANK_ACCOUNT_NUMBER', '123456789012'],
      ['PHONE', '(555) 010-9999'],
      ['EMAIL', 'maria@example.org'],
    ]);
  });

  it('keeps to the entity types asked for', () => {
    expect(findPii(TEXT, ['PHONE']).map((s) => s.type)).toEqual(['PHONE']);
    expect(findPii(TEXT, ['ALL']).map((s) => s.type)).toEqual(['NAME', 'PHONE', 'EMAIL']);
    // A card number is never taken for an account number, even when only accounts are asked for.
    expect(findPii('4111111111111111', ['BANK_ACCOUNT_NUMBER'])).toEqual([]);
  });
});

describe('transcript options', () => {
  it('redacts as [PII] with the entity type on the item, and marks the document', () => {
    const doc = build({ redaction: {} });
    expect(doc.isRedacted).toBe(true);
    expect(doc.results.transcripts[0]!.transcript).toBe(
      'My name is [PII]. Call me at [PII] or write to [PII]. That darn printer is useless!',
    );
    const redacted = doc.results.items.filter((i) => i.alternatives[0]!.content === '[PII]');
    expect(redacted.map((i) => i.alternatives[0]!.redactions)).toEqual([
      [{ confidence: '0.9999', type: 'NAME', category: 'PII' }],
      [{ confidence: '0.9999', type: 'PHONE', category: 'PII' }],
      [{ confidence: '0.9999', type: 'EMAIL', category: 'PII' }],
    ]);
    expect(build({ redaction: { types: ['NAME'] } }).results.transcripts[0]!.transcript).toMatch(
      /^My name is \[PII\]\. Call me at 555-123-4567 or/,
    );
    expect(build({}).isRedacted).toBeUndefined();
  });

  it('masks, removes or tags the filter words', () => {
    const filter = (method: 'mask' | 'remove' | 'tag') =>
      build({ vocabularyFilter: { words: ['DARN', 'useless'], method } });
    expect(filter('mask').results.transcripts[0]!.transcript).toMatch(
      /That \*\*\* printer is \*\*\*!$/,
    );
    expect(filter('remove').results.transcripts[0]!.transcript).toMatch(/That printer is!$/);
    const tagged = filter('tag');
    expect(tagged.results.transcripts[0]!.transcript).toMatch(/That darn printer is useless!$/);
    expect(
      tagged.results.items
        .filter((i) => i.vocabularyFilterMatch)
        .map((i) => i.alternatives[0]!.content),
    ).toEqual(['darn', 'useless']);
  });

  it('labels speakers per turn, no more than the maximum', () => {
    const doc = build({ maxSpeakers: 2 });
    const labels = doc.results.speaker_labels!;
    expect(labels.speakers).toBe(2);
    expect(labels.segments.map((s) => s.speaker_label)).toEqual(['spk_0', 'spk_1', 'spk_0']);
    expect(doc.results.audio_segments.map((s) => s.speaker_label)).toEqual([
      'spk_0',
      'spk_1',
      'spk_0',
    ]);
    expect(labels.segments[0]!.items).toHaveLength(5); // My name is Sam Lee
    const firstWord = doc.results.items[0]!;
    expect(firstWord.speaker_label).toBe('spk_0');
    expect(build({ maxSpeakers: 30 }).results.speaker_labels!.speakers).toBe(3);
  });

  it('labels channels, with each channel its own items', () => {
    const doc = build({ channelIdentification: true });
    const channels = doc.results.channel_labels!;
    expect(channels.number_of_channels).toBe(2);
    expect(channels.channels.map((c) => c.channel_label)).toEqual(['ch_0', 'ch_1']);
    expect(channels.channels[1]!.items.map((i) => i.alternatives[0]!.content).join(' ')).toBe(
      'Call me at 555-123-4567 or write to sam.lee@example.com .',
    );
    expect(doc.results.items.every((i) => i.channel_label)).toBe(true);
  });

  it('gives up to the maximum alternatives per segment, the first as transcribed', () => {
    const doc = build({ maxAlternatives: 3 });
    const segments = doc.results.segments!;
    expect(segments).toHaveLength(3);
    expect(segments[0]!.alternatives.map((a) => a.transcript)).toEqual([
      'My name is Sam Lee',
      'Mys name is Sam Lee',
      'My names is Sam Lee',
    ]);
    expect(build({ maxAlternatives: 10 }).results.segments![0]!.alternatives).toHaveLength(6);
  });

  it('scores toxicity per segment, higher where a toxic word is', () => {
    const toxicity = build({ toxicity: true }).results.toxicity_detection!;
    expect(toxicity).toHaveLength(3);
    expect(toxicity[2]!.text).toBe('That darn printer is useless!');
    expect(toxicity[2]!.toxicity).toBeGreaterThan(0.5);
    expect(toxicity[2]!.categories.profanity).toBeGreaterThan(0.5);
    expect(toxicity[2]!.categories.insult).toBeGreaterThan(0.5);
    expect(toxicity[0]!.toxicity).toBeLessThan(0.1);
    expect(typeof toxicity[0]!.start_time).toBe('number');
  });

  it('numbers subtitle cues from the start index, one per segment', () => {
    const doc = build({ redaction: {} });
    const srt = buildSubtitles(doc, 'srt', 1);
    expect(srt.split('\n\n').map((cue) => cue.split('\n')[0])).toEqual(['1', '2', '3']);
    expect(srt).toContain('My name is [PII].');
    const vtt = buildSubtitles(doc, 'vtt', 0);
    expect(vtt.startsWith('WEBVTT\n\n0\n00:00:00.000 --> ')).toBe(true);
  });
});
