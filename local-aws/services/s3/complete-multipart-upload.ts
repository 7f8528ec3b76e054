import { createHash } from 'node:crypto';
import { AwsError } from '../../core/errors';
import { requirePrincipal } from '../../core/types';
import { element } from '../../protocols/xml';
import { childrenNamed, parseXml, XmlSyntaxError } from '../../protocols/xml-reader';
import { checkS3Access, requireBucket } from './access';
import {
  checksumAlgorithms,
  checksumHeader,
  checksumOf,
  combineCrcs,
  type CrcAlgorithm,
  isCrc,
} from './checksums';
import { invalidRequest, malformedXml } from './errors';
import { encodeS3Url } from './listing';
import { objectArn, type ObjectChecksum, type StoredPart } from './model';
import { deleteUpload, getPart, MIN_PART_BYTES, requireUpload } from './multipart';
import { putObjectRecord } from './object-store';
import type { S3Operation } from './request';
import { encryptionHeaders } from './write-request';
import { document, xmlResponse } from './xml';

export interface RequestedPart {
  partNumber: number;
  etag: string;
  checksums: Record<string, string>;
}

/** The `<Part>` list of a CompleteMultipartUpload body; anything not well-formed is MalformedXML. */
export function parseCompleteRequest(xml: string): RequestedPart[] {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw malformedXml();
    throw error;
  }
  if (root.name !== 'CompleteMultipartUpload') throw malformedXml();
  return childrenNamed(root, 'Part').map((part) => {
    const fields: Record<string, string> = {};
    for (const field of part.children) fields[field.name] = field.text.trim();
    const partNumber = Number(fields.PartNumber);
    if (!Number.isInteger(partNumber) || fields.ETag === undefined) throw malformedXml();
    const checksums: Record<string, string> = {};
    for (const algorithm of checksumAlgorithms) {
      const value = fields[`Checksum${algorithm}`];
      if (value !== undefined) checksums[algorithm] = value;
    }
    return { partNumber, etag: fields.ETag, checksums };
  });
}

const bareEtag = (etag: string) => etag.replace(/^"|"$/g, '');

/** CompleteMultipartUpload (`POST /bucket/key?uploadId=…`): the parts become the object. */
export const completeMultipartUpload: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  const bucket = requireBucket(ctx, request);
  const key = request.key ?? '';
  checkS3Access(ctx.world, principal, bucket.name, 's3:PutObject', objectArn(bucket.name, key));
  const uploadId = request.query.uploadId ?? '';
  const upload = requireUpload(ctx.world, bucket.name, key, uploadId);
  const requested = parseCompleteRequest(request.raw.body.toString('utf8'));
  if (requested.length === 0) throw invalidRequest('You must specify at least one part');
  const parts: StoredPart[] = [];
  requested.forEach((want, index) => {
    if (index > 0 && want.partNumber <= requested[index - 1]!.partNumber)
      throw new AwsError(
        'InvalidPartOrder',
        'The list of parts was not in ascending order. Parts must be ordered by part number.',
        400,
        { UploadId: uploadId },
      );
    const part = getPart(ctx.world, uploadId, want.partNumber);
    const checksumMismatch =
      part?.checksum !== undefined &&
      want.checksums[part.checksum.algorithm] !== undefined &&
      want.checksums[part.checksum.algorithm] !== part.checksum.value;
    if (!part || bareEtag(part.etag) !== bareEtag(want.etag) || checksumMismatch)
      throw new AwsError(
        'InvalidPart',
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not have matched the part's entity tag.",
        400,
        { UploadId: uploadId, PartNumber: String(want.partNumber), ETag: want.etag },
      );
    parts.push(part);
  });
  parts.forEach((part, index) => {
    if (index < parts.length - 1 && part.size < MIN_PART_BYTES)
      throw new AwsError(
        'EntityTooSmall',
        'Your proposed upload is smaller than the minimum allowed size',
        400,
        {
          ProposedSize: String(part.size),
          MinSizeAllowed: String(MIN_PART_BYTES),
          PartNumber: String(part.partNumber),
          ETag: part.etag,
        },
      );
  });
  // S3's multipart ETag: the MD5 of the parts' MD5s, and how many parts there were.
  const etag = `"${createHash('md5')
    .update(Buffer.concat(parts.map((part) => Buffer.from(bareEtag(part.etag), 'hex'))))
    .digest('hex')}-${parts.length}"`;
  const size = parts.reduce((sum, part) => sum + part.size, 0);
  // Every checksum comes from the parts' own: the object's bytes are not read again.
  let checksum: ObjectChecksum;
  const algorithm = upload.checksumAlgorithm;
  if (algorithm && upload.checksumType === 'COMPOSITE') {
    const partSums = parts.map((part) => Buffer.from(part.checksum!.value, 'base64'));
    checksum = {
      algorithm,
      value: `${checksumOf(algorithm, Buffer.concat(partSums))}-${parts.length}`,
      type: 'COMPOSITE',
    };
  } else {
    const crc: CrcAlgorithm = algorithm && isCrc(algorithm) ? algorithm : 'CRC64NVME';
    checksum = {
      algorithm: crc,
      value: combineCrcs(
        crc,
        parts.map((part) => ({
          value: crc === 'CRC64NVME' ? part.crc64! : part.checksum!.value,
          size: part.size,
        })),
      ),
      type: 'FULL_OBJECT',
    };
  }
  const info = ctx.world.store.batch(() => {
    const written = putObjectRecord(
      ctx.world,
      {
        bucket: bucket.name,
        key,
        contentType: upload.contentType,
        metadata: upload.metadata,
        headers: upload.headers,
        tags: upload.tags,
      },
      {
        segments: parts.map((part) => part.segment),
        encryption: upload.kms
          ? {
              type: 'aws:kms',
              keyArn: upload.kms.keyArn,
              context: upload.kms.context,
              ciphertextBlob: upload.kms.ciphertextBlob,
            }
          : { type: 'AES256' },
        size,
        etag,
        checksum,
      },
    );
    deleteUpload(ctx.world, uploadId);
    return written;
  });
  const reported = algorithm ? checksum : undefined;
  const location = `${ctx.world.options.publicUrl}/${bucket.name}/${encodeS3Url(key).replace(/\+/g, '%20')}`;
  const response = xmlResponse(
    document(
      'CompleteMultipartUploadResult',
      element('Location', location) +
        element('Bucket', bucket.name) +
        element('Key', key) +
        element('ETag', info.etag) +
        (reported
          ? element(`Checksum${reported.algorithm}`, reported.value) +
            element('ChecksumType', reported.type)
          : ''),
    ),
  );
  Object.assign(response.headers, encryptionHeaders(info.encryption, {}));
  if (reported) response.headers[checksumHeader(reported.algorithm)] = reported.value;
  return response;
};
