import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { TranscribeClient } from '@aws-sdk/client-transcribe';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { fetchAuthSession } from 'aws-amplify/auth';
import { createContext, useContext } from 'react';
import type { AppConfig } from '@/config/config';

export interface AwsClients {
  kms: KMSClient;
  transcribe: TranscribeClient;
  s3: S3Client;
  sts: STSClient;
}

/** Thrown by the credentials provider when there is no signed-in session. */
export class SignedOutError extends Error {
  constructor() {
    super('You are signed out. Sign in again to continue.');
    this.name = 'SignedOutError';
  }
}

/**
 * The identity pool's temporary credentials for the signed-in user, through Amplify, which
 * caches them and refreshes them before they expire.
 */
export async function sessionCredentials(forceRefresh = false): Promise<AwsCredentialIdentity> {
  const session = await fetchAuthSession({ forceRefresh });
  if (!session.credentials) throw new SignedOutError();
  return session.credentials;
}

/** One set of SDK clients per session, all signed with the same credentials provider. */
export function createAwsClients(
  config: AppConfig,
  credentials: () => Promise<AwsCredentialIdentity> = () => sessionCredentials(),
): AwsClients {
  const common = { region: config.region, credentials };
  const endpoints = config.endpoints ?? {};
  return {
    kms: new KMSClient({ ...common, endpoint: endpoints.kms }),
    transcribe: new TranscribeClient({ ...common, endpoint: endpoints.transcribe }),
    // One host for every bucket against a local endpoint; virtual-hosted style on AWS.
    s3: new S3Client({ ...common, endpoint: endpoints.s3, forcePathStyle: Boolean(endpoints.s3) }),
    sts: new STSClient({ ...common, endpoint: endpoints.sts }),
  };
}

const AwsClientsContext = createContext<AwsClients | null>(null);

export const AwsClientsProvider = AwsClientsContext.Provider;

export function useAwsClients(): AwsClients {
  const clients = useContext(AwsClientsContext);
  if (!clients) throw new Error('useAwsClients used outside a signed-in session');
  return clients;
}
