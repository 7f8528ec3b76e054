import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import {
  ANALYST_ROLE_ARN,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
  CURRENT_ACCOUNT,
  DEMO_USERS,
  USER_POOL_ARN,
} from '../seed/ids';
import { formatTimestamp } from '../services/cognito-idp/srp';
import {
  ANALYST,
  errorOf,
  moveClock,
  NEW_ANALYST,
  signInTokens,
  srpSignIn,
  userPools,
} from './cognito-client';
import { clientConfig, fixedDateForTests, otherAdminCredentials, startForTests } from './harness';

const local = startForTests();
// Thursday 5 March: a one-digit day, so that a zero-padded day is a different timestamp.
const now = fixedDateForTests('2026-03-05T09:07:03.000Z');

const incorrect = { name: 'NotAuthorizedException', message: 'Incorrect username or password.' };

describe('USER_SRP_AUTH', () => {
  it('signs the analyst in with Cognito-shaped tokens', async () => {
    const { started, respond } = await srpSignIn(
      userPools(local.url),
      ANALYST.username,
      ANALYST.password,
    );
    expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(started.ChallengeParameters).toMatchObject({
      USER_ID_FOR_SRP: 'analyst',
      USERNAME: 'analyst',
      SALT: expect.stringMatching(/^[0-9a-f]+$/),
      SRP_B: expect.stringMatching(/^[0-9a-f]+$/),
      SECRET_BLOCK: expect.any(String),
    });
    const response = await respond();
    const result = response.AuthenticationResult;
    expect(result).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    const id = decodeJwt(result?.IdToken ?? '');
    const access = decodeJwt(result?.AccessToken ?? '');
    const issuer = `${local.url}/${USER_POOL_ID}`;
    expect(id).toMatchObject({
      iss: issuer,
      sub: DEMO_USERS.analyst.sub,
      'cognito:username': 'analyst',
      aud: USER_POOL_CLIENT_ID,
      token_use: 'id',
      email: 'analyst@example.com',
    });
    expect(access).toMatchObject({
      iss: issuer,
      client_id: USER_POOL_CLIENT_ID,
      username: 'analyst',
      token_use: 'access',
      origin_jti: id.origin_jti,
    });
    expect(access.jti).toEqual(expect.any(String));
    expect(access.exp).toBe((access.iat ?? 0) + 3600);
    expect((access.iat ?? 0) * 1000).toBe(now.getTime());
  });

  it('publishes a JWKS that verifies the tokens', async () => {
    const tokens = await signInTokens(local.url);
    const issuer = `${local.url}/${USER_POOL_ID}`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    const id = await jwtVerify(tokens.IdToken, jwks, { issuer, audience: USER_POOL_CLIENT_ID });
    expect(id.protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.any(String) });
    const access = await jwtVerify(tokens.AccessToken, jwks, { issuer });
    expect(access.payload.token_use).toBe('access');
    const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(await discovery.json()).toMatchObject({ issuer });
    expect((await fetch(`${local.url}/us-east-1_Nope0001/.well-known/jwks.json`)).status).toBe(404);
  });

  it('refuses a wrong password', async () => {
    const { respond } = await srpSignIn(userPools(local.url), 'analyst', 'Analyst-Passw0rd?');
    expect(await errorOf(respond())).toMatchObject(incorrect);
  });

  it('refuses an unknown user the same way, with a stable simulated challenge', async () => {
    const client = userPools(local.url);
    const first = await srpSignIn(client, 'nobody', 'Analyst-Passw0rd!');
    const second = await srpSignIn(client, 'nobody', 'Other-Passw0rd!');
    expect(first.started.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(second.started.ChallengeParameters?.SALT).toBe(first.started.ChallengeParameters?.SALT);
    expect(second.started.ChallengeParameters?.USER_ID_FOR_SRP).toBe(
      first.started.ChallengeParameters?.USER_ID_FOR_SRP,
    );
    expect(first.started.ChallengeParameters?.USER_ID_FOR_SRP).toMatch(/^[0-9a-f-]{36}$/);
    expect(await errorOf(first.respond())).toMatchObject(incorrect);
  });

  it('accepts a secret block once', async () => {
    const { respond } = await srpSignIn(userPools(local.url), ANALYST.username, ANALYST.password);
    await respond();
    expect(await errorOf(respond())).toMatchObject(incorrect);
  });

  it('refuses a zero-padded day and a wrong weekday, and a TIMESTAMP in another format', async () => {
    const client = userPools(local.url);
    const canonical = formatTimestamp(now);
    expect(canonical).toBe('Thu Mar 5 09:07:03 UTC 2026');
    for (const timestamp of ['Thu Mar 05 09:07:03 UTC 2026', 'Mon Mar 5 09:07:03 UTC 2026']) {
      const { respond } = await srpSignIn(client, ANALYST.username, ANALYST.password, {
        timestamp,
      });
      expect(await errorOf(respond())).toMatchObject(incorrect);
    }
    const iso = await srpSignIn(client, ANALYST.username, ANALYST.password, {
      timestamp: now.toISOString(),
    });
    expect(await errorOf(iso.respond())).toMatchObject({
      name: 'InvalidParameterException',
      message: 'TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.',
    });
  });

  it('refuses a claim made 10 minutes ago', async () => {
    const timestamp = formatTimestamp(new Date(now.getTime() - 10 * 60 * 1000));
    const { respond } = await srpSignIn(userPools(local.url), ANALYST.username, ANALYST.password, {
      timestamp,
    });
    expect(await errorOf(respond())).toMatchObject(incorrect);
  });

  it('still signs in after the emulator clock was moved to age tokens', async () => {
    await moveClock(local.url, 2 * 3600 * 1000);
    const tokens = await signInTokens(local.url);
    const access = decodeJwt(tokens.AccessToken);
    // Issued by the moved clock.
    expect((access.iat ?? 0) * 1000).toBe(now.getTime() + 2 * 3600 * 1000);
  });

  it('refuses a malformed SRP_A, an unknown client and an unknown flow', async () => {
    const client = userPools(local.url);
    expect(
      await errorOf(
        client.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_SRP_AUTH',
            ClientId: USER_POOL_CLIENT_ID,
            AuthParameters: { USERNAME: 'analyst', SRP_A: '0' },
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
    expect(
      await errorOf(
        client.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_SRP_AUTH',
            ClientId: 'unknownclient',
            AuthParameters: { USERNAME: 'analyst', SRP_A: 'ab' },
          }),
        ),
      ),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool client unknownclient does not exist.',
    });
    const badFlow = await errorOf(
      client.send(
        new InitiateAuthCommand({
          // @ts-expect-error -- a value outside the enum, as a hand-written client might send
          AuthFlow: 'MAGIC',
          ClientId: USER_POOL_CLIENT_ID,
        }),
      ),
    );
    expect(badFlow.name).toBe('InvalidParameterException');
    expect(badFlow.message).toMatch(
      /^1 validation error detected: Value 'MAGIC' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set/,
    );
    expect(
      await errorOf(
        client.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_SRP_AUTH',
            ClientId: USER_POOL_CLIENT_ID,
            AuthParameters: { USERNAME: 'analyst' },
          }),
        ),
      ),
    ).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Missing required parameter SRP_A',
    });
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  async function startNewAnalyst(client: CognitoIdentityProviderClient) {
    const { respond } = await srpSignIn(client, NEW_ANALYST.username, NEW_ANALYST.password);
    const challenge = await respond();
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(challenge.AuthenticationResult).toBeUndefined();
    expect(challenge.ChallengeParameters).toMatchObject({
      USER_ID_FOR_SRP: 'new-analyst',
      requiredAttributes: '[]',
    });
    expect(JSON.parse(challenge.ChallengeParameters?.userAttributes ?? '')).toMatchObject({
      email: 'new-analyst@example.com',
    });
    return challenge.Session ?? '';
  }

  const setPassword = (client: CognitoIdentityProviderClient, session: string, password: string) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        ClientId: USER_POOL_CLIENT_ID,
        Session: session,
        ChallengeResponses: { USERNAME: 'new-analyst', NEW_PASSWORD: password },
      }),
    );

  it('makes new-analyst set a password that meets the policy, then signs in with it', async () => {
    const client = userPools(local.url);
    const session = await startNewAnalyst(client);
    for (const [password, problem] of [
      ['Sh0rt!', 'Password not long enough'],
      ['alllower-passw0rd!', 'Password must have uppercase characters'],
      ['ALLUPPER-PASSW0RD!', 'Password must have lowercase characters'],
      ['No-Digits-Password!', 'Password must have numeric characters'],
      ['NoSymbolsPassw0rd', 'Password must have symbol characters'],
    ] as const) {
      expect(await errorOf(setPassword(client, session, password))).toMatchObject({
        name: 'InvalidPasswordException',
        message: `Password does not conform to policy: ${problem}`,
      });
    }
    // The same session is still good after refusals.
    const done = await setPassword(client, session, 'Fresh-Passw0rd!');
    expect(decodeJwt(done.AuthenticationResult?.IdToken ?? '')['cognito:username']).toBe(
      'new-analyst',
    );
    // Used up.
    expect(await errorOf(setPassword(client, session, 'Other-Passw0rd!'))).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });
    await expect(
      signInTokens(local.url, { username: 'new-analyst', password: 'Fresh-Passw0rd!' }),
    ).resolves.toMatchObject({ IdToken: expect.any(String) });
    const old = await srpSignIn(client, NEW_ANALYST.username, NEW_ANALYST.password);
    expect(await errorOf(old.respond())).toMatchObject(incorrect);
  });

  it('refuses a session that is not one', async () => {
    expect(
      await errorOf(setPassword(userPools(local.url), 'x'.repeat(40), 'Fresh-Passw0rd!')),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid session for the user.' });
  });
});

describe('USER_PASSWORD_AUTH', () => {
  const passwordAuth = (username: string, password: string) =>
    userPools(local.url).send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: USER_POOL_CLIENT_ID,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );

  it('signs in with the plaintext password, and refuses wrong ones and unknown users', async () => {
    const ok = await passwordAuth('analyst', ANALYST.password);
    expect(ok.AuthenticationResult?.RefreshToken).toEqual(expect.any(String));
    expect(await errorOf(passwordAuth('analyst', 'nope'))).toMatchObject(incorrect);
    expect(await errorOf(passwordAuth('nobody', ANALYST.password))).toMatchObject(incorrect);
    const challenge = await passwordAuth('new-analyst', NEW_ANALYST.password);
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });
});

describe('refresh, GetUser and sign-out', () => {
  it('refreshes with GetTokensFromRefreshToken and REFRESH_TOKEN_AUTH', async () => {
    const tokens = await signInTokens(local.url);
    const client = userPools(local.url);
    const first = decodeJwt(tokens.AccessToken);
    const viaGetTokens = await client.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: USER_POOL_CLIENT_ID,
        RefreshToken: tokens.RefreshToken,
      }),
    );
    const refreshed = decodeJwt(viaGetTokens.AuthenticationResult?.AccessToken ?? '');
    expect(refreshed.origin_jti).toBe(first.origin_jti);
    expect(refreshed.jti).not.toBe(first.jti);
    expect(viaGetTokens.AuthenticationResult?.IdToken).toEqual(expect.any(String));
    const viaInitiate = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: USER_POOL_CLIENT_ID,
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
      }),
    );
    expect(viaInitiate.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    expect(viaInitiate.AuthenticationResult?.RefreshToken).toBeUndefined();
    expect(
      await errorOf(
        client.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: USER_POOL_CLIENT_ID,
            RefreshToken: 'garbage',
          }),
        ),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    const forged = tokens.RefreshToken.replace(
      /\.(.)/,
      (_, ch: string) => `.${ch === 'A' ? 'B' : 'A'}`,
    );
    expect(
      await errorOf(
        client.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: USER_POOL_CLIENT_ID,
            RefreshToken: forged,
          }),
        ),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
  });

  it('answers GetUser with the access token', async () => {
    const tokens = await signInTokens(local.url);
    const user = await userPools(local.url).send(
      new GetUserCommand({ AccessToken: tokens.AccessToken }),
    );
    expect(user.Username).toBe('analyst');
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'sub', Value: DEMO_USERS.analyst.sub },
        { Name: 'email', Value: 'analyst@example.com' },
      ]),
    );
    expect(
      await errorOf(userPools(local.url).send(new GetUserCommand({ AccessToken: tokens.IdToken }))),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
  });

  it('expires access tokens by the emulator clock', async () => {
    const tokens = await signInTokens(local.url);
    await moveClock(local.url, 3601 * 1000);
    expect(
      await errorOf(
        userPools(local.url).send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has expired' });
    // The refresh token outlives it and mints a fresh one.
    const refreshed = await userPools(local.url).send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: USER_POOL_CLIENT_ID,
        RefreshToken: tokens.RefreshToken,
      }),
    );
    await expect(
      userPools(local.url).send(
        new GetUserCommand({ AccessToken: refreshed.AuthenticationResult?.AccessToken }),
      ),
    ).resolves.toMatchObject({ Username: 'analyst' });
  });

  it('GlobalSignOut revokes every refresh and access token of the user', async () => {
    const client = userPools(local.url);
    const one = await signInTokens(local.url);
    const two = await signInTokens(local.url);
    await client.send(new GlobalSignOutCommand({ AccessToken: one.AccessToken }));
    for (const tokens of [one, two]) {
      expect(
        await errorOf(client.send(new GetUserCommand({ AccessToken: tokens.AccessToken }))),
      ).toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has been revoked' });
      expect(
        await errorOf(
          client.send(
            new GetTokensFromRefreshTokenCommand({
              ClientId: USER_POOL_CLIENT_ID,
              RefreshToken: tokens.RefreshToken,
            }),
          ),
        ),
      ).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Refresh Token has been revoked',
      });
    }
    expect(
      await errorOf(
        client.send(
          new InitiateAuthCommand({
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            ClientId: USER_POOL_CLIENT_ID,
            AuthParameters: { REFRESH_TOKEN: one.RefreshToken },
          }),
        ),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
    // Signing in again works.
    const fresh = await signInTokens(local.url);
    await expect(
      client.send(new GetUserCommand({ AccessToken: fresh.AccessToken })),
    ).resolves.toMatchObject({
      Username: 'analyst',
    });
  });

  it('RevokeToken revokes one session only', async () => {
    const client = userPools(local.url);
    const revoked = await signInTokens(local.url);
    const kept = await signInTokens(local.url);
    await client.send(
      new RevokeTokenCommand({ ClientId: USER_POOL_CLIENT_ID, Token: revoked.RefreshToken }),
    );
    expect(
      await errorOf(client.send(new GetUserCommand({ AccessToken: revoked.AccessToken }))),
    ).toMatchObject({ message: 'Access Token has been revoked' });
    expect(
      await errorOf(
        client.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: USER_POOL_CLIENT_ID,
            RefreshToken: revoked.RefreshToken,
          }),
        ),
      ),
    ).toMatchObject({ message: 'Refresh Token has been revoked' });
    await expect(
      client.send(new GetUserCommand({ AccessToken: kept.AccessToken })),
    ).resolves.toMatchObject({
      Username: 'analyst',
    });
    expect(
      await errorOf(
        client.send(
          new RevokeTokenCommand({ ClientId: USER_POOL_CLIENT_ID, Token: kept.AccessToken }),
        ),
      ),
    ).toMatchObject({ name: 'UnsupportedTokenTypeException' });
  });
});

describe('AdminUserGlobalSignOut', () => {
  const command = new AdminUserGlobalSignOutCommand({
    UserPoolId: USER_POOL_ID,
    Username: 'analyst',
  });

  it('signs the user out everywhere when an administrator asks', async () => {
    const tokens = await signInTokens(local.url);
    const admin = new CognitoIdentityProviderClient(clientConfig(local.url));
    await admin.send(command);
    expect(
      await errorOf(
        userPools(local.url).send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      ),
    ).toMatchObject({ message: 'Access Token has been revoked' });
    expect(
      await errorOf(
        admin.send(
          new AdminUserGlobalSignOutCommand({ UserPoolId: USER_POOL_ID, Username: 'nobody' }),
        ),
      ),
    ).toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
  });

  it('requires a signature, the IAM permission and the pool’s account', async () => {
    const unsigned = await fetch(local.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.AdminUserGlobalSignOut',
      },
      body: JSON.stringify({ UserPoolId: USER_POOL_ID, Username: 'analyst' }),
    });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });

    const role = issueRoleCredentials(
      local.server.world,
      ANALYST_ROLE_ARN,
      'CognitoIdentityCredentials',
    );
    const analyst = new CognitoIdentityProviderClient(
      clientConfig(local.url, {
        accessKeyId: role.accessKeyId,
        secretAccessKey: role.secretAccessKey,
        sessionToken: role.sessionToken,
      }),
    );
    const denied = await errorOf(analyst.send(command));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toContain(
      `User: arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/CognitoIdentityCredentials is not authorized to perform: cognito-idp:AdminUserGlobalSignOut on resource: ${USER_POOL_ARN}`,
    );

    const other = new CognitoIdentityProviderClient(clientConfig(local.url, otherAdminCredentials));
    expect(await errorOf(other.send(command))).toMatchObject({
      name: 'ResourceNotFoundException',
      message: `User pool ${USER_POOL_ID} does not exist.`,
    });
  });
});
