import { authorize } from '../../core/access';
import { type RequestContext, requirePrincipal, type World } from '../../core/types';
import { resourceNotFound } from './resource-errors';
import {
  type ResourceKind,
  resourceArn,
  resourceId,
  type StoredLanguageModel,
  type StoredResource,
  type StoredVocabulary,
  type StoredVocabularyFilter,
  tableOf,
} from './resource-model';

/** The stored record type of each kind. */
export interface ResourceOf {
  vocabulary: StoredVocabulary;
  'vocabulary-filter': StoredVocabularyFilter;
  'language-model': StoredLanguageModel;
}

export function getResource<K extends ResourceKind>(
  world: World,
  kind: K,
  id: string,
): ResourceOf[K] | undefined {
  return world.store.get<ResourceOf[K]>(tableOf[kind], id);
}

export function putResource(world: World, resource: StoredResource): void {
  world.store.put(
    tableOf[resource.kind],
    resourceId(resource.accountId, resource.region, resource.name),
    resource,
  );
}

export function deleteResource(world: World, resource: StoredResource): void {
  world.store.delete(
    tableOf[resource.kind],
    resourceId(resource.accountId, resource.region, resource.name),
  );
}

/** The resources of one kind in one account and Region, newest first. */
export function resourcesOf<K extends ResourceKind>(
  world: World,
  kind: K,
  accountId: string,
  region: string,
): ResourceOf[K][] {
  return world.store
    .list<ResourceOf[K]>(tableOf[kind])
    .filter((item) => item.accountId === accountId && item.region === region)
    .sort((a, b) => b.seq - a.seq);
}

/** The ARN of a resource of the caller's account, which IAM policies name. */
export function callerResourceArn(ctx: RequestContext, kind: ResourceKind, name: string): string {
  return resourceArn(kind, ctx.region, requirePrincipal(ctx).accountId, name);
}

/** The caller's own resource by name, after the IAM check, or Transcribe's not-found error. */
export function findCallerResource<K extends ResourceKind>(
  ctx: RequestContext,
  kind: K,
  name: string,
  action: string,
): ResourceOf[K] {
  authorize(ctx, action, callerResourceArn(ctx, kind, name));
  const resource = getResource(
    ctx.world,
    kind,
    resourceId(requirePrincipal(ctx).accountId, ctx.region, name),
  );
  if (!resource) throw resourceNotFound(kind);
  return resource;
}
