import { readdirSync } from 'node:fs';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag';

export interface HostingProps {
  /** The built console (`vite build` output). */
  consoleDir: string;
  /** The Content-Security-Policy every answer carries. */
  contentSecurityPolicy: string;
  domainName?: string;
  certificateArn?: string;
  accessLogs: s3.IBucket;
}

/** Built files served as they are: hashed bundles and the files of public/. */
export const ASSETS_DIR = 'assets';

/**
 * The CloudFront Function that serves the app's routes: any path that is not a file the build
 * emitted (its top-level files and everything under assets/) gets index.html, so
 * `/jobs/meeting.2024` is a route, not a missing object. Runs on CloudFront's JS 2.0 runtime.
 */
export function spaRoutingCode(topLevelFiles: readonly string[]): string {
  const files = JSON.stringify(Object.fromEntries(topLevelFiles.map((f) => [`/${f}`, true])));
  return [
    `var files = ${files};`,
    'function handler(event) {',
    '  var request = event.request;',
    `  if (request.uri.startsWith('/${ASSETS_DIR}/') || files[request.uri]) return request;`,
    "  request.uri = '/index.html';",
    '  return request;',
    '}',
  ].join('\n');
}

/**
 * A private bucket for the built app behind CloudFront (origin access control), with the
 * security headers on every answer and the app's routes answered by index.html.
 */
export class Hosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headers: cloudfront.ResponseHeadersPolicy;
  readonly consoleOrigin: string;

  constructor(scope: Construct, id: string, props: HostingProps) {
    super(scope, id);

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'Hosting/',
      // Only build output lives here: removing the stack removes it.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Transcribe console: CSP, HSTS, nosniff, no framing, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: props.contentSecurityPolicy,
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        // For browsers that predate frame-ancestors.
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER,
          override: true,
        },
      },
    });

    const built = readdirSync(props.consoleDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => entry.name);
    // config.json is the stack's own (console-files.ts), whatever the build holds.
    const topLevelFiles = [...new Set([...built, 'config.json'])];
    const routing = new cloudfront.Function(this, 'SpaRouting', {
      comment: 'Serves index.html for the console routes',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(spaRoutingCode(topLevelFiles)),
    });

    const certificate = props.certificateArn
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
      : undefined;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Transcribe console',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
        functionAssociations: [
          { function: routing, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      ...(props.domainName && certificate
        ? {
            domainNames: [props.domainName],
            certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (!certificate)
      acknowledge(
        this.distribution,
        'CFR4',
        "CloudFront's default *.cloudfront.net certificate fixes the minimum at TLSv1; " +
          'browsers negotiate TLS 1.2 or 1.3 anyway. Deploy with domainName and ' +
          'certificateArn to set TLSv1.2_2021.',
      );
    acknowledge(
      this.distribution,
      'CFR1',
      'Analysts sign in from wherever their organisation works; a geographic restriction ' +
        'is a choice for the deploying team, not a default.',
    );
    acknowledge(
      this.distribution,
      'CFR2',
      'The distribution serves static files only: every data call goes from the browser ' +
        'to AWS APIs directly, where a web ACL would never see it. WAF would add about $6 ' +
        'a month for no protection of the data.',
    );
    acknowledge(
      this.distribution,
      'CFR3',
      'Static files only; the hosting bucket keeps S3 access logs of what CloudFront ' +
        "fetches, and the data calls are AWS API calls recorded by CloudTrail. CloudFront's " +
        'standard logs would need an ACL-enabled bucket.',
    );

    this.consoleOrigin = `https://${props.domainName ?? this.distribution.distributionDomainName}`;
  }
}
