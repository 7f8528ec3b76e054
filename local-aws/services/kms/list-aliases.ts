import type { ListAliasesCommandInput, ListAliasesCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { invalidArn, invalidKeyId, invalidMarker, keyNotFound } from './errors';
import { aliasArn, keyArn, parseKeyIdentifier } from './identifiers';
import { authorizeAccountAction } from './key-access';
import type { StoredAlias } from './model';
import { decodeMarker, encodeMarker, pageAfter } from './paging';
import { aliasNamesOf, aliasNamesOfKey, getAlias, getKeyById } from './registry';
import { checkMarker } from './validate';

type Output = Omit<ListAliasesCommandOutput, '$metadata'>;

/**
 * ListAliases: the caller's aliases in this Region (AWS managed ones too), sorted by name, or
 * only those of one key (KeyId: a key ID or key ARN of the caller's account).
 */
export function listAliases(ctx: RequestContext, input: ListAliasesCommandInput): Output {
  // The model allows 1000, but ListAliases itself caps the page at 100.
  const checks = new Checks()
    .range('limit', input.Limit, 1, 100)
    .length('keyId', input.KeyId, 1, 2048);
  checkMarker(checks, input.Marker).done();
  const principal = authorizeAccountAction(ctx, 'kms:ListAliases');
  const account = principal.accountId;
  let after: string | undefined;
  if (input.Marker !== undefined) {
    after = decodeMarker('aliases', input.Marker);
    if (after === undefined) throw invalidMarker();
  }

  let names: readonly string[];
  if (input.KeyId !== undefined) {
    const parsed = parseKeyIdentifier(input.KeyId);
    let keyId: string;
    if (parsed.kind === 'key-id') keyId = parsed.keyId;
    else if (
      parsed.kind === 'key-arn' &&
      parsed.accountId === account &&
      parsed.region === ctx.region
    )
      keyId = parsed.keyId;
    else if (parsed.kind === 'key-arn' && parsed.region !== ctx.region) throw invalidArn();
    else if (parsed.kind === 'key-arn') throw keyNotFound(input.KeyId);
    else if (parsed.kind === 'invalid' && parsed.isArn) throw invalidArn();
    else throw invalidKeyId(input.KeyId);
    if (!getKeyById(ctx.world, account, ctx.region, keyId))
      throw keyNotFound(keyArn(ctx.region, account, keyId));
    names = aliasNamesOfKey(ctx.world, account, ctx.region, keyId);
  } else {
    names = aliasNamesOf(ctx.world, account, ctx.region);
  }

  const page = pageAfter(names, after, input.Limit ?? 50);
  const last = page.items.at(-1);
  const aliases = page.items
    .map((name) => getAlias(ctx.world, account, ctx.region, name))
    .filter((alias): alias is StoredAlias => alias !== undefined);
  return {
    Aliases: aliases.map((alias) => ({
      AliasName: alias.aliasName,
      AliasArn: aliasArn(alias.region, alias.accountId, alias.aliasName),
      TargetKeyId: alias.targetKeyId,
      CreationDate: new Date(alias.creationDate),
      LastUpdatedDate: new Date(alias.lastUpdatedDate),
    })),
    ...(page.truncated && last !== undefined ? { NextMarker: encodeMarker('aliases', last) } : {}),
    Truncated: page.truncated,
  };
}
