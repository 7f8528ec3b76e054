import { buildApp } from './lib/app';
import { ParameterError } from './lib/parameters';

try {
  buildApp().app.synth();
} catch (error) {
  if (!(error instanceof ParameterError)) throw error;
  console.error(error.message);
  process.exit(1);
}
