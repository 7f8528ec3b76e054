import { authorize } from '../../core/access';
import { type RequestContext, requirePrincipal, type World } from '../../core/types';
import { jobNotFound } from './errors';
import { jobArn, jobId, JOBS_TABLE, type StoredJob } from './model';

const META_TABLE = 'transcribe-meta';

export function getJob(world: World, id: string): StoredJob | undefined {
  return world.store.get<StoredJob>(JOBS_TABLE, id);
}

export function putJob(world: World, job: StoredJob): void {
  world.store.put(JOBS_TABLE, jobId(job.accountId, job.region, job.name), job);
}

/** The next creation sequence number, kept in the store so it survives restarts. */
export function nextSeq(world: World): number {
  const seq = (world.store.get<number>(META_TABLE, 'seq') ?? 0) + 1;
  world.store.put(META_TABLE, 'seq', seq);
  return seq;
}

/** The jobs of one account and region, newest first. */
export function jobsOf(world: World, accountId: string, region: string): StoredJob[] {
  return world.store
    .list<StoredJob>(JOBS_TABLE)
    .filter((job) => job.accountId === accountId && job.region === region)
    .sort((a, b) => b.seq - a.seq);
}

/** The caller's own job by name (jobs belong to an account and region), or the AWS error. */
export function findCallerJob(ctx: RequestContext, name: string, action: string): StoredJob {
  const principal = requirePrincipal(ctx);
  authorize(ctx, action, jobArn(ctx.region, principal.accountId, name));
  const job = getJob(ctx.world, jobId(principal.accountId, ctx.region, name));
  if (!job) throw jobNotFound();
  return job;
}
