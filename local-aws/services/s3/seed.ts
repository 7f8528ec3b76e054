import type { World } from '../../core/types';
import { CURRENT_ACCOUNT, MEDIA_BUCKET, SEEDED_MEDIA, TRANSCRIPTS_BUCKET } from '../../seed/ids';
import { createBucket } from './buckets';
import { silentFlac, silentMp3, silentWav } from './media-samples';
import { writeObject } from './object-store';

/** The seeded media, each with the text the emulated Transcribe reports for it. */
const seededMedia = [
  {
    key: SEEDED_MEDIA.meeting,
    contentType: 'audio/wav',
    body: silentWav,
    transcript:
      "Good morning everyone, let's start with the quarterly roadmap and then review the open action items from last week.",
  },
  {
    key: SEEDED_MEDIA.interview,
    contentType: 'audio/mpeg',
    body: silentMp3,
    transcript:
      'Thanks for joining us today. Could you tell me a little about your background and what drew you to this role?',
  },
  {
    key: SEEDED_MEDIA.supportCall,
    contentType: 'audio/flac',
    body: silentFlac,
    transcript:
      "Thank you for calling support, my name is Sam. I can see your order here, and I'll help you update the shipping address.",
  },
] as const;

/** The seeded buckets: media samples to transcribe and an empty bucket for output. */
export function seedS3(world: World): void {
  createBucket(world, MEDIA_BUCKET, CURRENT_ACCOUNT);
  createBucket(world, TRANSCRIPTS_BUCKET, CURRENT_ACCOUNT);
  for (const media of seededMedia)
    writeObject(world, null, {
      bucket: MEDIA_BUCKET,
      key: media.key,
      body: media.body(),
      contentType: media.contentType,
      metadata: { transcript: media.transcript },
    });
}
