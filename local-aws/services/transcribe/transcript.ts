/**
 * Transcribe's output document. The emulator recognises no speech: the words come from the
 * media object's `x-amz-meta-transcript` metadata, with invented but plausible timings, so
 * that a reader of the real format (items, punctuation, segments) gets real structure.
 */

export interface TranscriptItem {
  id: number;
  type: 'pronunciation' | 'punctuation';
  alternatives: { confidence: string; content: string }[];
  start_time?: string;
  end_time?: string;
}

export interface AudioSegment {
  id: number;
  transcript: string;
  start_time: string;
  end_time: string;
  items: number[];
}

export interface TranscriptDocument {
  jobName: string;
  accountId: string;
  status: 'COMPLETED';
  results: {
    transcripts: { transcript: string }[];
    items: TranscriptItem[];
    audio_segments: AudioSegment[];
  };
}

// Words keep inner apostrophes and hyphens ("don't", "follow-up"); Transcribe emits only
// these four punctuation marks as items.
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.,?!]/gu;

/** Seconds as Transcribe writes them: a decimal string, at most three places. */
const seconds = (value: number) => String(Math.round(value * 1000) / 1000);

export function buildTranscript(
  jobName: string,
  accountId: string,
  text: string,
): TranscriptDocument {
  const tokens = text.match(TOKEN) ?? [];
  const items: TranscriptItem[] = [];
  let clock = 0;
  let transcript = '';
  for (const token of tokens) {
    const id = items.length;
    if (/^[.,?!]$/.test(token)) {
      // Leading punctuation has no word to attach to; Transcribe never starts with one.
      if (items.length === 0) continue;
      items.push({
        id,
        type: 'punctuation',
        alternatives: [{ confidence: '0.0', content: token }],
      });
      transcript += token;
      clock += token === ',' ? 0.15 : 0.4;
      continue;
    }
    const duration = 0.12 + 0.06 * token.length;
    items.push({
      id,
      type: 'pronunciation',
      alternatives: [{ confidence: '0.999', content: token }],
      start_time: seconds(clock),
      end_time: seconds(clock + duration),
    });
    transcript += transcript ? ` ${token}` : token;
    clock += duration + 0.08;
  }
  const timed = items.filter((item) => item.start_time !== undefined);
  const segments: AudioSegment[] =
    timed.length === 0
      ? []
      : [
          {
            id: 0,
            transcript,
            start_time: timed[0]!.start_time!,
            end_time: timed[timed.length - 1]!.end_time!,
            items: items.map((item) => item.id),
          },
        ];
  return {
    jobName,
    accountId,
    status: 'COMPLETED',
    results: { transcripts: [{ transcript }], items, audio_segments: segments },
  };
}

const clockTime = (value: string, separator: '.' | ',') => {
  const total = Number(value);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.floor(total % 60);
  const ms = Math.round((total - Math.floor(total)) * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms, 3)}`;
};

/** The transcript as one WebVTT or SubRip cue per audio segment. */
export function buildSubtitles(
  document: TranscriptDocument,
  format: 'vtt' | 'srt',
  startIndex = 0,
): string {
  const cues = document.results.audio_segments.map((segment, i) => {
    const separator = format === 'vtt' ? '.' : ',';
    const timing = `${clockTime(segment.start_time, separator)} --> ${clockTime(segment.end_time, separator)}`;
    return `${i + startIndex}\n${timing}\n${segment.transcript}\n`;
  });
  return format === 'vtt' ? `WEBVTT\n\n${cues.join('\n')}` : cues.join('\n');
}
