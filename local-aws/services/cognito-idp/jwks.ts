import type { HttpResponse } from '../../core/http';
import type { HttpRoute } from '../../core/service';
import type { World } from '../../core/types';
import { findPool, issuerOf } from './user-pools';

const WELL_KNOWN = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

const json = (status: number, value: unknown): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json', 'cache-control': 'max-age=300' },
  body: JSON.stringify(value),
});

/** A pool's public keys, and its OpenID discovery document, where verifiers look for them. */
function wellKnown(world: World, path: string): HttpResponse {
  const [, userPoolId = '', document] = WELL_KNOWN.exec(path) ?? [];
  const pool = findPool(world, userPoolId);
  if (!pool) return json(404, { message: `User pool ${userPoolId} does not exist.` });
  if (document === 'jwks.json') return json(200, { keys: [pool.signingKey.publicJwk] });
  const issuer = issuerOf(world, pool.id);
  return json(200, {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    id_token_signing_alg_values_supported: ['RS256'],
    subject_types_supported: ['public'],
    response_types_supported: ['code', 'token'],
  });
}

export const jwksRoute: HttpRoute = {
  name: 'GetJsonWebKeySet',
  matches: (request) =>
    (request.method === 'GET' || request.method === 'HEAD') && WELL_KNOWN.test(request.rawPath),
  handle: (world, request) => wellKnown(world, request.rawPath),
};
