import { z } from 'zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username.'),
  password: z.string().min(1, 'Enter your password.'),
});

export type SignInValues = z.infer<typeof signInSchema>;

export const PASSWORDS_DIFFER = 'The passwords do not match.';

export const newPasswordSchema = z
  .object({
    newPassword: z.string().min(1, 'Enter a new password.'),
    confirmPassword: z.string().min(1, 'Enter the new password again.'),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: PASSWORDS_DIFFER,
  });

export type NewPasswordValues = z.infer<typeof newPasswordSchema>;
