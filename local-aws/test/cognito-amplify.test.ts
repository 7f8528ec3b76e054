import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { Amplify } from 'aws-amplify';
import { confirmSignIn, fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  USER_POOL_CLIENT_ID,
  IDENTITY_POOL_ID,
  USER_POOL_ID,
  CURRENT_ACCOUNT,
  DEMO_USERS,
} from '../seed/ids';
import { ANALYST, errorOf, NEW_ANALYST } from './cognito-client';
import { clientConfig, startForTests } from './harness';

/**
 * The real aws-amplify v6 library, as the console uses it, against local-aws: the proof that
 * the SRP handshake, tokens and identity pool are what Amplify expects from AWS.
 */
const local = startForTests();

beforeAll(() => {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: USER_POOL_ID,
        userPoolClientId: USER_POOL_CLIENT_ID,
        identityPoolId: IDENTITY_POOL_ID,
        userPoolEndpoint: local.url,
        identityPoolEndpoint: local.url,
      },
    },
  });
});

// Amplify keeps its session in the module; each test starts signed out, as after a reset.
afterEach(() => signOut());

const signInAsAnalyst = async () => {
  const result = await signIn({ username: ANALYST.username, password: ANALYST.password });
  expect(result.isSignedIn).toBe(true);
};

const operations = () => local.server.requestLog.map((entry) => entry.operation);

describe('aws-amplify against local-aws', () => {
  it('refuses a wrong password and an unknown user with Cognito’s error', async () => {
    expect(
      await errorOf(signIn({ username: 'analyst', password: 'Wrong-Passw0rd!' })),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(
      await errorOf(signIn({ username: 'nobody', password: 'Wrong-Passw0rd!' })),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('accepts the user name in another case, as a case-insensitive pool does', async () => {
    const result = await signIn({ username: 'ANALYST', password: ANALYST.password });
    expect(result.isSignedIn).toBe(true);
    expect((await getCurrentUser()).username).toBe('analyst');
    await signOut();
  });

  it('signs in with SRP and gets identity-pool credentials STS accepts', async () => {
    const result = await signIn({ username: ANALYST.username, password: ANALYST.password });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(await getCurrentUser()).toMatchObject({
      username: 'analyst',
      userId: DEMO_USERS.analyst.sub,
    });
    const session = await fetchAuthSession();
    expect(session.identityId).toMatch(/^us-east-1:/);
    const credentials = session.credentials;
    if (!credentials) throw new Error('no credentials');
    const sts = new STSClient(clientConfig(local.url, credentials));
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(
      `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/CognitoIdentityCredentials`,
    );
  });

  it('refreshes tokens with GetTokensFromRefreshToken', async () => {
    await signInAsAnalyst();
    const before = await fetchAuthSession();
    const after = await fetchAuthSession({ forceRefresh: true });
    expect(after.tokens?.accessToken.payload.jti).not.toBe(before.tokens?.accessToken.payload.jti);
    expect(after.tokens?.accessToken.payload.origin_jti).toBe(
      before.tokens?.accessToken.payload.origin_jti,
    );
    expect(operations()).toContain('GetTokensFromRefreshToken');
  });

  it('signs out with RevokeToken, which ends the session on the server', async () => {
    await signInAsAnalyst();
    const session = await fetchAuthSession();
    const accessToken = session.tokens?.accessToken.toString() ?? '';
    await signOut();
    expect(operations()).toContain('RevokeToken');
    const getUser = await fetch(local.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: accessToken }),
    });
    expect(getUser.status).toBe(400);
    expect(await getUser.json()).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
  });

  it('walks new-analyst through the new-password step', async () => {
    const first = await signIn({ username: NEW_ANALYST.username, password: NEW_ANALYST.password });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    expect(await errorOf(confirmSignIn({ challengeResponse: 'weakpassword' }))).toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password does not conform to policy: Password must have uppercase characters',
    });
    const done = await confirmSignIn({ challengeResponse: 'Fresh-Passw0rd!' });
    expect(done).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await getCurrentUser()).username).toBe('new-analyst');
    expect((await fetchAuthSession()).credentials?.accessKeyId).toMatch(/^ASIA/);
    await signOut({ global: true });
    expect(operations()).toContain('GlobalSignOut');
    const again = await signIn({ username: 'new-analyst', password: 'Fresh-Passw0rd!' });
    expect(again.isSignedIn).toBe(true);
    await signOut();
  });
});
