import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';

export function ConfigErrorPage({ source, problems }: { source: string; problems: string[] }) {
  return (
    <main style={{ maxWidth: 800, margin: '40px auto', padding: '0 20px' }}>
      <ContentLayout header={<Header variant="h1">The console cannot start</Header>}>
        <Alert type="error" header={`The runtime configuration ${source} is not valid`}>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <Box variant="p">
            Fix the file and reload. It needs region, userPoolId, userPoolClientId and
            identityPoolId, and may give endpoints for cognitoIdp, cognitoIdentity, kms, transcribe,
            s3 and sts.
          </Box>
        </Alert>
      </ContentLayout>
    </main>
  );
}
