import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import { CreateMultipartUploadCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS_TABLE } from '../core/identity';
import type { StoredCredentials } from '../core/types';
import { IDENTITY_POOL_ID, USER_POOL_ID } from '../seed/ids';
import { CHALLENGE_SESSIONS, SESSIONS, SRP_CHALLENGES } from '../services/cognito-idp/model';
import { formatTimestamp } from '../services/cognito-idp/srp';
import { UPLOADS_TABLE } from '../services/s3/model';
import { ANALYST, srpSignIn, userPools } from './cognito-client';
import { clientConfig, startForTests } from './harness';
import { TRANSCRIPTS } from './s3-support';

const local = startForTests();

const DAY_MS = 24 * 60 * 60 * 1000;

describe('what expires is removed', () => {
  it('keeps the store bounded under a loop of sign-ins, each a month after the last', async () => {
    const world = local.server.world;
    const temporaryCredentials = () =>
      world.store
        .list<StoredCredentials>(CREDENTIALS_TABLE)
        .filter((c) => c.expiration !== undefined).length;
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      const offsetMs = round * 40 * DAY_MS;
      world.setClockOffset(offsetMs);
      const timestamp = formatTimestamp(world.now());
      // A sign-in, its identity's credentials, and a sign-in abandoned at its challenge.
      const { respond } = await srpSignIn(
        userPools(local.url),
        ANALYST.username,
        ANALYST.password,
        {
          timestamp,
        },
      );
      const idToken = (await respond()).AuthenticationResult?.IdToken ?? '';
      await srpSignIn(userPools(local.url), ANALYST.username, ANALYST.password);
      const identities = new CognitoIdentityClient(clientConfig(local.url));
      const logins = { [`${local.url.replace(/^https?:\/\//, '')}/${USER_POOL_ID}`]: idToken };
      const { IdentityId } = await identities.send(
        new GetIdCommand({ IdentityPoolId: IDENTITY_POOL_ID, Logins: logins }),
      );
      await identities.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: logins }));
      // An upload begun and never finished.
      // An upload begun and never finished (signed by the emulator's clock, as the SDK would
      // after correcting its skew).
      const s3 = new S3Client({
        ...clientConfig(local.url),
        forcePathStyle: true,
        systemClockOffset: offsetMs,
      });
      await s3.send(
        new CreateMultipartUploadCommand({ Bucket: TRANSCRIPTS, Key: `abandoned/${round}` }),
      );
    }
    // Each round leaves one of each; the older ones have gone, whatever the number of rounds.
    expect(temporaryCredentials()).toBe(1);
    expect(world.store.count(SESSIONS)).toBe(1);
    expect(world.store.count(SRP_CHALLENGES)).toBeLessThanOrEqual(2);
    expect(world.store.count(CHALLENGE_SESSIONS)).toBe(0);
    expect(world.store.count(UPLOADS_TABLE)).toBe(1);
    world.setClockOffset(0);
  });
});
