import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { type SignInOutcome, signInWithPassword } from '../api/sign-in';
import { describeSignInError } from '../sign-in-errors';
import { signInSchema, type SignInValues } from '../sign-in-schema';
import { AuthForm } from './auth-form';
import { TextField } from './text-field';

interface SignInFormProps {
  /** Shown above the fields, e.g. why the user was sent here. */
  notice?: ReactNode;
  onOutcome: (outcome: SignInOutcome, username: string) => void;
  /** A username already given (sign-in starting over): filled in, with the password focused. */
  username?: string;
}

/** Username and password; Enter submits. A failure keeps the username and clears the password. */
export function SignInForm({ notice, onOutcome, username = '' }: SignInFormProps) {
  const { control, handleSubmit, setError, resetField, setFocus, formState } =
    useForm<SignInValues>({
      resolver: zodResolver(signInSchema),
      defaultValues: { username, password: '' },
    });
  const [problem, setProblem] = useState<string>();
  const givenUsername = Boolean(username);
  useEffect(() => {
    if (givenUsername) setFocus('password');
  }, [givenUsername, setFocus]);

  const submit = handleSubmit(async ({ username, password }) => {
    setProblem(undefined);
    try {
      onOutcome(await signInWithPassword(username.trim(), password), username.trim());
    } catch (error) {
      const described = describeSignInError(error, 'sign-in');
      if (described.field === 'username' || described.field === 'password') {
        setError(described.field, { message: described.message }, { shouldFocus: true });
        return;
      }
      setProblem(described.message);
      resetField('password');
      setFocus('password');
    }
  });

  return (
    <AuthForm
      submitLabel="Sign in"
      submitting={formState.isSubmitting}
      onSubmit={(event) => void submit(event)}
      problem={problem}
    >
      {notice}
      <TextField
        control={control}
        name="username"
        label="Username"
        autoComplete="username"
        readOnly={formState.isSubmitting}
      />
      <TextField
        control={control}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        readOnly={formState.isSubmitting}
      />
    </AuthForm>
  );
}
