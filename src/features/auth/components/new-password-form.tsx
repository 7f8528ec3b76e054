import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type SignInOutcome, setNewPassword } from '../api/sign-in';
import { describeSignInError } from '../sign-in-errors';
import { newPasswordSchema, type NewPasswordValues } from '../sign-in-schema';
import { AuthForm } from './auth-form';
import { TextField } from './text-field';

interface NewPasswordFormProps {
  onOutcome: (outcome: SignInOutcome) => void;
  /** The challenge expired: go back to username and password, with this message. */
  onRestart: (message: string) => void;
}

/** The NEW_PASSWORD_REQUIRED challenge: a new password, typed twice. */
export function NewPasswordForm({ onOutcome, onRestart }: NewPasswordFormProps) {
  const { control, handleSubmit, setError, formState } = useForm<NewPasswordValues>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const [problem, setProblem] = useState<string>();

  const submit = handleSubmit(async ({ newPassword }) => {
    setProblem(undefined);
    try {
      onOutcome(await setNewPassword(newPassword));
    } catch (error) {
      const described = describeSignInError(error, 'new-password');
      if (described.restart) onRestart(described.message);
      else if (described.field === 'newPassword' || described.field === 'confirmPassword')
        setError(described.field, { message: described.message }, { shouldFocus: true });
      else setProblem(described.message);
    }
  });

  return (
    <AuthForm
      submitLabel="Set password"
      submitting={formState.isSubmitting}
      onSubmit={(event) => void submit(event)}
      problem={problem}
    >
      <TextField
        control={control}
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        readOnly={formState.isSubmitting}
      />
      <TextField
        control={control}
        name="confirmPassword"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        readOnly={formState.isSubmitting}
      />
    </AuthForm>
  );
}
