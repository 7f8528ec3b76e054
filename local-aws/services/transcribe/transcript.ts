import type { PiiEntityType } from '@aws-sdk/client-transcribe';
import { findPii, type PiiSpan } from './pii';
import type {
  AudioSegment,
  ItemAlternative,
  TranscriptDocument,
  TranscriptItem,
  TranscriptOptions,
} from './transcript-format';
import { addSections } from './transcript-sections';

/**
 * Transcribe's output document. The emulator recognises no speech: the words come from the
 * media object's `x-amz-meta-transcript` metadata, with invented but plausible timings, so
 * that a reader of the real format (items, punctuation, segments, speaker and channel labels,
 * alternatives, toxicity, redaction, vocabulary filtering) gets real structure. Each sentence
 * is one audio segment, and one speaker's (or channel's) turn.
 */

// Words keep inner apostrophes, hyphens, periods and at signs ("don't", "follow-up", "3.5",
// "sam@example.com"), so only a period that ends a word ends a sentence; Transcribe emits
// only these four punctuation marks as items.
const TOKEN = /[\p{L}\p{N}]+(?:['’.@-][\p{L}\p{N}]+)*|[.,?!]/gu;
const PUNCTUATION = /^[.,?!]$/;
const SENTENCE_END = /^[.?!]$/;

/** Seconds as Transcribe writes them: a decimal string, at most three places. */
export const seconds = (value: number) => String(Math.round(value * 1000) / 1000);

interface Token {
  content: string;
  punctuation: boolean;
  pii?: PiiEntityType;
  filterMatch?: boolean;
}

/** The text's words and punctuation, each recognised entity as one `[PII]` word. */
function tokenize(text: string, spans: readonly PiiSpan[]): Token[] {
  const tokens: Token[] = [];
  const plain = (part: string) => {
    for (const match of part.matchAll(TOKEN)) {
      const content = match[0];
      tokens.push({ content, punctuation: PUNCTUATION.test(content) });
    }
  };
  let at = 0;
  for (const span of spans) {
    plain(text.slice(at, span.start));
    tokens.push({ content: '[PII]', punctuation: false, pii: span.type });
    at = span.end;
  }
  plain(text.slice(at));
  // Leading punctuation has no word to attach to; Transcribe never starts with one.
  while (tokens[0]?.punctuation) tokens.shift();
  return tokens;
}

/** Mask, remove or tag the filter's words, as exact (case-insensitive) word matches. */
function applyFilter(tokens: Token[], filter: TranscriptOptions['vocabularyFilter']): Token[] {
  if (!filter || filter.words.length === 0) return tokens;
  const words = new Set(filter.words.map((word) => word.toLowerCase()));
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.punctuation || token.pii || !words.has(token.content.toLowerCase())) {
      out.push(token);
      continue;
    }
    if (filter.method === 'mask') out.push({ ...token, content: '***' });
    else if (filter.method === 'tag') out.push({ ...token, filterMatch: true });
    // remove: the word leaves nothing in its place.
  }
  while (out[0]?.punctuation) out.shift();
  return out;
}

const joinTokens = (tokens: readonly { content: string; punctuation: boolean }[]) =>
  tokens.reduce(
    (text, token) =>
      token.punctuation || !text ? `${text}${token.content}` : `${text} ${token.content}`,
    '',
  );

/** A sentence of punctuation alone ("Yes.." ) belongs to the one before it. */
function endSentence(sentences: number[][], sentence: number[], items: TranscriptItem[]) {
  if (sentence.length === 0) return;
  const spoken = sentence.some((id) => items[id]!.type === 'pronunciation');
  const previous = sentences.at(-1);
  if (spoken || !previous) sentences.push(sentence);
  else previous.push(...sentence);
}

export function buildTranscript(
  jobName: string,
  accountId: string,
  text: string,
  options: TranscriptOptions = {},
): TranscriptDocument {
  const spans = options.redaction ? findPii(text, options.redaction.types) : [];
  const tokens = applyFilter(tokenize(text, spans), options.vocabularyFilter);

  const items: TranscriptItem[] = [];
  const sentences: number[][] = [];
  let sentence: number[] = [];
  let clock = 0;
  for (const token of tokens) {
    const id = items.length;
    if (token.punctuation) {
      items.push({
        id,
        type: 'punctuation',
        alternatives: [{ confidence: '0.0', content: token.content }],
      });
      clock += token.content === ',' ? 0.15 : 0.4;
    } else {
      const duration = 0.12 + 0.06 * (token.pii ? 8 : token.content.length);
      const alternative: ItemAlternative = token.pii
        ? {
            confidence: '0.9999',
            content: token.content,
            redactions: [{ confidence: '0.9999', type: token.pii, category: 'PII' }],
          }
        : { confidence: '0.999', content: token.content };
      items.push({
        id,
        type: 'pronunciation',
        alternatives: [alternative],
        start_time: seconds(clock),
        end_time: seconds(clock + duration),
        ...(token.filterMatch ? { vocabularyFilterMatch: true } : {}),
      });
      clock += duration + 0.08;
    }
    sentence.push(id);
    if (token.punctuation && SENTENCE_END.test(token.content)) {
      endSentence(sentences, sentence, items);
      sentence = [];
    }
  }
  endSentence(sentences, sentence, items);

  const segments: AudioSegment[] = sentences.map((ids, index) => {
    const timed = ids.map((id) => items[id]!).filter((item) => item.start_time !== undefined);
    return {
      id: index,
      transcript: joinTokens(ids.map((id) => tokens[id]!)),
      start_time: timed[0]!.start_time!,
      end_time: timed.at(-1)!.end_time!,
      items: ids,
    };
  });
  const document: TranscriptDocument = {
    jobName,
    accountId,
    ...(options.redaction ? { isRedacted: true as const } : {}),
    status: 'COMPLETED',
    results: {
      transcripts: [{ transcript: joinTokens(tokens) }],
      items,
      audio_segments: segments,
    },
  };
  addSections(document, options);
  return document;
}
