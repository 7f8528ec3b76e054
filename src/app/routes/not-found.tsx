import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';

export function NotFoundRoute() {
  return (
    <>
      <Header variant="h1">Page not found</Header>
      <Box variant="p">
        There is no page at this address. <Link href="/jobs">Go to Transcription jobs</Link>
      </Box>
    </>
  );
}
