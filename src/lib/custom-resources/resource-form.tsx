import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import { I18nProvider } from '@cloudscape-design/components/i18n';
import messages from '@cloudscape-design/components/i18n/messages/all.en';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FormEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A create page's frame: a native form around Cloudscape's Form, Cancel and the submit. */
export function ResourceForm({
  title,
  description,
  submitLabel,
  submittingLabel,
  cancelHref,
  submitting,
  alert,
  onSubmit,
  children,
}: {
  title: string;
  description: string;
  submitLabel: string;
  submittingLabel: string;
  cancelHref: string;
  submitting: boolean;
  alert: { header: string; message: string } | undefined;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <I18nProvider locale="en" messages={[messages]}>
      <form onSubmit={onSubmit} noValidate>
        <Form
          header={
            <Header variant="h1" description={description}>
              {title}
            </Header>
          }
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={() => void navigate(cancelHref)}>
                Cancel
              </Button>
              <Button
                variant="primary"
                formAction="submit"
                loading={submitting}
                loadingText={submittingLabel}
              >
                {submitLabel}
              </Button>
            </SpaceBetween>
          }
          errorText={alert ? `${alert.header}. ${alert.message}` : undefined}
          errorIconAriaLabel="Error"
        >
          <SpaceBetween size="l">{children}</SpaceBetween>
        </Form>
      </form>
    </I18nProvider>
  );
}
