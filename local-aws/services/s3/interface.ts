// S3's interface for the other emulated services, which import this file only, never the
// rest of s3/. Transcribe reads a job's media and writes its output through it, as the
// caller who started the job (S3's IAM checks, and KMS's for SSE-KMS objects), and keeps
// its own output bucket with it.
export { checkS3Access } from './access';
export { bucketExists, createBucket } from './buckets';
export { bucketArn, objectArn } from './model';
export { headObjectInternal, objectKeysOf, readObjectBody, writeObject } from './object-store';
