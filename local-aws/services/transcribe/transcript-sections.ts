import type {
  AlternativeSegment,
  ToxicitySegment,
  TranscriptDocument,
  TranscriptItem,
  TranscriptOptions,
} from './transcript-format';

/**
 * The parts of the output document that job options add, in the real format's shapes:
 * speaker partitioning (`speaker_labels`, `speaker_label` on items and segments), channel
 * identification (`channel_labels`, `channel_label`), alternative transcriptions
 * (`segments[].alternatives`) and toxicity scores (`toxicity_detection`). The emulator hears
 * nothing, so turns are sentences: sentence i is spoken by speaker i mod N (N the smaller of
 * MaxSpeakerLabels and the number of sentences), or on channel i mod 2.
 */

const wordsOf = (document: TranscriptDocument, ids: readonly number[]) =>
  ids.map((id) => document.results.items[id]!).filter((item) => item.type === 'pronunciation');

function addSpeakers(document: TranscriptDocument, maxSpeakers: number): void {
  const results = document.results;
  const speakers = Math.max(1, Math.min(maxSpeakers, results.audio_segments.length));
  const turns = results.audio_segments.map((segment, index) => {
    const label = `spk_${index % speakers}`;
    segment.speaker_label = label;
    const words = wordsOf(document, segment.items);
    for (const word of words) word.speaker_label = label;
    return {
      start_time: segment.start_time,
      end_time: segment.end_time,
      speaker_label: label,
      items: words.map((word) => ({
        start_time: word.start_time!,
        end_time: word.end_time!,
        speaker_label: label,
      })),
    };
  });
  results.speaker_labels = {
    speakers: results.audio_segments.length === 0 ? 0 : speakers,
    segments: turns,
  };
}

const CHANNELS = 2;

function addChannels(document: TranscriptDocument): void {
  const results = document.results;
  const byChannel = new Map<string, TranscriptItem[]>();
  for (let channel = 0; channel < CHANNELS; channel++) byChannel.set(`ch_${channel}`, []);
  results.audio_segments.forEach((segment, index) => {
    const label = `ch_${index % CHANNELS}`;
    segment.channel_label = label;
    for (const id of segment.items) {
      const item = results.items[id]!;
      item.channel_label = label;
      byChannel.get(label)!.push(item);
    }
  });
  results.channel_labels = {
    channels: [...byChannel].map(([label, items]) => ({
      channel_label: label,
      items: items.map((item) => ({ ...item })),
    })),
    number_of_channels: CHANNELS,
  };
}

/** A word an ASR might have heard instead: the plural for the singular, and back. */
const soundalike = (word: string) =>
  /s$/i.test(word) && word.length > 3 ? word.slice(0, -1) : `${word}s`;

function addAlternatives(document: TranscriptDocument, maxAlternatives: number): void {
  const results = document.results;
  results.segments = results.audio_segments.map((segment): AlternativeSegment => {
    const words = wordsOf(document, segment.items);
    // One alternative per word that can differ, up to the maximum asked for: "only the
    // actual number of alternative transcriptions are included" (API reference).
    const count = Math.min(maxAlternatives, words.length + 1);
    const alternatives = Array.from({ length: count }, (_, rank) => {
      const confidence = (0.99 - rank * 0.07).toFixed(3);
      const items = words.map((word, index) => {
        const heard = word.alternatives[0]!.content;
        const changed = rank > 0 && index === rank - 1 && !/^\[PII]$|^\*\*\*$/.test(heard);
        return {
          start_time: word.start_time!,
          end_time: word.end_time!,
          type: 'pronunciation' as const,
          content: changed ? soundalike(heard) : heard,
          confidence: changed ? '0.41' : word.alternatives[0]!.confidence,
        };
      });
      return { transcript: items.map((item) => item.content).join(' '), items, confidence };
    });
    return {
      start_time: segment.start_time,
      end_time: segment.end_time,
      alternatives: alternatives.map(({ transcript, items }) => ({ transcript, items })),
    };
  });
}

/** Words that raise a category's score; everything else scores low. */
const TOXIC_WORDS: Record<string, readonly string[]> = {
  profanity: ['damn', 'darn', 'heck', 'hell', 'crap'],
  hate_speech: ['hate'],
  sexual: [],
  insult: ['stupid', 'idiot', 'dumb', 'useless'],
  violence_or_threat: ['kill', 'hurt', 'destroy'],
  graphic: ['blood'],
  harassment_or_abuse: ['shut'],
};

function addToxicity(document: TranscriptDocument): void {
  const results = document.results;
  results.toxicity_detection = results.audio_segments.map((segment): ToxicitySegment => {
    const words = new Set(
      wordsOf(document, segment.items).map((word) => word.alternatives[0]!.content.toLowerCase()),
    );
    const categories: Record<string, number> = {};
    for (const [category, list] of Object.entries(TOXIC_WORDS)) {
      const hits = list.filter((word) => words.has(word)).length;
      categories[category] = hits > 0 ? Math.min(0.99, 0.62 + 0.12 * hits) : 0.012;
    }
    const toxicity = Math.max(...Object.values(categories));
    return {
      text: segment.transcript,
      toxicity: Number(toxicity.toFixed(4)),
      categories,
      start_time: Number(segment.start_time),
      end_time: Number(segment.end_time),
    };
  });
}

export function addSections(document: TranscriptDocument, options: TranscriptOptions): void {
  if (options.maxSpeakers !== undefined) addSpeakers(document, options.maxSpeakers);
  if (options.channelIdentification) addChannels(document);
  if (options.maxAlternatives !== undefined) addAlternatives(document, options.maxAlternatives);
  if (options.toxicity) addToxicity(document);
}
