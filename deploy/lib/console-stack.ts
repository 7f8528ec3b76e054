import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { contentSecurityPolicy, regionalConnectSrc } from '../../common/web-security';
import { ANALYST_WILDCARD_REASONS, analystPolicy } from './analyst-policy';
import { Auth } from './auth';
import { type ConsoleConfig, ConsoleFiles } from './console-files';
import { Hosting } from './hosting';
import { acknowledgeWildcards } from './nag';
import type { DeployParameters } from './parameters';
import { accessLogsBucket, Storage } from './storage';

export type ConsoleStackProps = StackProps &
  Omit<DeployParameters, 'stackName' | 'account' | 'region'>;

/**
 * Everything the console needs in one account: sign-in, the analyst role with the policy
 * local-aws enforces, buckets and key (created or given), and the hosted app with its
 * config.json written from this stack's own values.
 */
export class ConsoleStack extends Stack {
  readonly config: ConsoleConfig;
  readonly contentSecurityPolicy: string;
  readonly auth: Auth;
  readonly storage: Storage;
  readonly hosting: Hosting;

  constructor(scope: Construct, id: string, props: ConsoleStackProps) {
    super(scope, id, props);

    const accessLogs = accessLogsBucket(this);
    this.contentSecurityPolicy = contentSecurityPolicy({
      connectSrc: regionalConnectSrc(this.region),
      denyFraming: true,
    });
    const hosting = (this.hosting = new Hosting(this, 'Hosting', {
      consoleDir: props.consoleDir,
      contentSecurityPolicy: this.contentSecurityPolicy,
      domainName: props.domainName,
      certificateArn: props.certificateArn,
      accessLogs,
    }));
    const consoleUrl = hosting.consoleOrigin;

    const auth = (this.auth = new Auth(this, 'Auth', {
      consoleUrl,
      analyst: props.analystEmail
        ? { username: props.analystUsername, email: props.analystEmail }
        : undefined,
    }));

    const storage = (this.storage = new Storage(this, 'Storage', {
      mediaBucketName: props.mediaBucketName,
      transcriptsBucketName: props.transcriptsBucketName,
      kmsKeyArn: props.kmsKeyArn,
      consoleOrigin: hosting.consoleOrigin,
      accessLogs,
    }));
    storage.allowKeyUse('AnalystUse', auth.analystRole);

    // A policy of its own rather than inline: the key's policy names the role, and the
    // transcripts bucket needs the key, so the role must exist before both.
    const policy = new iam.Policy(this, 'AnalystPolicy', {
      roles: [auth.analystRole],
      document: iam.PolicyDocument.fromJson(
        analystPolicy({
          account: this.account,
          region: this.region,
          dataAccessRole: storage.dataAccessRole.roleArn,
          mediaBucket: storage.mediaBucket.bucketName,
          transcriptsBucket: storage.transcriptsBucket.bucketName,
        }),
      ),
    });
    acknowledgeWildcards(
      policy.node.defaultChild as iam.CfnPolicy,
      (statement) => statement.Sid && ANALYST_WILDCARD_REASONS[statement.Sid],
    );

    this.config = {
      region: this.region,
      userPoolId: auth.userPool.userPoolId,
      userPoolClientId: auth.client.userPoolClientId,
      identityPoolId: auth.identityPool.ref,
    };
    new ConsoleFiles(this, 'ConsoleFiles', {
      consoleDir: props.consoleDir,
      bucket: hosting.bucket,
      distribution: hosting.distribution,
      config: this.config,
    });

    const outputs: Record<string, { value: string; description: string }> = {
      ConsoleUrl: { value: consoleUrl, description: 'Open the console here' },
      Region: { value: this.config.region, description: 'config.json region' },
      UserPoolId: { value: this.config.userPoolId, description: 'config.json userPoolId' },
      UserPoolClientId: {
        value: this.config.userPoolClientId,
        description: 'config.json userPoolClientId',
      },
      IdentityPoolId: {
        value: this.config.identityPoolId,
        description: 'config.json identityPoolId',
      },
      AnalystRoleArn: { value: auth.analystRole.roleArn, description: 'Signed-in analysts' },
      DataAccessRoleArn: {
        value: storage.dataAccessRole.roleArn,
        description: 'DataAccessRoleArn for custom vocabularies and language models',
      },
      MediaBucketName: {
        value: storage.mediaBucket.bucketName,
        description: 'Media to transcribe',
      },
      TranscriptsBucketName: {
        value: storage.transcriptsBucket.bucketName,
        description: 'Transcription output',
      },
      TranscriptsKeyArn: {
        value: storage.transcriptsKey.keyArn,
        description: 'KMS key for transcripts',
      },
      DistributionId: { value: hosting.distribution.distributionId, description: 'CloudFront' },
      DistributionDomainName: {
        value: hosting.distribution.distributionDomainName,
        description: 'Point your domain here (CNAME) when you use one',
      },
    };
    for (const [id, output] of Object.entries(outputs)) new CfnOutput(this, id, output);
  }
}
