import {
  createDiffieHellman,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The server side of Cognito's USER_SRP_AUTH, mirroring the math of Amplify's client
 * (`@aws-amplify/auth` utils/srp) as /work/shared/specs/cognito-srp.md records it.
 * Every hash input goes through `padHex` (Java's BigInteger.toByteArray), because that is
 * what the client hashes; hashing raw or fixed-width bytes fails for some values only.
 */

/** RFC 5054 Appendix A, 3072-bit group (the same prime as RFC 3526 group 15). */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
export const g = 2n;

/** Lowercase hex of a non-negative integer, unpadded. */
export const hex = (n: bigint): string => n.toString(16);

/** Java's `BigInteger.toByteArray()` as hex: even length, `00` before a set top bit. */
export function padHex(n: bigint): string {
  if (n < 0n) throw new Error('padHex: negative values never occur in SRP');
  let h = n.toString(16);
  if (h.length % 2 === 1) h = `0${h}`;
  if (/^[89a-f]/.test(h)) h = `00${h}`;
  return h;
}

const bytesOf = (h: string) => Buffer.from(h, 'hex');
const sha256 = (...parts: (Buffer | string)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const toInt = (bytes: Buffer) => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`));

/** Square-and-multiply over BigInt: correct for any input, but slow for 3072-bit moduli. */
export function modPowBigInt(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

const bufferOf = (n: bigint) => Buffer.from(padHex(n), 'hex');
const nBuffer = bufferOf(N);

/**
 * `base^exponent mod modulus`. Modulo N it runs in OpenSSL (a Diffie-Hellman "shared secret"
 * is exactly `peer^private mod p`), about five times faster than BigInt, which keeps a
 * sign-in from blocking the server's event loop for tens of milliseconds.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const b = base % modulus;
  // OpenSSL refuses peers of 0, 1 and N−1, and an empty private key.
  if (modulus !== N || b <= 1n || b >= N - 1n || exponent <= 0n)
    return modPowBigInt(base, exponent, modulus);
  const dh = createDiffieHellman(nBuffer, Buffer.from([2]));
  dh.setPrivateKey(bufferOf(exponent));
  return BigInt(`0x${dh.computeSecret(bufferOf(b)).toString('hex')}`);
}

/** `k = H(padHex(N) ‖ padHex(g))`, which is `H(00 ‖ N ‖ 02)`. */
export const k = toInt(sha256(bytesOf(padHex(N)), bytesOf(padHex(g))));

/** The pool name that enters `x` and the signature: the part of the pool ID after `_`. */
export const poolNameOf = (userPoolId: string): string =>
  userPoolId.slice(userPoolId.indexOf('_') + 1);

/** `x = H(padHex(s) ‖ H(poolName ‖ userIdForSrp ‖ ":" ‖ password))`. */
export function computeX(
  poolName: string,
  userIdForSrp: string,
  password: string,
  salt: bigint,
): bigint {
  const inner = sha256(Buffer.from(`${poolName}${userIdForSrp}:${password}`, 'utf8'));
  return toInt(sha256(bytesOf(padHex(salt)), inner));
}

export interface PasswordVerifier {
  /** `hex(s)` of the 16-byte salt. */
  salt: string;
  /** `hex(v)`, `v = g^x mod N`. */
  verifier: string;
}

/** A fresh salt and the verifier of a password; the password itself is never kept. */
export function createVerifier(
  poolName: string,
  userIdForSrp: string,
  password: string,
  saltBytes: Buffer = randomBytes(16),
): PasswordVerifier {
  const salt = toInt(saltBytes);
  const v = modPow(g, computeX(poolName, userIdForSrp, password, salt), N);
  return { salt: hex(salt), verifier: hex(v) };
}

/** Whether a plaintext password (USER_PASSWORD_AUTH) matches a stored verifier. */
export function passwordMatches(
  poolName: string,
  userIdForSrp: string,
  password: string,
  stored: PasswordVerifier,
): boolean {
  const salt = BigInt(`0x${stored.salt}`);
  const v = modPow(g, computeX(poolName, userIdForSrp, password, salt), N);
  const expected = Buffer.from(padHex(BigInt(`0x${stored.verifier}`)), 'hex');
  const actual = Buffer.from(padHex(v), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Reads a client's `SRP_A`; undefined for anything Cognito would refuse. */
export function parseClientPublic(srpA: string): bigint | undefined {
  // A above N is as useless as A = 0; 1024 hex digits leaves room for leading zeros.
  if (!/^[0-9a-fA-F]{1,1024}$/.test(srpA)) return undefined;
  const A = BigInt(`0x${srpA}`);
  if (A % N === 0n || A >= N) return undefined;
  return A;
}

export interface ServerEphemeral {
  b: bigint;
  B: bigint;
}

/** `B = (k·v + g^b) mod N` with a random 256-bit `b`, picked again in the rare `B = 0`. */
export function createServerEphemeral(verifier: bigint): ServerEphemeral {
  for (;;) {
    const b = toInt(randomBytes(32));
    if (b === 0n) continue;
    const B = (k * verifier + modPow(g, b, N)) % N;
    if (B !== 0n) return { b, B };
  }
}

/** `u = H(padHex(A) ‖ padHex(B))`. */
export const computeU = (A: bigint, B: bigint): bigint =>
  toInt(sha256(bytesOf(padHex(A)), bytesOf(padHex(B))));

/** `K = HKDF-SHA256(padHex(S), salt = padHex(u), info = "Caldera Derived Key")`, 16 bytes. */
export function deriveKey(S: bigint, u: bigint): Buffer {
  return Buffer.from(
    hkdfSync('sha256', bytesOf(padHex(S)), bytesOf(padHex(u)), 'Caldera Derived Key', 16),
  );
}

/** The server's session key; undefined when `u = 0` (the handshake must be abandoned). */
export function serverSessionKey(
  A: bigint,
  ephemeral: ServerEphemeral,
  verifier: bigint,
): Buffer | undefined {
  const u = computeU(A, ephemeral.B);
  if (u === 0n) return undefined;
  const S = modPow((A * modPow(verifier, u, N)) % N, ephemeral.b, N);
  return deriveKey(S, u);
}

/** The client's session key, `S = (B − k·g^x)^(a + u·x) mod N` (tests play the client). */
export function clientSessionKey(a: bigint, A: bigint, B: bigint, x: bigint): Buffer {
  const u = computeU(A, B);
  const base = (((B - k * modPow(g, x, N)) % N) + N) % N;
  return deriveKey(modPow(base, a + u * x, N), u);
}

/** `PASSWORD_CLAIM_SIGNATURE`: HMAC(K, poolName ‖ userIdForSrp ‖ secretBlock ‖ timestamp). */
export function claimSignature(
  key: Buffer,
  poolName: string,
  userIdForSrp: string,
  secretBlock: Buffer,
  timestamp: string,
): string {
  return createHmac('sha256', key)
    .update(Buffer.from(poolName, 'utf8'))
    .update(Buffer.from(userIdForSrp, 'utf8'))
    .update(secretBlock)
    .update(Buffer.from(timestamp, 'utf8'))
    .digest('base64');
}

export function signaturesEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Java's `EEE MMM d HH:mm:ss 'UTC' yyyy` in English: the day is not zero-padded. */
export function formatTimestamp(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

/**
 * Parses a `TIMESTAMP` leniently (as Java's parser does: any weekday, a padded day) so that
 * the signature check, over the canonical re-rendering, is what refuses the odd forms.
 */
export function parseTimestamp(text: string): Date | undefined {
  const match =
    /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (UTC|GMT) (\d{4})$/.exec(
      text,
    );
  if (!match) return undefined;
  const [, weekday, monthName, day, hours, minutes, seconds, , year] = match;
  const month = MONTHS.indexOf(monthName ?? '');
  if (!WEEKDAYS.includes(weekday ?? '') || month < 0) return undefined;
  const date = new Date(
    Date.UTC(Number(year), month, Number(day), Number(hours), Number(minutes), Number(seconds)),
  );
  // Date.UTC rolls 31 Feb into March; Java's strict parse would not accept it.
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== month) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return date;
}
