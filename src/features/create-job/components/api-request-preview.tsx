import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useWatch } from 'react-hook-form';
import type { CreateJobFormValues } from '../form-schema';
import { toCliCommand, toStartTranscriptionJobInput } from '../to-request';

const codeStyle = {
  margin: 0,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  fontFamily: 'Monaco, Menlo, Consolas, "Courier Prime", Courier, "Courier New", monospace',
  fontSize: 12,
} as const;

/** The exact StartTranscriptionJob input and the equivalent CLI command, as the form stands. */
export function ApiRequestPreview({
  control,
  region,
}: {
  control: Control<CreateJobFormValues>;
  region: string;
}) {
  const values = useWatch({ control }) as CreateJobFormValues;
  const input = toStartTranscriptionJobInput(values);
  const json = JSON.stringify(input, null, 2);
  const cli = toCliCommand(input, region);
  return (
    <ExpandableSection
      variant="container"
      headerText="API request"
      headerDescription="The StartTranscriptionJob request this form sends, and the same request as an AWS CLI command."
    >
      <SpaceBetween size="l">
        <section aria-label="Request JSON">
          <Header
            variant="h3"
            actions={
              <CopyToClipboard
                variant="button"
                textToCopy={json}
                copyButtonText="Copy JSON"
                copySuccessText="JSON copied"
                copyErrorText="JSON not copied"
              />
            }
          >
            JSON
          </Header>
          <Box padding={{ top: 'xs' }}>
            <pre style={codeStyle} data-testid="api-request-json">
              {json}
            </pre>
          </Box>
        </section>
        <section aria-label="AWS CLI command">
          <Header
            variant="h3"
            actions={
              <CopyToClipboard
                variant="button"
                textToCopy={cli}
                copyButtonText="Copy command"
                copySuccessText="Command copied"
                copyErrorText="Command not copied"
              />
            }
          >
            AWS CLI
          </Header>
          <Box padding={{ top: 'xs' }}>
            <pre style={codeStyle} data-testid="api-request-cli">
              {cli}
            </pre>
          </Box>
        </section>
      </SpaceBetween>
    </ExpandableSection>
  );
}
