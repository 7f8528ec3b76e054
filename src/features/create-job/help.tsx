import { awsDocs } from '@/lib/help/aws-docs';
import type { PageHelp } from '@/lib/help/help-topics';
import { kmsHelpTopics } from '@/lib/kms-key/help';

/*
 * The help text of "Create transcription job", every topic of its Info links in one place.
 * Loaded with the help panel, never with the form.
 */

export const createJobHelp: PageHelp = {
  start: 'create-job',
  topics: {
    'create-job': {
      header: 'Create transcription job',
      body: (
        <>
          <p>
            A transcription job turns the speech in one audio or video file in Amazon S3 into a
            transcript. You name the job, say which language is spoken, point at the file, and
            choose where the transcript goes and how it is encrypted. Transcribe works on the job in
            the background: follow it in the jobs list.
          </p>
          <p>
            This console exists for the encryption: with Encryption on, the transcript is encrypted
            with a KMS key you choose, from your account or shared with you by another account, so
            that the key&apos;s policy decides who can read it. Without it, Transcribe writes the
            output encrypted with the default Amazon S3 key (SSE-S3).
          </p>
          <p>Choose an Info link beside a field to read about it here.</p>
        </>
      ),
      learnMore: [awsDocs.startTranscriptionJob, awsDocs.transcribeEncryption],
    },
    name: {
      header: 'Name',
      body: (
        <>
          <p>
            The job&apos;s name, unique among the jobs of your account in this Region. It names the
            transcript file too (NAME.json) unless the output location says otherwise.
          </p>
          <p>
            Up to 200 characters: letters, digits, dot (.), underscore (_) and hyphen (-). A name
            cannot be reused while a job of that name exists; delete the old job first. The page
            warns you as you type when the name is taken.
          </p>
        </>
      ),
      learnMore: [awsDocs.startTranscriptionJob],
    },
    'language-settings': {
      header: 'Language settings',
      body: (
        <>
          <ul>
            <li>
              <strong>Specific language</strong>: you know the language. This gives the best results
              and is the only choice that works with a custom language model.
            </li>
            <li>
              <strong>Automatic language identification</strong>: Transcribe finds the dominant
              language and transcribes everything in it.
            </li>
            <li>
              <strong>Automatic multiple languages identification</strong>: for a recording in which
              speakers switch languages; each part is transcribed in its own language.
            </li>
          </ul>
          <p>
            When Transcribe identifies the language, &quot;Language options&quot; (two or more
            languages you expect) make identification more accurate. Identification works best with
            at least 30 seconds of speech.
          </p>
        </>
      ),
      learnMore: [awsDocs.supportedLanguages, awsDocs.languageIdentification],
    },
    'model-type': {
      header: 'Model type',
      body: (
        <>
          <p>
            The general model is Transcribe&apos;s own for the language. A custom language model is
            one you trained on text of your domain (see Custom language models), and can recognise
            its words and phrasing better.
          </p>
          <p>
            A custom language model needs a specific language, of the model&apos;s own language, and
            the model must have finished training (status Completed).
          </p>
        </>
      ),
      learnMore: [awsDocs.customLanguageModels],
    },
    'input-location': {
      header: 'Input file location on S3',
      body: (
        <>
          <p>
            The audio or video file to transcribe, as s3://bucket/key, in a bucket in this Region.
            Type it or choose it with Browse S3. You need s3:GetObject on it (the job reads it as
            you).
          </p>
          <p>
            Transcribe reads AMR, FLAC, M4A, MP3, MP4, Ogg, WebM and WAV. A lossless format (FLAC,
            or WAV with 16-bit PCM) gives the best results. Media format may stay empty: Transcribe
            detects it.
          </p>
        </>
      ),
      learnMore: [awsDocs.mediaFormats],
    },
    'output-location-type': {
      header: 'Output location type',
      body: (
        <>
          <ul>
            <li>
              <strong>Service-managed S3 bucket</strong>: Transcribe keeps the transcript in a
              bucket of its own for 90 days and hands out a temporary link to it. It cannot be
              encrypted with your KMS key.
            </li>
            <li>
              <strong>Customer specified S3 bucket</strong>: the transcript (and any subtitle files)
              are written to your bucket and stay there. Needed for Encryption with a KMS key:
              Transcribe takes a key only together with an output bucket.
            </li>
          </ul>
          <p>
            For your own bucket you need s3:PutObject on the output location. The object key may
            hold only letters, digits and the characters ! - _ . * &apos; ( ) /.
          </p>
        </>
      ),
      learnMore: [awsDocs.startTranscriptionJob, awsDocs.mediaFormats],
    },
    ...kmsHelpTopics({
      what: 'the transcript and every other file the job writes to your bucket',
      withoutKey: (
        <>
          Without a key, the output is encrypted with the default Amazon S3 key (SSE-S3): Amazon S3
          encrypts it at rest, and anyone allowed to read the object in S3 can read the transcript.
          There is no key policy to keep readers out.
        </>
      ),
      references: 'all-four',
      whoUsesIt: (
        <>
          Transcribe uses the key with the permissions of whoever starts the job: without
          kms:Encrypt, the job is refused or fails.
        </>
      ),
      reading: (
        <>
          Reading the transcript later, here or anywhere, needs s3:GetObject on the object and
          kms:Decrypt on the key. A key shared with you for encryption only lets you create jobs,
          not read their output.
        </>
      ),
    }),
    tags: {
      header: 'Tags',
      body: (
        <>
          <p>
            Labels of your own (key and optional value) on the job, to find jobs and to group their
            costs. Up to 50 tags; a key appears once.
          </p>
          <p>
            IAM policies can allow or deny actions by tag, so a tag can decide who may see or delete
            a job. Tags are not encrypted: keep secrets out of them.
          </p>
        </>
      ),
      learnMore: [awsDocs.tagging],
    },
    audio: {
      header: 'Audio settings',
      body: (
        <>
          <ul>
            <li>
              <strong>Speaker partitioning</strong>: labels who speaks when, for up to 30 speakers,
              on a recording with everyone on one channel.
            </li>
            <li>
              <strong>Channel identification</strong>: transcribes each channel of a two-channel
              recording (say, agent and caller) separately. It cannot be combined with speaker
              partitioning.
            </li>
            <li>
              <strong>Alternative results</strong>: up to 10 other possible transcriptions of each
              stretch of speech, with their confidence.
            </li>
            <li>
              <strong>Toxicity detection</strong>: flags toxic speech (US English only).
            </li>
          </ul>
        </>
      ),
      learnMore: [awsDocs.diarization, awsDocs.channelIdentification],
    },
    'content-removal': {
      header: 'Content removal',
      body: (
        <>
          <ul>
            <li>
              <strong>Vocabulary filtering</strong>: masks, removes or tags the words of a
              vocabulary filter you created (Vocabulary filtering), such as profanity.
            </li>
            <li>
              <strong>PII redaction</strong>: replaces personally identifiable information (names,
              addresses, card numbers and other types you choose) with [PII]. You can ask for the
              redacted transcript only, or for both redacted and unredacted ones.
            </li>
          </ul>
          <p>
            Both change only the transcript; the media file is untouched. Every file written is
            encrypted like the transcript.
          </p>
        </>
      ),
      learnMore: [awsDocs.vocabularyFilters, awsDocs.piiRedaction],
    },
    customization: {
      header: 'Customization',
      body: (
        <>
          <p>
            A custom vocabulary (Custom vocabulary, in the side navigation) teaches Transcribe words
            it gets wrong: names, brands, acronyms. It must be in the job&apos;s language and ready
            (status Ready); with language identification, choose one per expected language.
          </p>
          <p>
            However the vocabulary itself is encrypted, the job&apos;s output is encrypted as Output
            data says.
          </p>
        </>
      ),
      learnMore: [awsDocs.customVocabularies],
    },
    subtitles: {
      header: 'Subtitles',
      body: (
        <>
          <p>
            Transcribe can also write subtitle files for a video: SubRip (SRT) and WebVTT (VTT).
            Start index sets whether the first subtitle is numbered 0 or 1.
          </p>
          <p>The subtitle files go next to the transcript and are encrypted the same way.</p>
        </>
      ),
      learnMore: [awsDocs.subtitles],
    },
  },
};
