import type { Tag } from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import { AwsError } from '../../core/errors';
import { type RequestContext, requirePrincipal } from '../../core/types';
import { Checks } from '../../core/validation';
import { getJob, putJob } from './jobs';
import { jobId } from './model';
import { type ResourceKind, resourceId } from './resource-model';
import { getResource, putResource } from './resources';

// Tags on what Transcribe can tag here, by ARN: transcription jobs, custom vocabularies,
// vocabulary filters and custom language models. TagResource, UntagResource and
// ListTagsForResource share it.

/** The model's TranscribeArn. */
const ARN_PATTERN =
  'arn:aws(-[^:]+)?:transcribe:[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z-]*/[0-9a-zA-Z._-]+';
const ARN = new RegExp(`^${ARN_PATTERN}$`);

/** Transcribe's member checks: validation problems are BadRequestException. */
export const transcribeChecks = () => new Checks({ code: 'BadRequestException' });

export function checkResourceArn(checks: Checks, arn: string | undefined): Checks {
  return checks
    .required('resourceArn', arn)
    .length('resourceArn', arn, 1, 1011)
    .pattern('resourceArn', arn, ARN, ARN_PATTERN);
}

/** The model's TagList (1–200 tags, keys 1–128 and values 0–256 characters). */
export function checkTagList(checks: Checks, tags: Tag[] | undefined): Checks {
  checks.required('tags', tags);
  if (!tags) return checks;
  if (tags.length < 1 || tags.length > 200)
    checks.add({
      member: 'tags',
      value: tags,
      constraint:
        tags.length < 1
          ? 'Member must have length greater than or equal to 1'
          : 'Member must have length less than or equal to 200',
    });
  tags.forEach((tag, i) => {
    const at = `tags.${i + 1}.member`;
    checks
      .required(`${at}.key`, tag.Key)
      .length(`${at}.key`, tag.Key, 1, 128)
      .required(`${at}.value`, tag.Value)
      .length(`${at}.value`, tag.Value, 0, 256);
  });
  return checks;
}

const notFound = () =>
  new AwsError(
    'NotFoundException',
    "The requested resource couldn't be found. Check the resource name and try your request again.",
    400,
  );

const kinds: Record<string, ResourceKind> = {
  vocabulary: 'vocabulary',
  'vocabulary-filter': 'vocabulary-filter',
  'language-model': 'language-model',
};

/** A tagged thing: its tags, and how to store new ones. */
interface Tagged {
  tags: Tag[];
  save(tags: Tag[]): void;
}

/**
 * What a ResourceArn names, after the IAM check of `action` on it: one of the caller's own
 * jobs or custom resources in this Region, else NotFoundException.
 */
export function taggedResource(ctx: RequestContext, arn: string, action: string): Tagged {
  authorize(ctx, action, arn);
  const principal = requirePrincipal(ctx);
  const [, partition, , region, accountId, resource = ''] = arn.split(':');
  const slash = resource.indexOf('/');
  const type = resource.slice(0, slash);
  const name = resource.slice(slash + 1);
  if (partition !== 'aws' || region !== ctx.region || accountId !== principal.accountId)
    throw notFound();
  const world = ctx.world;
  if (type === 'transcription-job') {
    const job = getJob(world, jobId(accountId, region, name));
    if (!job) throw notFound();
    return {
      tags: job.request.Tags ?? [],
      save: (tags) => {
        const current = getJob(world, jobId(accountId, region, name))!;
        putJob(world, {
          ...current,
          request: { ...current.request, Tags: tags.length ? tags : undefined },
        });
      },
    };
  }
  const kind = kinds[type];
  const stored = kind && getResource(world, kind, resourceId(accountId, region, name));
  if (!kind || !stored) throw notFound();
  return {
    tags: stored.tags ?? [],
    save: (tags) => {
      const current = getResource(world, kind, resourceId(accountId, region, name))!;
      putResource(world, { ...current, tags: tags.length ? tags : undefined });
    },
  };
}
