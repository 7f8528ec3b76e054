/**
 * What the browser is allowed to do with the console, in one place: the response headers the
 * console reads across origins (CORS "expose"), and its Content-Security-Policy. The build
 * (vite.config.ts), local-aws's CORS answers and the deployed stack (deploy/) all read it, so
 * what works locally is what the deployment allows. A leaf: it imports nothing.
 */

/**
 * Response headers the console's AWS calls read, which a browser hides from cross-origin
 * pages unless the answer exposes them: request IDs and error types for error messages, the
 * ETag and server-side encryption headers that show how a transcript was encrypted, and the
 * ones the SDK uses for ranges, versions and a bucket's region.
 */
export const EXPOSED_HEADERS: readonly string[] = [
  'x-amzn-requestid',
  'x-amzn-errortype',
  'x-amz-request-id',
  'x-amz-id-2',
  'etag',
  'date',
  'content-length',
  'content-type',
  'last-modified',
  'content-range',
  'accept-ranges',
  'x-amz-server-side-encryption',
  'x-amz-server-side-encryption-aws-kms-key-id',
  'x-amz-server-side-encryption-context',
  'x-amz-version-id',
  'x-amz-bucket-region',
];

/** The directives, with where the page may connect left to the caller. */
function directives(connectSrc: readonly string[]): [string, string][] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // Cloudscape sets inline style attributes (positioning of dropdowns and popovers).
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self' data:"],
    ['connect-src', connectSrc.join(' ')],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

/**
 * Where the built app may connect: any AWS endpoint, since one build serves every Region
 * (config.json names it), and loopback, where local-aws answers.
 */
export const BUILD_CONNECT_SRC: readonly string[] = [
  "'self'",
  'https://*.amazonaws.com',
  'http://127.0.0.1:*',
  'http://localhost:*',
];

/**
 * Where the console deployed in `region` may connect: that Region's endpoints of the services
 * it calls and nothing else (S3 both path-style and virtual-hosted, as the SDK picks by
 * bucket name). `region` may be a CDK token.
 */
export function regionalConnectSrc(region: string): string[] {
  return [
    "'self'",
    `https://cognito-idp.${region}.amazonaws.com`,
    `https://cognito-identity.${region}.amazonaws.com`,
    `https://kms.${region}.amazonaws.com`,
    `https://s3.${region}.amazonaws.com`,
    `https://*.s3.${region}.amazonaws.com`,
    `https://sts.${region}.amazonaws.com`,
    `https://transcribe.${region}.amazonaws.com`,
  ];
}

export interface CspOptions {
  connectSrc: readonly string[];
  /**
   * `frame-ancestors 'none'`: no other site may frame the console (clickjacking). Only a
   * response header can carry it: browsers ignore it in a meta tag.
   */
  denyFraming?: boolean;
}

/** The Content-Security-Policy text, directives in a fixed order. */
export function contentSecurityPolicy({ connectSrc, denyFraming = false }: CspOptions): string {
  const list = directives(connectSrc);
  if (denyFraming) list.push(['frame-ancestors', "'none'"]);
  return list.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy the built app declares in its meta tag. */
export const BUILD_CONTENT_SECURITY_POLICY = contentSecurityPolicy({
  connectSrc: BUILD_CONNECT_SRC,
});
