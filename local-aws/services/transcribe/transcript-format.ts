import type { PiiEntityType, VocabularyFilterMethod } from '@aws-sdk/client-transcribe';

/**
 * The shapes of Transcribe's output document (the parts the emulator writes), and what a job
 * asks of it. Types only: the builder is transcript.ts, the option sections
 * transcript-sections.ts.
 */

export interface Redaction {
  confidence: string;
  type: PiiEntityType;
  category: 'PII';
}

export interface ItemAlternative {
  confidence: string;
  content: string;
  redactions?: Redaction[];
}

export interface TranscriptItem {
  id: number;
  type: 'pronunciation' | 'punctuation';
  alternatives: ItemAlternative[];
  start_time?: string;
  end_time?: string;
  speaker_label?: string;
  channel_label?: string;
  /** Set by a vocabulary filter with the `tag` method (developer guide: vocabulary filtering). */
  vocabularyFilterMatch?: boolean;
}

export interface AudioSegment {
  id: number;
  transcript: string;
  start_time: string;
  end_time: string;
  items: number[];
  speaker_label?: string;
  channel_label?: string;
}

export interface SpeakerLabels {
  speakers: number;
  segments: {
    start_time: string;
    end_time: string;
    speaker_label: string;
    items: { start_time: string; end_time: string; speaker_label: string }[];
  }[];
}

export interface ChannelLabels {
  channels: { channel_label: string; items: TranscriptItem[] }[];
  number_of_channels: number;
}

export interface AlternativeSegment {
  start_time: string;
  end_time: string;
  alternatives: {
    transcript: string;
    items: {
      start_time: string;
      end_time: string;
      type: 'pronunciation';
      content: string;
      confidence: string;
    }[];
  }[];
}

export interface ToxicitySegment {
  text: string;
  toxicity: number;
  categories: Record<string, number>;
  start_time: number;
  end_time: number;
}

export interface TranscriptResults {
  transcripts: { transcript: string }[];
  speaker_labels?: SpeakerLabels;
  channel_labels?: ChannelLabels;
  items: TranscriptItem[];
  segments?: AlternativeSegment[];
  audio_segments: AudioSegment[];
  toxicity_detection?: ToxicitySegment[];
}

export interface TranscriptDocument {
  jobName: string;
  accountId: string;
  isRedacted?: true;
  status: 'COMPLETED';
  results: TranscriptResults;
}

/** What a job asks of its transcript; each option adds to or changes the document. */
export interface TranscriptOptions {
  /** Settings.ShowSpeakerLabels: the MaxSpeakerLabels given. */
  maxSpeakers?: number;
  channelIdentification?: boolean;
  /** Settings.ShowAlternatives: the MaxAlternatives given. */
  maxAlternatives?: number;
  toxicity?: boolean;
  vocabularyFilter?: { words: readonly string[]; method: VocabularyFilterMethod };
  /** Build the redacted document: `[PII]` for entities of these types (absent = all). */
  redaction?: { types?: readonly PiiEntityType[] };
}
