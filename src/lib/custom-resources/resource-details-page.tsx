import type { EncryptionConfiguration } from '@aws-sdk/client-transcribe';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs, {
  type KeyValuePairsProps,
} from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeAwsError } from '@/lib/aws/errors';
import { useFlashMessages } from '@/lib/use-flash-messages';
import { useRefreshOnClick } from '@/lib/use-refresh-on-click';
import { useDeleteCustomResource } from './api/delete-custom-resource';
import { DeleteResourceModal } from './delete-resource-modal';
import { isResourceNotFoundError, type ResourceKindInfo } from './resource-kinds';
import { isProcessing } from './resource-states';

const text = (value: ReactNode | undefined) => value ?? '-';

/** "Encryption": the key and context Transcribe keeps, and the role that uses the key. */
export function encryptionPairs(
  encryption: EncryptionConfiguration | undefined,
  roleArn: string | undefined,
): KeyValuePairsProps.Pair[] {
  const context = Object.entries(encryption?.KMSEncryptionContext ?? {});
  return [
    {
      label: 'KMS key',
      value: encryption?.KMSKey ?? 'A key that AWS owns (no customer managed key)',
    },
    {
      label: 'Encryption context',
      value:
        context.length > 0 ? (
          <SpaceBetween size="xxxs">
            {context.map(([key, value]) => (
              <Box key={key} variant="span">
                {key} = {value}
              </Box>
            ))}
          </SpaceBetween>
        ) : (
          '-'
        ),
    },
    { label: 'IAM role ARN', value: text(roleArn) },
  ];
}

/**
 * A custom resource's page: its fields, its state followed until it settles (the query
 * refreshes itself while processing), the failure reason when it failed, its encryption,
 * whatever the kind adds (the DownloadUri table), and Delete.
 */
export function ResourceDetailsPage({
  info,
  name,
  query,
  state,
  failureReason,
  pairs,
  encryption,
  children,
}: {
  info: ResourceKindInfo;
  name: string;
  query: UseQueryResult<unknown>;
  state: string | undefined;
  failureReason: string | undefined;
  pairs: KeyValuePairsProps.Pair[];
  encryption: KeyValuePairsProps.Pair[];
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const { refreshing, refresh } = useRefreshOnClick(query.refetch);
  const deletion = useDeleteCustomResource(info.kind);
  const [confirming, setConfirming] = useState(false);

  if (query.isError && isResourceNotFoundError(query.error))
    return (
      <Container header={<Header variant="h1">{info.Noun} not found</Header>}>
        <SpaceBetween size="s">
          <Box variant="p">
            There is no {info.noun} named &quot;{name}&quot; in this account and Region. It may have
            been deleted.
          </Box>
          <Link
            href={info.basePath}
            onFollow={(event) => {
              event.preventDefault();
              void navigate(info.basePath);
            }}
          >
            Back to {info.plural}
          </Link>
        </SpaceBetween>
      </Container>
    );

  const leave = (message: string) => void navigate(info.basePath, { state: { flash: message } });
  const loadError = query.isError ? describeAwsError(query.error) : undefined;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                iconName="refresh"
                ariaLabel="Refresh"
                loading={refreshing}
                onClick={refresh}
              />
              <Button
                disabled={!query.data}
                onClick={() => {
                  deletion.reset();
                  setConfirming(true);
                }}
              >
                Delete
              </Button>
            </SpaceBetween>
          }
        >
          {name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {flash.items.length > 0 ? <Flashbar items={flash.items} /> : null}
        {loadError ? (
          <Alert
            type="error"
            header={`The ${info.noun} could not be loaded`}
            action={<Button onClick={() => void query.refetch()}>Retry</Button>}
          >
            {loadError.message}
          </Alert>
        ) : null}
        {state === 'FAILED' ? (
          <Alert type="error" header={`The ${info.noun} failed`}>
            {failureReason ?? 'Transcribe gave no reason.'}
          </Alert>
        ) : null}
        {isProcessing(state) ? (
          <StatusIndicator type="loading">
            Transcribe is processing the {info.noun}; this page follows it until it is done.
          </StatusIndicator>
        ) : null}
        <Container header={<Header variant="h2">{info.Noun} details</Header>}>
          {query.data ? (
            <KeyValuePairs columns={3} items={pairs} />
          ) : (
            <StatusIndicator type="loading">Loading</StatusIndicator>
          )}
        </Container>
        <Container header={<Header variant="h2">Encryption</Header>}>
          {query.data ? <KeyValuePairs columns={3} items={encryption} /> : null}
        </Container>
        {children}
      </SpaceBetween>
      <DeleteResourceModal
        info={info}
        name={confirming ? name : undefined}
        deleting={deletion.isPending}
        errorText={
          deletion.error && !isResourceNotFoundError(deletion.error)
            ? describeAwsError(deletion.error).message
            : undefined
        }
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (deletion.isPending) return;
          deletion.mutate(name, {
            onSuccess: () => leave(`${info.Noun} ${name} deleted`),
            onError: (error) => {
              if (isResourceNotFoundError(error)) leave(`${info.Noun} ${name} no longer exists`);
            },
          });
        }}
      />
    </ContentLayout>
  );
}
