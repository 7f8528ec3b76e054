import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type * as AmplifySrp from '../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/index';
import type { AuthBigInteger } from '../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp/BigInteger/types';
import {
  claimSignature,
  clientSessionKey,
  computeX,
  createServerEphemeral,
  createVerifier,
  formatTimestamp,
  g,
  hex,
  k,
  modPow,
  modPowBigInt,
  N,
  padHex,
  parseClientPublic,
  parseTimestamp,
  passwordMatches,
  serverSessionKey,
  signaturesEqual,
} from './srp';

// Amplify's own client helpers; its package exports do not list them, so load them by path.
const srpDir = '../../../node_modules/@aws-amplify/auth/dist/esm/providers/cognito/utils/srp';
const amplify = (await import(`${srpDir}/index.mjs`)) as typeof AmplifySrp;
const BigInteger = (
  (await import(`${srpDir}/BigInteger/BigInteger.mjs`)) as { default: AuthBigInteger }
).default;

const poolName = 'Local0001';

describe('SRP group and helpers', () => {
  it('matches the recipe test vector for k (hash of 00‖N and g)', () => {
    expect(hex(k)).toBe('538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6');
  });

  it('matches the recipe test vector for x', () => {
    const x = computeX(
      poolName,
      'analyst',
      'Analyst-Passw0rd!',
      0x8ce8291892390f6b53a245933faf6164n,
    );
    expect(hex(x)).toBe('7d4593805902c49a8aec386cf6daaa9b808a0ce8ed6c76bc7a61dd101b6de530');
  });

  it('pads hex as Java BigInteger.toByteArray does', () => {
    expect(padHex(0x14n)).toBe('14');
    expect(padHex(0xecn)).toBe('00ec');
    expect(padHex(0x1abn)).toBe('01ab');
    expect(padHex(0x8abcn)).toBe('008abc');
    expect(padHex(N).length).toBe(770);
  });

  it('computes modPow natively exactly as BigInt does', () => {
    for (let i = 1; i <= 12; i++) {
      const base = BigInt(`0x${createHash('sha512').update(`b${i}`).digest('hex').repeat(6)}`) % N;
      const exponent = BigInt(
        `0x${createHash('sha256')
          .update(`e${i}`)
          .digest('hex')
          .repeat(1 + (i % 4))}`,
      );
      expect(modPow(base, exponent, N)).toBe(modPowBigInt(base, exponent, N));
    }
    expect(modPow(g, 10n, N)).toBe(1024n);
    expect(modPow(N - 1n, 3n, N)).toBe(N - 1n);
    expect(modPow(5n, 0n, N)).toBe(1n);
  });

  it('refuses client values Cognito refuses', () => {
    expect(parseClientPublic('0')).toBeUndefined();
    expect(parseClientPublic(hex(N))).toBeUndefined();
    expect(parseClientPublic('xyz')).toBeUndefined();
    expect(parseClientPublic('-1f')).toBeUndefined();
    expect(parseClientPublic('1f')).toBe(0x1fn);
  });

  it('renders and parses TIMESTAMP with an unpadded day', () => {
    const date = new Date(Date.UTC(2024, 8, 3, 9, 5, 7));
    expect(formatTimestamp(date)).toBe('Tue Sep 3 09:05:07 UTC 2024');
    expect(parseTimestamp('Tue Sep 3 09:05:07 UTC 2024')?.getTime()).toBe(date.getTime());
    // Lenient parse, strict signature: the padded form re-renders differently.
    expect(formatTimestamp(parseTimestamp('Tue Sep 03 09:05:07 UTC 2024') as Date)).toBe(
      'Tue Sep 3 09:05:07 UTC 2024',
    );
    expect(parseTimestamp('2024-09-03T09:05:07Z')).toBeUndefined();
    expect(parseTimestamp('Tue Feb 31 09:05:07 UTC 2024')).toBeUndefined();
  });

  it('checks plaintext passwords against the verifier', () => {
    const stored = createVerifier(poolName, 'analyst', 'Analyst-Passw0rd!');
    expect(passwordMatches(poolName, 'analyst', 'Analyst-Passw0rd!', stored)).toBe(true);
    expect(passwordMatches(poolName, 'analyst', 'analyst-Passw0rd!', stored)).toBe(false);
    expect(passwordMatches(poolName, 'other', 'Analyst-Passw0rd!', stored)).toBe(false);
  });
});

/** One full handshake: Amplify's client helpers against the server functions. */
async function amplifyHandshake(password: string, saltBytes?: Buffer) {
  const username = 'analyst';
  const stored = createVerifier(poolName, username, 'Analyst-Passw0rd!', saltBytes);
  const helper = await amplify.getAuthenticationHelper(poolName);
  const A = parseClientPublic(helper.A.toString(16));
  if (A === undefined) throw new Error('Amplify sent an A the server refuses');
  const v = BigInt(`0x${stored.verifier}`);
  const ephemeral = createServerEphemeral(v);
  const hkdf = await helper.getPasswordAuthenticationKey({
    username,
    password,
    serverBValue: new BigInteger(hex(ephemeral.B), 16),
    salt: new BigInteger(stored.salt, 16),
  });
  const secretBlock = createHash('sha512').update(String(Math.random())).digest();
  const dateNow = amplify.getNowString();
  const clientSignature = amplify.getSignatureString({
    userPoolName: poolName,
    username,
    challengeParameters: { SECRET_BLOCK: secretBlock.toString('base64') },
    dateNow,
    hkdf,
  });
  const key = serverSessionKey(A, ephemeral, v);
  if (!key) throw new Error('u = 0');
  const time = parseTimestamp(dateNow);
  if (!time) throw new Error(`server cannot parse Amplify's timestamp ${dateNow}`);
  const serverSignature = claimSignature(
    key,
    poolName,
    username,
    secretBlock,
    formatTimestamp(time),
  );
  return { accepted: signaturesEqual(serverSignature, clientSignature), A, B: ephemeral.B, stored };
}

describe('SRP against Amplify’s client helpers', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    expect((await amplifyHandshake('Analyst-Passw0rd!')).accepted).toBe(true);
    expect((await amplifyHandshake('Analyst-Passw0rd?')).accepted).toBe(false);
  });

  it('agrees for salts with the top bit set and with leading zero bytes', async () => {
    for (const salt of [
      '8ce8291892390f6b53a245933faf6164',
      '00a1b2c3d4e5f60718293a4b5c6d7e8f',
      '0012345678abcdef0123456789abcdef',
    ]) {
      expect((await amplifyHandshake('Analyst-Passw0rd!', Buffer.from(salt, 'hex'))).accepted).toBe(
        true,
      );
    }
  });

  it(
    'agrees over many handshakes, including A and B with the top bit set',
    { timeout: 60_000 },
    async () => {
      let topBitA = 0;
      let topBitB = 0;
      for (let i = 0; i < 12; i++) {
        const result = await amplifyHandshake('Analyst-Passw0rd!');
        expect(result.accepted).toBe(true);
        if (/^[89a-f]/.test(hex(result.A))) topBitA++;
        if (/^[89a-f]/.test(hex(result.B))) topBitB++;
      }
      // Not a property of ours, but proof the padding paths were exercised.
      expect(topBitA + topBitB).toBeGreaterThan(0);
    },
  );

  it('re-derives the client side from the recipe identically', () => {
    const stored = createVerifier(poolName, 'analyst', 'Analyst-Passw0rd!');
    const v = BigInt(`0x${stored.verifier}`);
    const a = 0x1234567890abcdef1234567890abcdefn;
    const A = modPow(g, a, N);
    const ephemeral = createServerEphemeral(v);
    const x = computeX(poolName, 'analyst', 'Analyst-Passw0rd!', BigInt(`0x${stored.salt}`));
    expect(clientSessionKey(a, A, ephemeral.B, x)).toEqual(serverSessionKey(A, ephemeral, v));
  });
});
