import type { ServiceDescription } from '../core/service';
import { cognitoIdentityService } from './cognito-identity';
import { cognitoIdpService } from './cognito-idp';
import { kmsService } from './kms';
import { s3Service } from './s3';
import { stsService } from './sts';
import { transcribeService } from './transcribe';

/** Every service local-aws emulates, each as it describes itself in its own `index.ts`. */
export const services: readonly ServiceDescription[] = [
  stsService,
  kmsService,
  s3Service,
  transcribeService,
  cognitoIdpService,
  cognitoIdentityService,
];
