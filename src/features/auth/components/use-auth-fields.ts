import type { InputProps } from '@cloudscape-design/components/input';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { Checked, FieldErrors } from '../sign-in-schema';

type TextValues = Record<string, string>;

/**
 * The state of a sign-in step's fields, as the create form's react-hook-form keeps it, in the
 * few lines these forms need: errors appear on the first submit, then follow the typing; a
 * submit with errors focuses the first bad field; the submit handler runs once at a time.
 */
export function useAuthFields<T extends TextValues>(initial: T, check: (values: T) => Checked<T>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<T>>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const inputs = useRef<Partial<Record<keyof T, InputProps.Ref | null>>>({});

  const focus = useCallback((name: keyof T) => inputs.current[name]?.focus(), []);

  const field = (name: keyof T) => ({
    value: values[name],
    error: errors[name],
    ref: (input: InputProps.Ref | null) => {
      inputs.current[name] = input;
    },
    onChange: (value: string) => {
      const next = { ...values, [name]: value };
      setValues(next);
      if (submitted) setErrors(check(next).errors);
    },
  });

  const handleSubmit =
    (onValid: (values: T) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSubmitted(true);
      const checked = check(values);
      setErrors(checked.errors);
      const firstBad = (Object.keys(values) as (keyof T)[]).find((name) => checked.errors[name]);
      if (firstBad !== undefined) {
        focus(firstBad);
        return;
      }
      setSubmitting(true);
      try {
        await onValid(checked.values);
      } finally {
        setSubmitting(false);
      }
    };

  return {
    field,
    handleSubmit,
    submitting,
    focus,
    /** An error the server found on a field, shown there, with the field focused. */
    setError: (name: keyof T, message: string) => {
      setErrors((current) => ({ ...current, [name]: message }));
      focus(name);
    },
    /** Back to its initial value, without an error. */
    resetField: (name: keyof T) => {
      setValues((current) => ({ ...current, [name]: initial[name] }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  };
}
