// Checked by hand rather than with zod: the check runs before anything renders, on every
// page's first load, and zod's classic API cannot be tree-shaken (about 20 KiB gzip).

const SERVICES = ['cognitoIdp', 'cognitoIdentity', 'kms', 'transcribe', 's3', 'sts'] as const;

export type ServiceName = (typeof SERVICES)[number];

export interface AppConfig {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId: string;
  endpoints?: Partial<Record<ServiceName, string>>;
}

export type ConfigResult =
  { ok: true; config: AppConfig } | { ok: false; source: string; problems: string[] };

/** The required fields, each with the pattern it must match and what to say when it does not. */
const fields: Record<Exclude<keyof AppConfig, 'endpoints'>, [RegExp, string]> = {
  region: [/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS Region such as us-east-1'],
  userPoolId: [/^[\w-]+_[0-9a-zA-Z]+$/, 'must be a user pool ID such as us-east-1_Abc123'],
  userPoolClientId: [/^[\w+]{1,128}$/, 'must be an app client ID'],
  identityPoolId: [/^[\w-]+:[0-9a-f-]+$/, 'must be an identity pool ID such as us-east-1:1a2b…'],
};

function isHttpUrl(value: string): boolean {
  try {
    new URL(value);
  } catch {
    return false;
  }
  return /^https?:\/\//.test(value);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed config.json, naming every field that is wrong. Other members are ignored. */
export function parseConfig(raw: unknown, source = 'config.json'): ConfigResult {
  if (!isObject(raw))
    return { ok: false, source, problems: ['(the whole file): must be a JSON object'] };
  const problems: string[] = [];
  const config: Partial<AppConfig> = {};
  for (const [name, [pattern, message]] of Object.entries(fields) as [
    keyof typeof fields,
    [RegExp, string],
  ][]) {
    const value = raw[name];
    if (value === undefined) problems.push(`${name}: is missing`);
    else if (typeof value !== 'string' || !pattern.test(value))
      problems.push(`${name}: ${message}`);
    else config[name] = value;
  }
  if (raw.endpoints !== undefined) {
    if (!isObject(raw.endpoints)) problems.push('endpoints: must be an object');
    else {
      const endpoints: Partial<Record<ServiceName, string>> = {};
      for (const [service, url] of Object.entries(raw.endpoints)) {
        if (!(SERVICES as readonly string[]).includes(service))
          problems.push(`endpoints.${service}: is not one of ${SERVICES.join(', ')}`);
        else if (url === undefined) continue;
        else if (typeof url !== 'string' || !isHttpUrl(url))
          problems.push(`endpoints.${service}: must be an http or https URL`);
        else endpoints[service as ServiceName] = url;
      }
      config.endpoints = endpoints;
    }
  }
  return problems.length > 0
    ? { ok: false, source, problems }
    : { ok: true, config: config as AppConfig };
}

/** Fetches the runtime configuration. A deployment replaces this file, not the build. */
export async function loadConfig(url = '/config.json'): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (error) {
    return { ok: false, source: url, problems: [`could not be fetched: ${String(error)}`] };
  }
  if (!response.ok) {
    return { ok: false, source: url, problems: [`could not be fetched: HTTP ${response.status}`] };
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, source: url, problems: ['is not valid JSON'] };
  }
  return parseConfig(raw, url);
}
