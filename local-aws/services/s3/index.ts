import type { S3Handler } from '..';
import { AwsError } from '../../core/errors';

export const s3Handler: S3Handler = {
  operationName: (request) => `${request.method} ${request.rawPath}`,
  handle: async () => {
    throw new AwsError(
      'NotImplemented',
      'local-aws does not implement this S3 operation yet.',
      501,
    );
  },
};
