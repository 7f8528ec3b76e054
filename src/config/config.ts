import { z } from 'zod';

const endpoint = z
  .url({ message: 'must be an http or https URL' })
  .refine((value) => /^https?:\/\//.test(value), 'must be an http or https URL');

export const configSchema = z.object({
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS Region such as us-east-1'),
  userPoolId: z
    .string()
    .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must be a user pool ID such as us-east-1_Abc123'),
  userPoolClientId: z.string().regex(/^[\w+]{1,128}$/, 'must be an app client ID'),
  identityPoolId: z
    .string()
    .regex(/^[\w-]+:[0-9a-f-]+$/, 'must be an identity pool ID such as us-east-1:1a2b…'),
  endpoints: z
    .object({
      cognitoIdp: endpoint.optional(),
      cognitoIdentity: endpoint.optional(),
      kms: endpoint.optional(),
      transcribe: endpoint.optional(),
      s3: endpoint.optional(),
      sts: endpoint.optional(),
    })
    .strict()
    .optional(),
});

export type AppConfig = z.infer<typeof configSchema>;
export type ServiceName = keyof NonNullable<AppConfig['endpoints']>;

export type ConfigResult =
  { ok: true; config: AppConfig } | { ok: false; source: string; problems: string[] };

/** Checks a parsed config.json, naming every field that is wrong. */
export function parseConfig(raw: unknown, source = 'config.json'): ConfigResult {
  const result = configSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(the whole file)';
    const message =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
    return `${field}: ${message}`;
  });
  return { ok: false, source, problems };
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
