import { Fragment } from 'react';
import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useKeyAliases } from './api/list-key-aliases';
import { aliasOfKey, type KnownKeyAlias, splitAtKeyArns } from './key-names';

/**
 * A KMS key shown by name: its alias when the console can know it, beside its ARN, which can
 * be copied. An alias comes from what the analyst chose or typed (`known`), or, for a key of
 * the analyst's own account, from ListAliases. A key of another account is shown by ARN only
 * unless its alias ARN was typed here: its aliases cannot be listed from this account.
 */
export function KmsKeyName({
  keyArn,
  accountId,
  known,
}: {
  keyArn: string;
  /** The analyst's account: its keys' aliases can be listed. */
  accountId: string | undefined;
  known?: KnownKeyAlias;
}) {
  const { alias, lookUp } = aliasOfKey(keyArn, accountId, known);
  const listed = useKeyAliases(lookUp ? keyArn : undefined);
  const name = alias ?? listed.data?.[0];
  return (
    <SpaceBetween size="xxxs">
      {name ? <Box fontWeight="bold">{name}</Box> : null}
      <CopyToClipboard
        variant="inline"
        textToCopy={keyArn}
        copyButtonAriaLabel="Copy key ARN"
        copySuccessText="Key ARN copied"
        copyErrorText="The key ARN could not be copied"
      />
    </SpaceBetween>
  );
}

/** " (alias/NAME)" after a key ARN in running text, when the alias can be known. */
function AliasAfter({
  keyArn,
  accountId,
  known,
}: {
  keyArn: string;
  accountId: string | undefined;
  known?: KnownKeyAlias;
}) {
  const { alias, lookUp } = aliasOfKey(keyArn, accountId, known);
  const listed = useKeyAliases(lookUp ? keyArn : undefined);
  const name = alias ?? listed.data?.[0];
  return name ? <> ({name})</> : null;
}

/**
 * A text from AWS (a job's failure reason) with each KMS key ARN it names followed by the
 * key's alias, when the console can know it. Rendered as text only.
 */
export function TextWithKeyNames({
  text,
  accountId,
  known,
}: {
  text: string;
  accountId: string | undefined;
  known?: KnownKeyAlias;
}) {
  return (
    <>
      {splitAtKeyArns(text).map((part, index) =>
        'text' in part ? (
          <Fragment key={index}>{part.text}</Fragment>
        ) : (
          <span key={index}>
            {part.keyArn}
            <AliasAfter keyArn={part.keyArn} accountId={accountId} known={known} />
          </span>
        ),
      )}
    </>
  );
}
