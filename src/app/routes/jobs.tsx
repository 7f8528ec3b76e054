import Header from '@cloudscape-design/components/header';

export function JobsRoute() {
  return <Header variant="h1">Transcription jobs</Header>;
}
