import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FormEvent, ReactNode } from 'react';

interface AuthFormProps {
  submitLabel: string;
  submitting: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** A problem with the whole form (not one field), announced as it appears. */
  problem?: string;
  children: ReactNode;
}

/** The frame of the sign-in steps: a native form that submits once, its button and its alert. */
export function AuthForm({ submitLabel, submitting, onSubmit, problem, children }: AuthFormProps) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        // Enter pressed again while a request is out must not start a second one.
        if (submitting) event.preventDefault();
        else onSubmit(event);
      }}
    >
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={submitting}>
            {submitLabel}
          </Button>
        }
      >
        <div aria-live="polite">
          {problem && (
            <Box margin={{ bottom: 'l' }}>
              <Alert type="error" statusIconAriaLabel="Error">
                {problem}
              </Alert>
            </Box>
          )}
        </div>
        <SpaceBetween size="l">{children}</SpaceBetween>
      </Form>
    </form>
  );
}
