// Plain checks rather than zod and react-hook-form: the sign-in page is the first load of
// every visit, and these two small forms do not need what the create form needs.

export interface SignInValues {
  username: string;
  password: string;
}

export interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

/** A message per field that is wrong; an empty object when every field is right. */
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export interface Checked<T> {
  /** The values as they are sent (trimmed where a field is trimmed). */
  values: T;
  errors: FieldErrors<T>;
}

export const PASSWORDS_DIFFER = 'The passwords do not match.';

/** A username of spaces is no username; the password is kept as typed, spaces included. */
export function checkSignIn({ username, password }: SignInValues): Checked<SignInValues> {
  const values = { username: username.trim(), password };
  const errors: FieldErrors<SignInValues> = {};
  if (!values.username) errors.username = 'Enter your username.';
  if (!values.password) errors.password = 'Enter your password.';
  return { values, errors };
}

/** Both fields given and the same; the password policy is the user pool's to enforce. */
export function checkNewPassword(values: NewPasswordValues): Checked<NewPasswordValues> {
  const errors: FieldErrors<NewPasswordValues> = {};
  if (!values.newPassword) errors.newPassword = 'Enter a new password.';
  if (!values.confirmPassword) errors.confirmPassword = 'Enter the new password again.';
  else if (values.newPassword && values.newPassword !== values.confirmPassword)
    errors.confirmPassword = PASSWORDS_DIFFER;
  return { values, errors };
}
