import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { KeyAccessWords } from '../key-access-words';

/**
 * What to do about a refusal: whose key, which role, each permission needed and what it is
 * for, a key policy statement to hand to the key's owner ("Copy"), and KMS's own message
 * under "Details".
 */
export function KeyAccessAdvice({ words }: { words: KeyAccessWords }) {
  return (
    <SpaceBetween size="s">
      {words.advice ? <Box variant="p">{words.advice}</Box> : null}
      {words.needed?.length ? (
        <div>
          <Box variant="awsui-key-label">Permissions needed</Box>
          <ul aria-label="Permissions needed">
            {words.needed.map((need) => (
              <li key={need.permission}>
                <Box variant="code">{need.permission}</Box> {need.purpose}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {words.statement ? (
        <div>
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Box variant="awsui-key-label">Key policy statement for the key&apos;s owner</Box>
            <CopyToClipboard
              variant="button"
              copyButtonText="Copy"
              copyButtonAriaLabel="Copy key policy statement"
              copySuccessText="Key policy statement copied"
              copyErrorText="The statement could not be copied: select it and copy it by hand"
              textToCopy={words.statement}
            />
          </SpaceBetween>
          <div style={{ overflowX: 'auto' }}>
            <Box variant="pre" fontSize="body-s">
              {words.statement}
            </Box>
          </div>
        </div>
      ) : null}
      {words.details ? (
        <ExpandableSection headerText="Details" variant="footer">
          <Box variant="p">AWS KMS answered: {words.details}</Box>
        </ExpandableSection>
      ) : null}
    </SpaceBetween>
  );
}
