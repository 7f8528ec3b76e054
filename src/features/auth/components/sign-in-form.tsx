import { type ReactNode, useEffect, useState } from 'react';
import { type SignInOutcome, signInWithPassword } from '../api/sign-in';
import { describeSignInError } from '../sign-in-errors';
import { checkSignIn } from '../sign-in-schema';
import { AuthForm } from './auth-form';
import { TextField } from './text-field';
import { useAuthFields } from './use-auth-fields';

interface SignInFormProps {
  /** Shown above the fields, e.g. why the user was sent here. */
  notice?: ReactNode;
  onOutcome: (outcome: SignInOutcome, username: string) => void;
  /** A username already given (sign-in starting over): filled in, with the password focused. */
  username?: string;
}

/** Username and password; Enter submits. A failure keeps the username and clears the password. */
export function SignInForm({ notice, onOutcome, username = '' }: SignInFormProps) {
  const form = useAuthFields({ username, password: '' }, checkSignIn);
  const { focus } = form;
  const [problem, setProblem] = useState<string>();
  const givenUsername = Boolean(username);
  useEffect(() => {
    if (givenUsername) focus('password');
  }, [givenUsername, focus]);

  const submit = form.handleSubmit(async ({ username, password }) => {
    setProblem(undefined);
    try {
      onOutcome(await signInWithPassword(username, password), username);
    } catch (error) {
      const described = describeSignInError(error, 'sign-in');
      if (described.field === 'username' || described.field === 'password') {
        form.setError(described.field, described.message);
        return;
      }
      setProblem(described.message);
      form.resetField('password');
      focus('password');
    }
  });

  return (
    <AuthForm
      submitLabel="Sign in"
      submitting={form.submitting}
      onSubmit={(event) => void submit(event)}
      problem={problem}
    >
      {notice}
      <TextField
        {...form.field('username')}
        name="username"
        label="Username"
        autoComplete="username"
        readOnly={form.submitting}
      />
      <TextField
        {...form.field('password')}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        readOnly={form.submitting}
      />
    </AuthForm>
  );
}
