import Header from '@cloudscape-design/components/header';

export function CreateJobRoute() {
  return <Header variant="h1">Create transcription job</Header>;
}
