import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { rootDir } from './lib';
import { sourceOwner } from './source-map';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Whether only the samples in the window were counted (else the whole profile). */
  windowed: boolean;
  /** Microseconds sampled, idle excluded. */
  busyUs: number;
  idleShare: number;
  /** Self time by function, largest first: [name, share of busy time]. */
  functions: [string, number][];
  /** Self time by file owner (a package, a file of ours, or V8/Node itself). */
  owners: [string, number][];
}

/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time, by self time. With `window`
 * ([from, to] in microseconds of the monotonic clock, `process.hrtime`, which V8's profile
 * timestamps share on Linux), only the samples taken in it count.
 */
export function summarizeProfile(file: string, window?: [number, number]): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const count = (inWindow: (time: number) => boolean) => {
    const self = new Map<number, number>();
    let time = profile.startTime;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      time += delta;
      if (inWindow(time)) self.set(id, (self.get(id) ?? 0) + delta);
    });
    return self;
  };
  let selfUs = window ? count((t) => t >= window[0] && t <= window[1]) : new Map<number, number>();
  const windowed = selfUs.size > 0;
  if (!windowed) selfUs = count(() => true);
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const owner = ownerOf(url);
    // Code run through tsx reports line 1 for everything: its line says nothing then.
    const line = lineNumber > 0 ? `:${lineNumber + 1}` : '';
    const name = url ? `${functionName || '(anonymous)'} ${shortPath(url)}${line}` : functionName;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
  }
  const shares = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([k, us]): [string, number] => [k, us / busyUs]);
  return {
    windowed,
    busyUs,
    idleShare: idleUs / (idleUs + busyUs),
    functions: shares(byFunction),
    owners: shares(byOwner),
  };
}

function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  if (path.includes('node_modules/')) return path.replace(/^.*node_modules\//, '');
  return path.startsWith('/') ? relative(rootDir, path) : path;
}

/** A package, a directory of ours (local-aws/core, local-aws/services/kms), or Node's own code. */
function ownerOf(url: string): string {
  if (!url) return '(V8: GC, compiled code, native)';
  if (url.startsWith('node:'))
    return `node internals (${url.replace(/^node:(internal\/)?/, '').split('/')[0]})`;
  const path = url.replace(/^file:\/\//, '');
  if (path.includes('node_modules/')) return sourceOwner(path);
  return relative(rootDir, path).split('/').slice(0, -1).join('/') || path;
}
