import { join } from 'node:path';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { ASSETS_DIR } from './hosting';
import { acknowledge, acknowledgeWildcards } from './nag';

/** config.json of the deployed console: what src/config/config.ts reads, no endpoints. */
export interface ConsoleConfig {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId: string;
}

export interface ConsoleFilesProps {
  consoleDir: string;
  bucket: s3.IBucket;
  distribution: cloudfront.IDistribution;
  /** Values from the stack's own resources (tokens), written into config.json at deploy time. */
  config: ConsoleConfig;
}

/** Source maps are never published; the local config.json is replaced by the stack's. */
export const NEVER_UPLOADED = ['*.map', '**/*.map', 'config.json'];

/**
 * Uploads the built console. Hashed bundles first, cached for a year and never pruned (a page
 * loaded before a deployment may still ask for its chunks); then index.html, the other
 * top-level files and config.json, revalidated on every load, and the cache invalidated.
 */
export class ConsoleFiles extends Construct {
  constructor(scope: Construct, id: string, props: ConsoleFilesProps) {
    super(scope, id);

    // The handler's own log, removed with the stack.
    const logGroup = new logs.LogGroup(this, 'DeploymentLog', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const bundles = new s3deploy.BucketDeployment(this, 'Bundles', {
      logGroup,
      sources: [
        s3deploy.Source.asset(join(props.consoleDir, ASSETS_DIR), { exclude: NEVER_UPLOADED }),
      ],
      destinationBucket: props.bucket,
      destinationKeyPrefix: `${ASSETS_DIR}/`,
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
    });

    const entry = new s3deploy.BucketDeployment(this, 'Entry', {
      logGroup,
      sources: [
        s3deploy.Source.asset(props.consoleDir, {
          exclude: [ASSETS_DIR, `${ASSETS_DIR}/**`, ...NEVER_UPLOADED],
        }),
        s3deploy.Source.jsonData('config.json', props.config),
      ],
      destinationBucket: props.bucket,
      // The bundles are the other deployment's; this one removes nothing.
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    // index.html must not name a bundle that is not there yet.
    entry.node.addDependency(bundles);
    acknowledgeDeploymentHandler(this);
  }
}

/** cdk-nag findings on the handler aws-cdk-lib provides for BucketDeployment. */
function acknowledgeDeploymentHandler(scope: Construct): void {
  const handler = Stack.of(scope)
    .node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'))
    .find((child): child is lambda.Function => child instanceof lambda.Function);
  if (!handler?.role) throw new Error('BucketDeployment handler not found');
  acknowledge(
    handler,
    'L1',
    "aws-cdk-lib's own BucketDeployment handler: its Python runtime is chosen by the " +
      'aws-cdk-lib version pinned in package.json and moves with it.',
  );
  acknowledge(
    handler.role,
    'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'The managed policy lets the handler write its own CloudWatch log streams, nothing else.',
  );
  acknowledgeWildcards(
    handler.role.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy,
    () =>
      "aws-cdk-lib's grants for BucketDeployment: read the staged files from the CDK " +
      'assets bucket and write, list and replace objects of the hosting bucket, ' +
      'nothing else.',
  );
}
