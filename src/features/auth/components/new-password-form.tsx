import { useState } from 'react';
import { type SignInOutcome, setNewPassword } from '../api/sign-in';
import { describeSignInError } from '../sign-in-errors';
import { checkNewPassword } from '../sign-in-schema';
import { AuthForm } from './auth-form';
import { TextField } from './text-field';
import { useAuthFields } from './use-auth-fields';

interface NewPasswordFormProps {
  onOutcome: (outcome: SignInOutcome) => void;
  /** The challenge expired: go back to username and password, with this message. */
  onRestart: (message: string) => void;
}

/** The NEW_PASSWORD_REQUIRED challenge: a new password, typed twice. */
export function NewPasswordForm({ onOutcome, onRestart }: NewPasswordFormProps) {
  const form = useAuthFields({ newPassword: '', confirmPassword: '' }, checkNewPassword);
  const [problem, setProblem] = useState<string>();

  const submit = form.handleSubmit(async ({ newPassword }) => {
    setProblem(undefined);
    try {
      onOutcome(await setNewPassword(newPassword));
    } catch (error) {
      const described = describeSignInError(error, 'new-password');
      if (described.restart) onRestart(described.message);
      else if (described.field === 'newPassword' || described.field === 'confirmPassword')
        form.setError(described.field, described.message);
      else setProblem(described.message);
    }
  });

  return (
    <AuthForm
      submitLabel="Set password"
      submitting={form.submitting}
      onSubmit={(event) => void submit(event)}
      problem={problem}
    >
      <TextField
        {...form.field('newPassword')}
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        readOnly={form.submitting}
      />
      <TextField
        {...form.field('confirmPassword')}
        name="confirmPassword"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        readOnly={form.submitting}
      />
    </AuthForm>
  );
}
