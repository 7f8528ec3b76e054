import type { ServerResponse } from 'node:http';
import type { RequestHead } from '../core/http';
import type {
  HttpRoute,
  JsonService,
  QueryService,
  RestXmlService,
  ServiceDescription,
} from '../core/service';
import { answer, type CallEnvironment, type Serve } from './call';
import { isJsonRequest, jsonProtocol } from './json';
import { isQueryRequest, queryProtocol } from './query';
import { restXmlProtocol } from './rest-xml';

/**
 * Sends each request to the protocol that speaks it, telling them apart by their heads as
 * AWS's endpoints would by host: a service's plain routes first, then JSON 1.1 by its
 * `X-Amz-Target` header, the query protocol by its form POST to `/`, and REST-XML (S3, path
 * style) for everything else.
 */
export function protocolRouter(services: readonly ServiceDescription[]) {
  const json = jsonProtocol(services.filter((s): s is JsonService => s.protocol === 'json'));
  const [query, ...moreQuery] = services.filter((s): s is QueryService => s.protocol === 'query');
  const [restXml, ...moreRestXml] = services.filter(
    (s): s is RestXmlService => s.protocol === 'rest-xml',
  );
  // One endpoint cannot tell two query or two path-style services apart by their heads.
  if (!query || !restXml || moreQuery.length > 0 || moreRestXml.length > 0)
    throw new Error('local-aws serves exactly one query and one REST-XML service');
  const serveQuery = queryProtocol(query);
  const serveRestXml = restXmlProtocol(restXml);
  const routes = services.flatMap((service) =>
    (service.routes ?? []).map((route) => ({ service, route })),
  );

  const route: Serve = async (env, head, body, res, common) => {
    const plain = routes.find(({ route }) => route.matches(head));
    if (plain) return servePlainRoute(env, plain.service.id, plain.route, head, res, common);
    if (isJsonRequest(head)) return json(env, head, body, res, common);
    if (isQueryRequest(head)) return serveQuery(env, head, body, res, common);
    return serveRestXml(env, head, body, res, common);
  };
  return route;
}

async function servePlainRoute(
  env: CallEnvironment,
  service: ServiceDescription['id'],
  route: HttpRoute,
  head: RequestHead,
  res: ServerResponse,
  common: Record<string, string>,
): Promise<void> {
  const response = await route.handle(env.world, head);
  answer(res, common, response);
  env.log.add({ service, operation: route.name, status: response.status });
}
