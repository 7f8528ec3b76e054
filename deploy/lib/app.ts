import { readFileSync } from 'node:fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConsoleStack } from './console-stack';
import { readParameters } from './parameters';

/** The feature flags and settings in deploy/cdk.json, which the CDK CLI also reads. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

export interface BuiltApp {
  app: App;
  stack: ConsoleStack;
}

/**
 * The CDK app: parameters from context and environment, one stack, and cdk-nag's
 * AwsSolutions checks, which fail the synth on any finding not acknowledged with a reason.
 */
export function buildApp(
  options: {
    context?: Record<string, unknown>;
    env?: Record<string, string | undefined>;
    /** Where the cloud assembly goes; the CLI's choice (CDK_OUTDIR) when left out. */
    outdir?: string;
    /**
     * CDK's own check of the template against CloudFormation's rules (on by default, and
     * fatal: cdk.json sets validateAgainstDefaultRules). About 4 s of CPU per synth, so the
     * in-process tests leave it to the one test that runs the real `cdk synth`.
     */
    cloudFormationValidation?: boolean;
  } = {},
): BuiltApp {
  const app = new App({
    outdir: options.outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation,
    context: { ...cdkJsonContext(), ...options.context },
    // No construct usage report to AWS in the template.
    analyticsReporting: false,
  });
  const parameters = readParameters((key) => app.node.tryGetContext(key), options.env);
  const stack = new ConsoleStack(app, parameters.stackName, {
    env:
      parameters.account || parameters.region
        ? { account: parameters.account, region: parameters.region }
        : undefined,
    description: 'Amazon Transcribe console with customer managed KMS keys',
    ...parameters,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}
