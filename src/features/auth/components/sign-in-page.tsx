import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useState } from 'react';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { SignInOutcome } from '../api/sign-in';
import { NewPasswordForm } from './new-password-form';
import { SignInForm } from './sign-in-form';

export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again to continue.';

type Step =
  | {
      name: 'credentials';
      notice?: { type: 'info' | 'error'; text: string };
      /** Back from an expired challenge: the username the user already gave. */
      username?: string;
    }
  | { name: 'new-password'; username: string };

interface SignInPageProps {
  /** The user was sent here because their session ended mid-work. */
  sessionEnded?: boolean;
  onSignedIn: () => void;
}

/** Sign in, and the "Set a new password" challenge when the user pool asks for one. */
export function SignInPage({ sessionEnded, onSignedIn }: SignInPageProps) {
  const [step, setStep] = useState<Step>({
    name: 'credentials',
    notice: sessionEnded ? { type: 'info', text: SESSION_ENDED_MESSAGE } : undefined,
  });
  useDocumentTitle(step.name === 'new-password' ? 'Set a new password' : 'Sign in');

  const onOutcome = (outcome: SignInOutcome, username: string) => {
    if (outcome.status === 'signed-in') onSignedIn();
    else if (outcome.status === 'new-password-required')
      setStep({ name: 'new-password', username });
    else
      setStep({
        name: 'credentials',
        notice: {
          type: 'error',
          text: `This console cannot complete the sign-in step your user pool asks for (${outcome.step}).`,
        },
      });
  };

  return (
    <Box padding={{ top: 'xxxl', horizontal: 'l' }}>
      <div style={{ maxWidth: 440, margin: '0 auto' }}>
        {step.name === 'credentials' ? (
          <Container
            header={
              <Header
                variant="h1"
                description="Use the analyst account your administrator gave you."
              >
                Sign in
              </Header>
            }
          >
            <SignInForm
              notice={
                step.notice && (
                  <Alert
                    type={step.notice.type}
                    statusIconAriaLabel={step.notice.type === 'info' ? 'Info' : 'Error'}
                  >
                    {step.notice.text}
                  </Alert>
                )
              }
              onOutcome={onOutcome}
              username={step.username}
            />
          </Container>
        ) : (
          <Container
            header={
              <Header
                variant="h1"
                description={`${step.username} must choose a new password before continuing.`}
              >
                Set a new password
              </Header>
            }
          >
            <NewPasswordForm
              onOutcome={(outcome) => onOutcome(outcome, step.username)}
              onRestart={(text) =>
                setStep({
                  name: 'credentials',
                  notice: { type: 'error', text },
                  username: step.username,
                })
              }
            />
          </Container>
        )}
      </div>
    </Box>
  );
}
