import type { ReactNode } from 'react';
import { awsDocs } from '@/lib/help/aws-docs';
import type { HelpTopic } from '@/lib/help/help-topics';

/*
 * The help text of the KMS key panel, for every page that has the panel. The facts differ
 * between a job's output and a custom resource, so each page describes itself in a
 * `KmsHelpScope`, and its help module takes these topics from here.
 */

export interface KmsHelpScope {
  /** What is encrypted: "the transcript and every other file the job writes". */
  what: string;
  /** What happens without a key. */
  withoutKey: ReactNode;
  /** Which key references Transcribe takes in this request. */
  references: 'all-four' | 'key-arn-only';
  /** Who needs kms:Encrypt (and more) on the key besides you. */
  whoUsesIt: ReactNode;
  /** Who needs kms:Decrypt, and when. */
  reading: ReactNode;
}

/** The topics the panel's Info links open: "encryption", "kms-key", "kms-key-id", "kms-key-arn", "encryption-context". */
export function kmsHelpTopics(scope: KmsHelpScope): Record<string, HelpTopic> {
  return {
    encryption: {
      header: 'Encryption',
      body: (
        <>
          <p>
            Turn on Encryption to encrypt {scope.what} with a KMS key that you choose, instead of
            the default.
          </p>
          <p>{scope.withoutKey}</p>
          <p>
            With a key of your choice, the key policy of that key decides who can read the data:
            reading needs kms:Decrypt on the key. Disabling the key, or scheduling its deletion,
            makes the data unreadable.
          </p>
          <p>
            Only symmetric encryption keys (key spec SYMMETRIC_DEFAULT, key usage ENCRYPT_DECRYPT)
            work. Asymmetric keys, HMAC keys and signing keys are refused.
          </p>
        </>
      ),
      learnMore: [
        awsDocs.transcribeEncryption,
        awsDocs.s3SseS3,
        awsDocs.kmsKeyPolicies,
        awsDocs.kmsKeySpecs,
      ],
    },
    'kms-key': {
      header: 'KMS key',
      body: (
        <>
          <p>Where the key comes from decides how you name it:</p>
          <ul>
            <li>
              <strong>Key from current account</strong>: choose one of your account&apos;s customer
              managed keys in this Region from the list under &quot;KMS key ID&quot;.
            </li>
            <li>
              <strong>Key from a different account</strong>: another account cannot be listed, so
              type the key ARN or the alias ARN under &quot;KMS key ARN&quot;. That account&apos;s
              key policy must let your account use the key.
            </li>
          </ul>
          <p>A KMS key can be named in four ways:</p>
          <ul>
            <li>key ID: 1234abcd-12ab-34cd-56ef-1234567890ab</li>
            <li>key ARN: arn:aws:kms:us-east-1:111122223333:key/1234abcd-…</li>
            <li>alias name: alias/transcripts</li>
            <li>alias ARN: arn:aws:kms:us-east-1:111122223333:alias/transcripts</li>
          </ul>
          {scope.references === 'all-four' ? (
            <p>
              For a key of your own account, Transcribe takes any of the four (this page sends the
              key ID of the key chosen from the list). For a key of another account, only the key
              ARN or the alias ARN: a key ID or alias name is always looked up in your own account.
            </p>
          ) : (
            <p>
              Here Transcribe takes the full key ARN only. This page sends the key ARN: for a key
              from the list, or an alias ARN you type, it looks the key ARN up with DescribeKey
              first and shows what will be sent.
            </p>
          )}
          <p>
            You need kms:Encrypt on the key; the page checks it for you before you create anything
            (an Encrypt call with DryRun, which encrypts nothing). {scope.whoUsesIt}
          </p>
          <p>{scope.reading}</p>
        </>
      ),
      learnMore: [
        awsDocs.kmsKeyIdentifiers,
        awsDocs.kmsCrossAccount,
        awsDocs.kmsKeyPolicies,
        scope.references === 'all-four'
          ? awsDocs.startTranscriptionJob
          : awsDocs.encryptionConfiguration,
      ],
    },
    'kms-key-id': {
      header: 'KMS key ID',
      body: (
        <>
          <p>
            The list holds every customer managed key of your account in this Region, by alias when
            it has one, with its key ID. After you choose one, the page shows its details: state,
            key spec, rotation and description.
          </p>
          <p>
            AWS managed keys (alias/aws/…) are not listed: their key policies let only the AWS
            service that owns them use them, so Transcribe cannot encrypt your data with them. When
            the key you choose is disabled, pending deletion or cannot encrypt, the page says so
            under the list.
          </p>
          <p>
            A key from another account is never in this list, even when it is shared with you:
            choose &quot;Key from a different account&quot; and type its ARN.
          </p>
        </>
      ),
      learnMore: [awsDocs.kmsFindKeyArn, awsDocs.kmsKeyIdentifiers],
    },
    'kms-key-arn': {
      header: 'KMS key ARN',
      body: (
        <>
          <p>
            For a key in another account, type its key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID)
            or its alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/NAME). A key ID or an alias name
            alone would be looked up in your own account, so they are not accepted here. The key
            must be in this Region.
          </p>
          <p>
            The key&apos;s owner grants you its use in the key policy (kms:Encrypt for you,{' '}
            {scope.references === 'all-four'
              ? 'and kms:Decrypt for whoever reads the output'
              : 'and what the IAM role needs'}
            ), and your own IAM policy must allow it too. The page checks kms:Encrypt once you have
            typed the ARN. Ask the key&apos;s owner for the ARN: other accounts&apos; keys cannot be
            listed.
          </p>
          <p>{scope.reading}</p>
        </>
      ),
      learnMore: [awsDocs.kmsCrossAccount, awsDocs.kmsFindKeyArn, awsDocs.kmsKeyIdentifiers],
    },
    'encryption-context': {
      header: 'Encryption context',
      body: (
        <>
          <p>
            Up to 10 key/value pairs that KMS binds to the encrypted data. Decrypting needs the same
            pairs, exactly, so a copy of the data taken elsewhere cannot be decrypted without them.
            Key policies and IAM policies can require a pair (the condition key
            kms:EncryptionContext:KEY), for example to let a role read only one project&apos;s data.
          </p>
          <p>
            <strong>The pairs are not secret.</strong> They are stored in plain text, and AWS
            CloudTrail logs them with every Encrypt, Decrypt and GenerateDataKey call. Put no
            passwords, personal data or other secrets in them: describe the data instead (a project,
            a department).
          </p>
          <p>Encryption context works with symmetric encryption keys only.</p>
        </>
      ),
      learnMore: [awsDocs.kmsEncryptionContext, awsDocs.kmsCloudTrail],
    },
  };
}
