import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  GetTokensFromRefreshTokenCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { USER_POOL_CLIENT_ID, IDENTITY_POOL_ID, USER_POOL_ID, CURRENT_ACCOUNT } from '../seed/ids';
import { startLocalAws } from '../server';
import { USER_POOLS, type UserPoolRecord } from '../services/cognito-idp/model';
import {
  errorOf,
  moveClock,
  NEW_ANALYST,
  signInTokens,
  srpSignIn,
  userPools,
} from './cognito-client';
import { clientConfig, startForTests } from './harness';

const local = startForTests();

const identities = (url: string) => new CognitoIdentityClient(clientConfig(url));
/** The `Logins` key: the ID token's issuer without its scheme. */
const providerKey = (url: string) => `${url.replace(/^https?:\/\//, '')}/${USER_POOL_ID}`;
const loginsOf = (url: string, idToken: string) => ({ [providerKey(url)]: idToken });

async function identityOf(url: string, idToken: string): Promise<string> {
  const { IdentityId } = await identities(url).send(
    new GetIdCommand({ IdentityPoolId: IDENTITY_POOL_ID, Logins: loginsOf(url, idToken) }),
  );
  if (!IdentityId) throw new Error('GetId returned no IdentityId');
  return IdentityId;
}

/** Signs claims with the user pool's own key, as a forger holding it could (tests only). */
async function signWithPoolKey(claims: Record<string, unknown>): Promise<string> {
  const pool = local.server.world.store.get<UserPoolRecord>(USER_POOLS, USER_POOL_ID);
  if (!pool) throw new Error('no pool');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: pool.signingKey.kid })
    .sign(createPrivateKey({ key: pool.signingKey.privateJwk, format: 'jwk' }));
}

async function newAnalystIdToken(url: string): Promise<string> {
  const client = userPools(url);
  const { respond } = await srpSignIn(client, NEW_ANALYST.username, NEW_ANALYST.password);
  const challenge = await respond();
  const done = await client.send(
    new RespondToAuthChallengeCommand({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ClientId: USER_POOL_CLIENT_ID,
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: 'new-analyst', NEW_PASSWORD: 'Fresh-Passw0rd!' },
    }),
  );
  return done.AuthenticationResult?.IdToken ?? '';
}

describe('GetId', () => {
  it('gives the same user the same identity, and another user another', async () => {
    const first = await identityOf(local.url, (await signInTokens(local.url)).IdToken);
    const again = await identityOf(local.url, (await signInTokens(local.url)).IdToken);
    expect(first).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(again).toBe(first);
    const other = await identityOf(local.url, await newAnalystIdToken(local.url));
    expect(other).not.toBe(first);
  });

  it('refuses unknown pools, missing logins and malformed IDs', async () => {
    const { IdToken } = await signInTokens(local.url);
    const client = identities(local.url);
    expect(
      await errorOf(
        client.send(
          new GetIdCommand({
            IdentityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
            Logins: loginsOf(local.url, IdToken),
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: "IdentityPool 'us-east-1:00000000-0000-4000-8000-000000000000' not found.",
    });
    expect(
      await errorOf(client.send(new GetIdCommand({ IdentityPoolId: IDENTITY_POOL_ID }))),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Unauthenticated access is not supported for this identity pool.',
    });
    const malformed = await errorOf(
      client.send(new GetIdCommand({ IdentityPoolId: 'not-a-pool' })),
    );
    expect(malformed.name).toBe('ValidationException');
    expect(malformed.message).toContain(
      "Value 'not-a-pool' at 'identityPoolId' failed to satisfy constraint",
    );
    expect(
      await errorOf(
        client.send(
          new GetIdCommand({
            IdentityPoolId: IDENTITY_POOL_ID,
            Logins: { [`cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`]: IdToken },
          }),
        ),
      ),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Token is not from a supported provider of this identity pool.',
    });
  });
});

describe('GetCredentialsForIdentity', () => {
  it('issues analyst-role credentials that STS accepts', async () => {
    const { IdToken } = await signInTokens(local.url);
    const identityId = await identityOf(local.url, IdToken);
    const before = local.server.world.now().getTime();
    const response = await identities(local.url).send(
      new GetCredentialsForIdentityCommand({
        IdentityId: identityId,
        Logins: loginsOf(local.url, IdToken),
      }),
    );
    expect(response.IdentityId).toBe(identityId);
    const credentials = response.Credentials;
    expect(credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials?.Expiration).toBeInstanceOf(Date);
    const ttl = (credentials?.Expiration?.getTime() ?? 0) - before;
    expect(ttl).toBeGreaterThan(55 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(61 * 60 * 1000);
    const sts = new STSClient(
      clientConfig(local.url, {
        accessKeyId: credentials?.AccessKeyId ?? '',
        secretAccessKey: credentials?.SecretKey ?? '',
        sessionToken: credentials?.SessionToken,
      }),
    );
    const caller = await sts.send(new GetCallerIdentityCommand({}));
    expect(caller.Arn).toBe(
      `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/CognitoIdentityCredentials`,
    );
  });

  it('refuses a tampered, misdirected, expired or foreign ID token', async () => {
    const { IdToken, AccessToken } = await signInTokens(local.url);
    const identityId = await identityOf(local.url, IdToken);
    const claims = decodeJwt(IdToken);
    const client = identities(local.url);
    const attempt = (token: string) =>
      errorOf(
        client.send(
          new GetCredentialsForIdentityCommand({
            IdentityId: identityId,
            Logins: loginsOf(local.url, token),
          }),
        ),
      );

    const [header, , signature] = IdToken.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
      'base64url',
    );
    expect(await attempt(`${header}.${payload}.${signature}`)).toMatchObject({
      name: 'NotAuthorizedException',
      message: "Invalid login token. Couldn't verify signed token.",
    });

    expect(
      await attempt(await signWithPoolKey({ ...claims, aud: 'someotherclient' })),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Token is not from a supported provider of this identity pool.',
    });

    expect(
      await attempt(
        await signWithPoolKey({
          ...claims,
          iss: `https://cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`,
        }),
      ),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: "Invalid login token. Issuer doesn't match providerName",
    });

    expect(await attempt(AccessToken)).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid login token. Missing a required claim: aud',
    });

    expect(await attempt('not-a-jwt')).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid login token. Not a valid OpenId Connect identity token.',
    });

    await moveClock(local.url, 2 * 3600 * 1000);
    const expired = await attempt(IdToken);
    expect(expired.name).toBe('NotAuthorizedException');
    expect(expired.message).toMatch(/^Invalid login token\. Token expired: \d+ >= \d+$/);
    expect(decodeProtectedHeader(IdToken).kid).toEqual(expect.any(String));
  });

  it('refuses another user’s IdentityId and unknown identities', async () => {
    const analystToken = (await signInTokens(local.url)).IdToken;
    const analystIdentity = await identityOf(local.url, analystToken);
    const otherToken = await newAnalystIdToken(local.url);
    await identityOf(local.url, otherToken);
    const client = identities(local.url);
    expect(
      await errorOf(
        client.send(
          new GetCredentialsForIdentityCommand({
            IdentityId: analystIdentity,
            Logins: loginsOf(local.url, otherToken),
          }),
        ),
      ),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message:
        "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    });
    expect(
      await errorOf(
        client.send(
          new GetCredentialsForIdentityCommand({
            IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000000',
            Logins: loginsOf(local.url, analystToken),
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: "Identity 'us-east-1:00000000-0000-4000-8000-000000000000' not found.",
    });
    expect(
      await errorOf(
        client.send(new GetCredentialsForIdentityCommand({ IdentityId: analystIdentity })),
      ),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Unauthenticated access is not supported for this identity pool.',
    });
  });
});

describe('durability', () => {
  it('keeps the signing key, sessions and identities across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'local-aws-cognito-'));
    try {
      const first = await startLocalAws({ port: 0, dataDir });
      const tokens = await signInTokens(first.url);
      const identityId = await identityOf(first.url, tokens.IdToken);
      const port = first.port;
      await first.close();
      // Same port, so the issuer (and the Logins key) stay the same.
      const second = await startLocalAws({ port, dataDir });
      try {
        await expect(identityOf(second.url, tokens.IdToken)).resolves.toBe(identityId);
        const refreshed = await userPools(second.url).send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: USER_POOL_CLIENT_ID,
            RefreshToken: tokens.RefreshToken,
          }),
        );
        expect(refreshed.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
