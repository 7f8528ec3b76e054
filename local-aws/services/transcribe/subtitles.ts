import type { SubtitleFormat } from '@aws-sdk/client-transcribe';
import type { TranscriptDocument } from './transcript-format';

const clockTime = (value: string, separator: '.' | ',') => {
  const total = Number(value);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.floor(total % 60);
  const ms = Math.round((total - Math.floor(total)) * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms, 3)}`;
};

/**
 * The transcript as WebVTT or SubRip, one cue per audio segment, numbered from the start
 * index (Subtitles.OutputStartIndex: 0, Transcribe's default, or 1).
 */
export function buildSubtitles(
  document: TranscriptDocument,
  format: SubtitleFormat,
  startIndex = 0,
): string {
  const separator = format === 'vtt' ? '.' : ',';
  const cues = document.results.audio_segments.map((segment, i) => {
    const timing = `${clockTime(segment.start_time, separator)} --> ${clockTime(segment.end_time, separator)}`;
    return `${i + startIndex}\n${timing}\n${segment.transcript}\n`;
  });
  return format === 'vtt' ? `WEBVTT\n\n${cues.join('\n')}` : cues.join('\n');
}

export const subtitleContentType = (format: SubtitleFormat) =>
  format === 'vtt' ? 'text/vtt' : 'application/x-subrip';
