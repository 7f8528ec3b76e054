import { z } from 'zod';
import { buildTurns, type TranscriptTurns } from './transcript-turns';

/**
 * The parts of Transcribe's output document the preview shows. The document carries much
 * more (items with timings, segments, speaker labels); unknown members are ignored, so a newer
 * document still previews.
 */
const transcriptDocumentSchema = z.object({
  jobName: z.string().optional(),
  accountId: z.string().optional(),
  status: z.string().optional(),
  results: z.object({
    transcripts: z.array(z.object({ transcript: z.string() })),
    language_code: z.string().optional(),
  }),
});

export type TranscriptPreview =
  | {
      ok: true;
      jobName?: string;
      text: string;
      languageCode?: string;
      /** Speaker or channel turns and marked words, when the document has items. */
      turns?: TranscriptTurns;
    }
  | { ok: false; problem: string };

export function parseTranscriptDocument(body: string): TranscriptPreview {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'The transcript file is not JSON.' };
  }
  const parsed = transcriptDocumentSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem:
        'The transcript file is not in the Amazon Transcribe format (results.transcripts is missing).',
    };
  const { jobName, results } = parsed.data;
  return {
    ok: true,
    jobName,
    // Multi-channel and multi-language documents carry one transcript per entry.
    text: results.transcripts.map((entry) => entry.transcript).join('\n\n'),
    languageCode: results.language_code,
    turns: buildTurns((json as { results: unknown }).results),
  };
}
