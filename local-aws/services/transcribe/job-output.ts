import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import { redactedKey, subtitleKey } from './locations';
import { subtitleContentType, buildSubtitles } from './subtitles';
import { buildTranscript } from './transcript';
import type { TranscriptOptions } from './transcript-format';

/** One file a completed job writes, and what it is. */
export interface OutputFile {
  role: 'transcript' | 'redacted' | 'subtitle';
  key: string;
  body: Buffer;
  contentType: string;
}

/** The options of a request that shape both transcripts, before any redaction. */
export function transcriptOptions(
  request: StartTranscriptionJobRequest,
  filterWords: readonly string[] | undefined,
): TranscriptOptions {
  const settings = request.Settings ?? {};
  return {
    maxSpeakers: settings.ShowSpeakerLabels ? settings.MaxSpeakerLabels : undefined,
    channelIdentification: settings.ChannelIdentification === true,
    maxAlternatives: settings.ShowAlternatives ? settings.MaxAlternatives : undefined,
    toxicity: (request.ToxicityDetection?.length ?? 0) > 0,
    vocabularyFilter:
      filterWords && settings.VocabularyFilterMethod
        ? { words: filterWords, method: settings.VocabularyFilterMethod }
        : undefined,
  };
}

/**
 * Every file the job writes, as Transcribe names them: the transcript at `base`; with
 * ContentRedaction, the redacted transcript beside it as `redacted-NAME.json` (and the
 * unredacted one at `base` only for `redacted_and_unredacted`); subtitles beside the
 * transcript they are made from (the redacted one when there is one), `.srt` / `.vtt`.
 */
export function jobOutputFiles(
  jobName: string,
  accountId: string,
  request: StartTranscriptionJobRequest,
  text: string,
  base: string,
  filterWords?: readonly string[],
): OutputFile[] {
  const options = transcriptOptions(request, filterWords);
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const files: OutputFile[] = [];
  const plain = buildTranscript(jobName, accountId, text, options);
  const redaction = request.ContentRedaction;
  let shown = plain;
  let shownKey = base;
  if (redaction) {
    shown = buildTranscript(jobName, accountId, text, {
      ...options,
      redaction: { types: redaction.PiiEntityTypes },
    });
    shownKey = redactedKey(base);
    if (redaction.RedactionOutput === 'redacted_and_unredacted')
      files.push({
        role: 'transcript',
        key: base,
        body: json(plain),
        contentType: 'application/json',
      });
    files.push({
      role: 'redacted',
      key: shownKey,
      body: json(shown),
      contentType: 'application/json',
    });
  } else {
    files.push({
      role: 'transcript',
      key: base,
      body: json(plain),
      contentType: 'application/json',
    });
  }
  const startIndex = request.Subtitles?.OutputStartIndex ?? 0;
  for (const format of new Set(request.Subtitles?.Formats ?? []))
    files.push({
      role: 'subtitle',
      key: subtitleKey(shownKey, format),
      body: Buffer.from(buildSubtitles(shown, format, startIndex)),
      contentType: subtitleContentType(format),
    });
  return files;
}

/** How long the speech lasts, from the last audio segment of a transcript file. */
export function spokenSeconds(file: OutputFile | undefined): number | undefined {
  if (!file) return undefined;
  const document = JSON.parse(file.body.toString('utf8')) as {
    results: { audio_segments: { end_time: string }[] };
  };
  const end = document.results.audio_segments.at(-1)?.end_time;
  return end === undefined ? undefined : Number(end);
}
