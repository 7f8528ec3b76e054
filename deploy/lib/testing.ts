import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { BUILD_CONTENT_SECURITY_POLICY } from '../../common/web-security';
import { buildApp, type BuiltApp } from './app';

/**
 * A built console as `vite build` lays it out, small: index.html with the build's CSP meta
 * tag, a hashed bundle with its source map, the local config.json and a public file.
 */
export function fakeConsoleBuild(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${BUILD_CONTENT_SECURITY_POLICY}"><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(
    join(dir, 'assets', 'index-abc123.js'),
    'console.log("console");\n//# sourceMappingURL=index-abc123.js.map\n',
  );
  writeFileSync(
    join(dir, 'assets', 'index-abc123.js.map'),
    '{"version":3,"sources":["src/main.tsx"]}',
  );
  writeFileSync(join(dir, 'assets', 'index-def456.css'), 'body{}');
  writeFileSync(
    join(dir, 'config.json'),
    readFileSync(new URL('../../public/config.json', import.meta.url)),
  );
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

export interface Synthesized extends BuiltApp {
  template: Template;
  /** The cloud assembly directory (templates and staged assets). */
  outdir: string;
  cleanup(): void;
}

/**
 * Synthesizes the app as `cdk synth` would, with no AWS credentials, against a fake build,
 * in a temporary directory that `cleanup` removes. `env` adds parameters (CDK_DEFAULT_*,
 * CONSOLE_*), `context` CDK context.
 */
export function synthesize(
  options: { env?: Record<string, string>; context?: Record<string, unknown> } = {},
): Synthesized {
  const root = mkdtempSync(join(tmpdir(), 'console-stack-'));
  const outdir = join(root, 'cdk.out');
  try {
    const built = buildApp({
      outdir,
      // The real `cdk synth` test runs it (offline-synth.test.ts).
      cloudFormationValidation: false,
      context: options.context,
      env: { CONSOLE_DIST: fakeConsoleBuild(join(root, 'dist')), ...options.env },
    });
    built.app.synth();
    return {
      ...built,
      template: Template.fromStack(built.stack),
      outdir,
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
