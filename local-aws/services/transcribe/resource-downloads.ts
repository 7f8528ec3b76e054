import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AwsError } from '../../core/errors';
import type { HttpResponse } from '../../core/http';
import type { HttpRoute } from '../../core/service';
import type { World } from '../../core/types';
import { readArtefact } from './resource-artefacts';
import { resourceId } from './resource-model';
import { getResource } from './resources';
import { PRESIGNED_URL_TTL_SECONDS } from './service-bucket';

/**
 * GetVocabulary's and GetVocabularyFilter's DownloadUri: a link that works for 15 minutes
 * without credentials, as AWS's presigned one does. Transcribe serves it itself (not S3),
 * because an artefact encrypted with the customer's key can only be read through the data
 * access role: each download decrypts as that role, so a role that lost kms:Decrypt, or a key
 * disabled since, is refused then, as the stored bytes are never kept in the clear.
 */

const PATH =
  /^\/_transcribe\/download\/(vocabulary|vocabulary-filter)\/(\d{12})\/([a-z0-9-]+)\/([^/]+)$/;
const META_TABLE = 'transcribe-meta';

/** A secret per store, made once: links stay valid across restarts, never across worlds. */
function signingSecret(world: World): string {
  let secret = world.store.get<string>(META_TABLE, 'download-secret');
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    world.store.put(META_TABLE, 'download-secret', secret);
  }
  return secret;
}

const signatureOf = (world: World, path: string, uid: string, expires: number) =>
  createHmac('sha256', signingSecret(world)).update(`${path}\n${uid}\n${expires}`).digest('hex');

/** The DownloadUri of a resource's current artefact. */
export function downloadUri(
  world: World,
  resource: {
    kind: 'vocabulary' | 'vocabulary-filter';
    accountId: string;
    region: string;
    name: string;
    uid: string;
  },
): string {
  const path = `/_transcribe/download/${resource.kind}/${resource.accountId}/${resource.region}/${encodeURIComponent(resource.name)}`;
  const expires = Math.floor(world.now().getTime() / 1000) + PRESIGNED_URL_TTL_SECONDS;
  const signature = signatureOf(world, path, resource.uid, expires);
  return `${world.options.publicUrl}${path}?uid=${resource.uid}&expires=${expires}&signature=${signature}`;
}

const text = (status: number, body: string): HttpResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body,
});

function serveDownload(world: World, rawPath: string, rawQuery: string): HttpResponse {
  const match = PATH.exec(rawPath);
  const query = new URLSearchParams(rawQuery);
  const uid = query.get('uid') ?? '';
  const expires = Number(query.get('expires'));
  const given = Buffer.from(query.get('signature') ?? '');
  if (!match || !Number.isInteger(expires)) return text(403, 'Access Denied');
  const expected = Buffer.from(signatureOf(world, rawPath, uid, expires));
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return text(403, 'Access Denied: the signature does not match.');
  if (expires < world.now().getTime() / 1000)
    return text(403, 'Access Denied: the link has expired.');
  const [, kind, accountId, region, encodedName] = match as unknown as [
    string,
    'vocabulary' | 'vocabulary-filter',
    string,
    string,
    string,
  ];
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return text(403, 'Access Denied');
  }
  const resource = getResource(world, kind, resourceId(accountId, region, name));
  // A resource deleted, or replaced by a later one of the same name, is gone for its old links.
  if (!resource || resource.uid !== uid || !resource.artefact)
    return text(404, 'The resource no longer exists.');
  try {
    return text(200, readArtefact(world, resource));
  } catch (error) {
    if (error instanceof AwsError) return text(403, error.message);
    throw error;
  }
}

export const downloadRoute: HttpRoute = {
  name: 'DownloadCustomResource',
  matches: (request) =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    request.rawPath.startsWith('/_transcribe/download/'),
  handle: (world, request) => serveDownload(world, request.rawPath, request.rawQuery),
};
