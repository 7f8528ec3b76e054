import { describe, expect, it } from 'vitest';
import { buildTurns, type Turn } from './transcript-turns';

/** Items in Transcribe's shape: words timed, punctuation not. */
function word(content: string, start: number, extra: Record<string, unknown> = {}) {
  return {
    type: 'pronunciation',
    alternatives: [{ confidence: '0.99', content }],
    start_time: String(start),
    end_time: String(start + 0.3),
    ...extra,
  };
}
const mark = (content: string, extra: Record<string, unknown> = {}) => ({
  type: 'punctuation',
  alternatives: [{ confidence: '0.0', content }],
  ...extra,
});

/** A turn as text, marked words in brackets with their mark: `my name is {pii:[PII]}.` */
const show = (turn: Turn) =>
  `${turn.label ?? '-'}@${turn.startTime ?? '?'}: ${turn.runs
    .map((run) => (run.mark ? `{${run.mark}:${run.text}}` : run.text))
    .join('')}`;

describe('buildTurns', () => {
  it('takes speaker turns from audio_segments, consecutive segments of one speaker joined', () => {
    const items = [
      word('Hello', 0),
      mark('.'),
      word('Hi', 1),
      mark(','),
      word('Sam', 1.5),
      mark('.'),
      word('Welcome', 2),
      mark('.'),
    ];
    const results = {
      items,
      audio_segments: [
        { id: 0, items: [0, 1], speaker_label: 'spk_0' },
        { id: 1, items: [2, 3, 4, 5], speaker_label: 'spk_1' },
        { id: 2, items: [6, 7], speaker_label: 'spk_1' },
      ],
    };
    const turns = buildTurns(results)!;
    expect(turns.by).toBe('speaker');
    expect(turns.turns.map(show)).toEqual(['spk_0@0: Hello.', 'spk_1@1: Hi, Sam. Welcome.']);
  });

  it('takes channel turns from audio_segments', () => {
    const results = {
      items: [word('Yes', 0), mark('.'), word('No', 1), mark('?')],
      audio_segments: [
        { items: [0, 1], channel_label: 'ch_0' },
        { items: [2, 3], channel_label: 'ch_1' },
      ],
    };
    expect(buildTurns(results)).toEqual({
      by: 'channel',
      turns: [
        { label: 'ch_0', startTime: '0', runs: [{ text: 'Yes.' }] },
        { label: 'ch_1', startTime: '1', runs: [{ text: 'No?' }] },
      ],
    });
  });

  it('without audio_segments, groups items by their speaker_label; punctuation stays with its word', () => {
    const results = {
      items: [
        word('One', 0, { speaker_label: 'spk_0' }),
        mark('.'),
        word('Two', 1, { speaker_label: 'spk_1' }),
        word('three', 1.4, { speaker_label: 'spk_1' }),
        mark('.'),
      ],
      speaker_labels: { speakers: 2, segments: [] },
    };
    expect(buildTurns(results)!.turns.map(show)).toEqual(['spk_0@0: One.', 'spk_1@1: Two three.']);
  });

  it('in older documents, finds each word its speaker by the segment whose time holds it', () => {
    const results = {
      items: [word('Good', 0), word('morning', 0.4), mark('.'), word('Morning', 2), mark('!')],
      speaker_labels: {
        speakers: 2,
        segments: [
          { speaker_label: 'spk_0', start_time: '0', end_time: '0.9', items: [] },
          { speaker_label: 'spk_1', start_time: '2', end_time: '2.5', items: [] },
        ],
      },
    };
    expect(buildTurns(results)!.turns.map(show)).toEqual([
      'spk_0@0: Good morning.',
      'spk_1@2: Morning!',
    ]);
  });

  it('in older multi-channel documents, merges the channels by time', () => {
    const results = {
      items: [],
      channel_labels: {
        number_of_channels: 2,
        channels: [
          {
            channel_label: 'ch_0',
            items: [word('Hello', 0), mark('.'), word('Fine', 3), mark('.')],
          },
          { channel_label: 'ch_1', items: [word('How', 1), word('are', 1.3), mark('?')] },
        ],
      },
    };
    expect(buildTurns(results)!.turns.map(show)).toEqual([
      'ch_0@0: Hello.',
      'ch_1@1: How are?',
      'ch_0@3: Fine.',
    ]);
  });

  it('marks redacted words as [PII] with their entity types, masked and tagged words as written', () => {
    const redacted = {
      type: 'pronunciation',
      alternatives: [
        {
          confidence: '0.9999',
          content: '[PII]',
          redactions: [{ confidence: '0.9999', type: 'NAME', category: 'PII' }],
        },
      ],
      start_time: '1',
      end_time: '1.5',
    };
    const results = {
      items: [
        word('my', 0),
        word('name', 0.3),
        word('is', 0.6),
        redacted,
        mark('.'),
        word('***', 2),
        word('it', 2.5),
        word('darn', 3, { vocabularyFilterMatch: true }),
      ],
    };
    const turns = buildTurns(results)!;
    expect(turns.by).toBe('none');
    expect(turns.turns).toEqual([
      {
        startTime: '0',
        runs: [
          { text: 'my name is ' },
          { text: '[PII]', mark: 'pii', types: ['NAME'] },
          { text: '. ' },
          { text: '***', mark: 'masked' },
          { text: ' it ' },
          { text: 'darn', mark: 'tagged' },
        ],
      },
    ]);
  });

  it('keeps a turn to a few runs however long it is: one per marked word, plain text between', () => {
    const items = Array.from({ length: 5000 }, (_, i) =>
      word(i % 1000 === 999 ? '[PII]' : `w${i}`, i, { speaker_label: 'spk_0' }),
    );
    const turns = buildTurns({ items })!;
    expect(turns.turns).toHaveLength(1);
    // 5 redacted words: each a run, with plain text before it and after the last.
    expect(turns.turns[0]!.runs).toHaveLength(10);
    expect(turns.turns[0]!.runs.filter((run) => run.mark === 'pii')).toHaveLength(5);
  });

  it('ignores malformed items and returns nothing for a document without items', () => {
    expect(buildTurns({ items: [] })).toBeUndefined();
    expect(buildTurns(null)).toBeUndefined();
    expect(buildTurns({ transcripts: [{ transcript: 'x' }] })).toBeUndefined();
    const turns = buildTurns({ items: [null, { alternatives: [] }, 3, word('ok', 0)] });
    expect(turns!.turns.map(show)).toEqual(['-@0: ok']);
  });
});
