import type { World } from '../../core/types';
import { createBucket, writeObject } from './object-store';
import { silentFlac, silentMp3, silentWav } from './media-samples';

export const MEDIA_BUCKET = 'media-111122223333';
export const TRANSCRIPTS_BUCKET = 'transcripts-111122223333';
const OWNER = '111122223333';

/** The seeded media, each with the text the emulated Transcribe reports for it. */
export const seededMedia = [
  {
    key: 'samples/meeting.wav',
    contentType: 'audio/wav',
    body: silentWav,
    transcript:
      "Good morning everyone, let's start with the quarterly roadmap and then review the open action items from last week.",
  },
  {
    key: 'samples/interview.mp3',
    contentType: 'audio/mpeg',
    body: silentMp3,
    transcript:
      'Thanks for joining us today. Could you tell me a little about your background and what drew you to this role?',
  },
  {
    key: 'samples/support-call.flac',
    contentType: 'audio/flac',
    body: silentFlac,
    transcript:
      "Thank you for calling support, my name is Sam. I can see your order here, and I'll help you update the shipping address.",
  },
] as const;

/** The seeded buckets: media samples to transcribe and an empty bucket for output. */
export function seedS3(world: World): void {
  createBucket(world, MEDIA_BUCKET, OWNER);
  createBucket(world, TRANSCRIPTS_BUCKET, OWNER);
  for (const media of seededMedia)
    writeObject(world, null, {
      bucket: MEDIA_BUCKET,
      key: media.key,
      body: media.body(),
      contentType: media.contentType,
      metadata: { transcript: media.transcript },
    });
}
