import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EXPOSED_HEADERS } from '../../common/web-security';
import { acknowledge, acknowledgeWildcards } from './nag';

export interface StorageProps {
  /** Existing buckets and key to use; each one left out is created. */
  mediaBucketName?: string;
  transcriptsBucketName?: string;
  kmsKeyArn?: string;
  /** The console's origin, the only one the buckets' CORS allows. */
  consoleOrigin: string;
  /** Where S3 server access logs of the created buckets go. */
  accessLogs: s3.IBucket;
}

/** The analysts' KMS actions on the transcripts key: use it, and nothing more. */
export const ANALYST_KEY_ACTIONS = [
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:Decrypt',
  'kms:DescribeKey',
];

// The key's administrators (the account, through IAM) manage it but cannot use it: only the
// principals the key policy names can encrypt and decrypt transcripts.
const KEY_ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

/**
 * Media and transcripts buckets and the transcripts key, created or given, plus the data
 * access role Transcribe assumes for custom vocabularies and language models.
 */
export class Storage extends Construct {
  readonly mediaBucket: s3.IBucket;
  readonly transcriptsBucket: s3.IBucket;
  readonly transcriptsKey: kms.IKey;
  readonly dataAccessRole: iam.Role;
  /** Created here, so their CORS and policies are ours to set. */
  readonly createdBuckets: s3.Bucket[] = [];
  private readonly createdKey?: kms.Key;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.dataAccessRole = new iam.Role(this, 'DataAccessRole', {
      description: 'Assumed by Amazon Transcribe to read custom vocabulary and language model data',
      assumedBy: new iam.ServicePrincipal('transcribe.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });

    if (props.kmsKeyArn) {
      this.transcriptsKey = kms.Key.fromKeyArn(this, 'TranscriptsKey', props.kmsKeyArn);
      // A given key's policy is its owner's: the role gets IAM permissions, which apply when
      // that policy lets the account's IAM grant them.
      this.dataAccessRole.addToPolicy(
        new iam.PolicyStatement({
          sid: 'UseTranscriptsKey',
          actions: ANALYST_KEY_ACTIONS,
          resources: [props.kmsKeyArn],
        }),
      );
    } else {
      this.createdKey = new kms.Key(this, 'TranscriptsKey', {
        description: 'Encrypts transcripts written by the Transcribe console',
        enableKeyRotation: true,
        alias: `alias/${stack.stackName.toLowerCase()}-transcripts`,
        removalPolicy: RemovalPolicy.RETAIN,
        policy: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              sid: 'KeyAdministration',
              principals: [new iam.AccountRootPrincipal()],
              actions: KEY_ADMIN_ACTIONS,
              resources: ['*'],
            }),
          ],
        }),
      });
      this.transcriptsKey = this.createdKey;
      this.allowKeyUse('DataAccessRoleUse', this.dataAccessRole);
    }

    this.mediaBucket = props.mediaBucketName
      ? s3.Bucket.fromBucketName(this, 'MediaBucket', props.mediaBucketName)
      : this.createBucket('MediaBucket', props, { encryption: s3.BucketEncryption.S3_MANAGED });
    this.transcriptsBucket = props.transcriptsBucketName
      ? s3.Bucket.fromBucketName(this, 'TranscriptsBucket', props.transcriptsBucketName)
      : this.createBucket('TranscriptsBucket', props, {
          // Output written without a key of the job's own is encrypted with this one.
          encryption: s3.BucketEncryption.KMS,
          encryptionKey: this.transcriptsKey,
          bucketKeyEnabled: true,
          versioned: true,
        });

    // Training data and vocabulary files are read from the media bucket.
    this.dataAccessRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadMedia',
        actions: ['s3:GetObject', 's3:ListBucket'],
        resources: [this.mediaBucket.bucketArn, this.mediaBucket.arnForObjects('*')],
      }),
    );
    acknowledgeWildcards(
      this.dataAccessRole.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy,
      (statement) =>
        statement.Sid === 'ReadMedia'
          ? 'Transcribe reads vocabulary files and language model training data from any ' +
            'object of the media bucket the analyst names.'
          : undefined,
    );
  }

  /** Lets `role` use the created key (Encrypt, GenerateDataKey, Decrypt, DescribeKey). */
  allowKeyUse(sid: string, role: iam.IRole): void {
    this.createdKey?.addToResourcePolicy(
      new iam.PolicyStatement({
        sid,
        principals: [role],
        actions: ANALYST_KEY_ACTIONS,
        resources: ['*'],
      }),
    );
  }

  private createBucket(id: string, props: StorageProps, options: s3.BucketProps): s3.Bucket {
    const bucket = new s3.Bucket(this, id, {
      ...options,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: `${id}/`,
      // Analysts' recordings and transcripts outlive the stack.
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedOrigins: [props.consoleOrigin],
          allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
          allowedHeaders: ['*'],
          exposedHeaders: [...EXPOSED_HEADERS],
          maxAge: Duration.minutes(10).toSeconds(),
        },
      ],
    });
    this.createdBuckets.push(bucket);
    return bucket;
  }
}

/** The access logs bucket: the created buckets' S3 server access logs, kept 90 days. */
export function accessLogsBucket(scope: Construct): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'AccessLogs', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    lifecycleRules: [{ expiration: Duration.days(90) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(
    bucket,
    'S1',
    'This is the access log bucket itself; logging its own access would log the log writes.',
  );
  return bucket;
}
