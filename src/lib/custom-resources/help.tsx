import type { ReactNode } from 'react';
import { awsDocs } from '@/lib/help/aws-docs';
import type { HelpTopic, LearnMoreLink, PageHelp } from '@/lib/help/help-topics';
import { kmsHelpTopics } from '@/lib/kms-key/help';
import type { ResourceKind } from './resource-kinds';

/*
 * The help text of the three create pages (vocabulary, vocabulary filter, language model):
 * one frame, one text, with what differs per kind kept together below.
 */

const nouns: Record<ResourceKind, string> = {
  vocabulary: 'vocabulary',
  'vocabulary-filter': 'vocabulary filter',
  'language-model': 'language model',
};

const createOperations: Record<ResourceKind, LearnMoreLink> = {
  vocabulary: awsDocs.createVocabulary,
  'vocabulary-filter': awsDocs.createVocabularyFilter,
  'language-model': awsDocs.createLanguageModel,
};

const overviews: Record<ResourceKind, HelpTopic> = {
  vocabulary: {
    header: 'Create vocabulary',
    body: (
      <>
        <p>
          A custom vocabulary lists words and phrases Transcribe gets wrong: names, brands,
          acronyms, terms of your trade. A job in the same language and Region can then use it
          (Configure job, Customization).
        </p>
        <p>
          Keep confidential and personal information out of a vocabulary. A vocabulary file is at
          most 50 KB, and each entry at most 256 characters of the language&apos;s character set.
        </p>
      </>
    ),
    learnMore: [awsDocs.customVocabularies, awsDocs.encryptionConfiguration],
  },
  'vocabulary-filter': {
    header: 'Create vocabulary filter',
    body: (
      <>
        <p>
          A vocabulary filter lists words to mask, remove or tag in transcripts, such as profanity.
          A job in the same language uses it under Configure job, Content removal, where you choose
          what happens to the words.
        </p>
        <p>The filter changes only the transcript, never the media file.</p>
      </>
    ),
    learnMore: [awsDocs.vocabularyFilters, awsDocs.encryptionConfiguration],
  },
  'language-model': {
    header: 'Create language model',
    body: (
      <>
        <p>
          A custom language model is trained on text of your domain (documents, or transcripts of
          similar audio) so that Transcribe recognises its words and phrasing better. Training takes
          a while; the model can be used once its status is Completed, by jobs of the same language.
        </p>
        <p>
          Transcribe reads the training data as the IAM role you give, so the role needs read access
          to the data in S3.
        </p>
      </>
    ),
    learnMore: [awsDocs.customLanguageModels, awsDocs.encryptionConfiguration],
  },
};

const kindTopics: Record<ResourceKind, Record<string, HelpTopic>> = {
  vocabulary: {
    source: {
      header: 'Vocabulary input source',
      body: (
        <>
          <p>
            Type the phrases here, one per row, or point at a text file in S3 (one phrase per line,
            or a table with the columns Phrase and DisplayAs).
          </p>
          <p>
            Write a phrase of several words with hyphens (Los-Angeles) and spell out acronyms with
            periods (C.L.I.). Only the language&apos;s characters are allowed; the page checks them
            as you type. A file in S3 is read by Transcribe as the IAM role.
          </p>
        </>
      ),
      learnMore: [awsDocs.customVocabularies],
    },
  },
  'vocabulary-filter': {
    source: {
      header: 'Word list source',
      body: (
        <>
          <p>
            Type the words here, one per row, or point at a text file in S3 with one word per line.
            Only the language&apos;s characters are allowed; the page checks them as you type.
          </p>
        </>
      ),
      learnMore: [awsDocs.vocabularyFilters],
    },
  },
  'language-model': {
    'base-model': {
      header: 'Base model',
      body: (
        <p>
          The model yours is built on, chosen by the audio it will transcribe: NarrowBand for audio
          sampled at less than 16,000 Hz (telephone calls), WideBand for 16,000 Hz or more.
        </p>
      ),
      learnMore: [awsDocs.customLanguageModels],
    },
    'training-data': {
      header: 'Training data',
      body: (
        <>
          <p>
            A folder (or a whole bucket) of plain text files in UTF-8 with text of your domain.
            Tuning data, optional, is transcripts of audio like the audio you will transcribe.
          </p>
          <p>
            Transcribe reads both as the IAM role, so the role needs s3:GetObject and s3:ListBucket
            on them, and, if the files are encrypted with a KMS key, kms:Decrypt on that key.
          </p>
        </>
      ),
      learnMore: [awsDocs.customLanguageModels],
    },
  },
};

function roleTopic(noun: string): HelpTopic {
  return {
    header: 'IAM role ARN',
    body: (
      <>
        <p>
          The data access role: a role Transcribe assumes to read the {noun}&apos;s files in S3 and
          to use the KMS key you choose under Encryption. Its trust policy must let
          transcribe.amazonaws.com assume it.
        </p>
        <p>
          With Encryption on, the role must be able to use the key (kms:GenerateDataKey and
          kms:Decrypt), allowed both by the role&apos;s own policy and by the key policy. The
          page&apos;s access check proves only that you can use the key, not the role: if the role
          cannot, the {noun} is created but fails, and its details page says why.
        </p>
        <p>
          Passing a role to Transcribe needs iam:PassRole on that role; your administrator decides
          which roles you may pass.
        </p>
      </>
    ),
    learnMore: [
      awsDocs.iamPassRole,
      awsDocs.transcribeIdentityPolicies,
      awsDocs.encryptionConfiguration,
    ],
  };
}

function encryptionScope(noun: string) {
  return {
    what: `the ${noun}'s stored data`,
    withoutKey: (
      <>
        Without a key, Transcribe encrypts the {noun} with a key that AWS owns: you cannot see,
        manage or audit that key, and its policy is not yours to set.
      </>
    ) as ReactNode,
    references: 'key-arn-only' as const,
    whoUsesIt: (
      <>
        Transcribe itself uses the key as the IAM role you give, so the role needs it too (see IAM
        role ARN).
      </>
    ) as ReactNode,
    reading: (
      <>
        Transcribe decrypts the {noun} as the role whenever it reads it, so the role keeps needing
        the key for as long as the {noun} is used.
      </>
    ) as ReactNode,
  };
}

export function customResourceHelp(kind: ResourceKind): PageHelp {
  const noun = nouns[kind];
  return {
    start: 'create',
    topics: {
      create: overviews[kind],
      name: {
        header: 'Name',
        body: (
          <p>
            The {noun}&apos;s name, unique among your account&apos;s {noun}s in this Region, and how
            jobs refer to it. Up to 200 characters: letters, digits, dot (.), underscore (_) and
            hyphen (-). It cannot be changed later.
          </p>
        ),
        learnMore: [createOperations[kind]],
      },
      language: {
        header: 'Language',
        body: (
          <p>
            The language of the {noun}. A job can use it only when the job&apos;s language (or, with
            language identification, one of its language options) is the same.
          </p>
        ),
        learnMore: [awsDocs.supportedLanguages],
      },
      ...kindTopics[kind],
      'role-arn': roleTopic(noun),
      ...kmsHelpTopics(encryptionScope(noun)),
      tags: {
        header: 'Tags',
        body: (
          <p>
            Labels of your own (key and optional value) on the {noun}, to find and group it and its
            costs. Up to 50 tags. Tags are not encrypted: keep secrets out of them.
          </p>
        ),
        learnMore: [awsDocs.tagging],
      },
    },
  };
}
