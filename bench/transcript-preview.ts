import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { TranscriptTurnsView } from '../src/features/job-details/components/transcript-turns-view';
import { parseTranscriptDocument } from '../src/features/job-details/transcript-document';
import type { BenchResult } from './lib';

// The job page's transcript preview of a long transcript, as Transcribe writes it with speaker
// labels and PII redaction: what it costs to render, in elements. The preview renders a turn as
// a few runs of text, so its elements grow with turns and marked words, never with words.

const WORDS = 20_000;
const WORDS_PER_TURN = 40;
const PII_EVERY = 100;

function longTranscript(): string {
  const items: unknown[] = [];
  const segments: { items: number[]; speaker_label: string }[] = [];
  for (let word = 0; word < WORDS; word++) {
    const turn = Math.floor(word / WORDS_PER_TURN);
    if (word % WORDS_PER_TURN === 0) segments.push({ items: [], speaker_label: `spk_${turn % 3}` });
    const redacted = word % PII_EVERY === PII_EVERY - 1;
    segments.at(-1)!.items.push(items.length);
    items.push({
      type: 'pronunciation',
      start_time: String(word * 0.4),
      end_time: String(word * 0.4 + 0.3),
      alternatives: [
        redacted
          ? {
              content: '[PII]',
              confidence: '0.99',
              redactions: [{ type: 'NAME', category: 'PII' }],
            }
          : { content: `word${word}`, confidence: '0.99' },
      ],
    });
  }
  return JSON.stringify({
    results: { transcripts: [{ transcript: 'not shown' }], items, audio_segments: segments },
  });
}

export function benchTranscriptPreview(): BenchResult {
  const body = longTranscript();
  const preview = parseTranscriptDocument(body);
  if (!preview.ok || !preview.turns) throw new Error('the long transcript did not parse');
  const markup = renderToStaticMarkup(createElement(TranscriptTurnsView, { turns: preview.turns }));
  const elements = (markup.match(/<[a-z]/g) ?? []).length;
  const turns = preview.turns.turns.length;
  const marked = (markup.match(/<mark/g) ?? []).length;
  // Per turn: its list item, label, time; per marked word: its mark; a few for the frame.
  const budget = turns * 3 + marked + 20;
  return {
    name: 'transcript preview',
    lines: [
      `${WORDS} words, ${turns} speaker turns, ${marked} redacted words: ${elements} elements (${(elements / WORDS).toFixed(3)} per word), ${markup.length} bytes of markup`,
    ],
    failures:
      elements > budget
        ? [`${elements} elements for ${turns} turns and ${marked} marks (budget ${budget})`]
        : [],
  };
}
