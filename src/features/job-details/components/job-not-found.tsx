import Box from '@cloudscape-design/components/box';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { useNavigate } from 'react-router';

export function JobNotFound({
  name,
  region,
  impossibleName = false,
}: {
  name: string;
  region: string;
  /** The name breaks the job name rules, so no job can have it. */
  impossibleName?: boolean;
}) {
  const navigate = useNavigate();
  return (
    <ContentLayout header={<Header variant="h1">Job not found</Header>}>
      <Box variant="p">
        There is no transcription job named &ldquo;{name}&rdquo; in {region}.{' '}
        {impossibleName
          ? 'Job names have 1 to 200 letters, numbers, periods (.), hyphens (-) and underscores (_).'
          : 'It may have been deleted, or the name may be misspelt.'}
      </Box>
      <Box variant="p">
        <Link
          href="/jobs"
          onFollow={(event) => {
            event.preventDefault();
            void navigate('/jobs');
          }}
        >
          Go to Transcription jobs
        </Link>
      </Box>
    </ContentLayout>
  );
}
