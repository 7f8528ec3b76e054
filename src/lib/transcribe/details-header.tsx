import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';

/**
 * A details page's title, the resource's name, with its actions: refresh (its label names what
 * it refreshes) and Delete, which waits until the resource has loaded.
 */
export function DetailsHeader({
  name,
  refreshLabel,
  refreshing,
  onRefresh,
  canDelete,
  onDelete,
}: {
  name: string;
  refreshLabel: string;
  refreshing: boolean;
  onRefresh(): void;
  canDelete: boolean;
  onDelete(): void;
}) {
  return (
    <Header
      variant="h1"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button
            iconName="refresh"
            ariaLabel={refreshLabel}
            loading={refreshing}
            onClick={onRefresh}
          />
          <Button disabled={!canDelete} onClick={onDelete}>
            Delete
          </Button>
        </SpaceBetween>
      }
    >
      {name}
    </Header>
  );
}

/** Why a details page could not load (or refresh) what it shows, with Retry. */
export function LoadErrorAlert({
  header,
  message,
  onRetry,
}: {
  header: string;
  message: string;
  onRetry(): void;
}) {
  return (
    <Alert type="error" header={header} action={<Button onClick={onRetry}>Retry</Button>}>
      {message}
    </Alert>
  );
}
