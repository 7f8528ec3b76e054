import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { ZodType } from 'zod';
import { useAwsClients, handleSessionError } from '@/lib/aws/clients';
import { describeAwsError } from '@/lib/aws/errors';
import type { KmsKeyFieldValues } from '@/lib/kms-key/kms-key-fields';
import type { KmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { keyArnToSend } from './resolve-key-arn';
import { type PlacementRules, placeResourceSubmitError } from './submit-error';

export interface CreateSubmitOptions<
  T extends FieldValues & KmsKeyFieldValues & { encryption: boolean; name: string },
  F extends string,
> {
  form: UseFormReturn<T>;
  schema: ZodType;
  /** The page's fields in order, for "focus the first bad field". */
  fieldOrder: readonly string[];
  checks: KmsKeyChecks;
  /** Sends the request built from the values and the key ARN (when encrypting). */
  send(values: T, keyArn: string | undefined): Promise<unknown>;
  rules: (values: T) => PlacementRules<F>;
  /** Where the new resource's page is, and the flash it opens with. */
  created(values: T): { href: string; flash: string };
}

/** The first path in page order, e.g. `encryptionContext.2.value`. */
export function firstInOrder(
  paths: readonly string[],
  order: readonly string[],
): string | undefined {
  const rank = (path: string) => {
    const index = order.indexOf(path.split('.')[0] ?? path);
    return index === -1 ? order.length : index;
  };
  return [...paths].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }),
  )[0];
}

/**
 * A create page's submit: everything validated first (the first bad field focused), the key
 * checks awaited and the key resolved to its ARN, then one request per click; a refusal lands
 * on the field it names or in an alert, and nothing typed is lost.
 */
export function useCreateSubmit<
  T extends FieldValues & KmsKeyFieldValues & { encryption: boolean; name: string },
  F extends string,
>(options: CreateSubmitOptions<T, F>) {
  const { form, schema, fieldOrder, checks, send, rules, created } = options;
  const { kms } = useAwsClients();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<{ header: string; message: string }>();

  const focusField = (path: string) => {
    const top = path.split('.')[0] ?? path;
    // Tag rows live inside the TagEditor, which takes focus as a whole.
    const target = (top === 'tags' ? top : path) as Path<T>;
    setTimeout(() => form.setFocus(target), 0);
  };

  const fieldError = (field: string, message: string) => {
    form.setError(field as Path<T>, { type: 'server', message });
    focusField(field);
  };

  const focusFirstError = () => {
    const parsed = schema.safeParse(form.getValues());
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    const first = firstInOrder(paths, fieldOrder);
    if (first) focusField(first);
  };

  const submitValid = async () => {
    const values = form.getValues();
    let keyArn: string | undefined;
    if (values.encryption) {
      const blocker = await checks.ensure();
      if (blocker) return fieldError(checks.field, blocker);
      try {
        keyArn = await keyArnToSend(kms, queryClient, values);
      } catch (error) {
        return fieldError(
          checks.field,
          `The key could not be resolved to its key ARN, which Transcribe needs: ${describeAwsError(error).message}`,
        );
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await send(values, keyArn);
        break;
      } catch (error) {
        const placement = placeResourceSubmitError(error, rules(values));
        if (placement.kind === 'session-expired') {
          const outcome = await handleSessionError(error);
          if (outcome === 'refreshed' && attempt === 0) continue;
          if (outcome === 'signed-out') return;
          setAlert({ header: 'Your session has ended', message: placement.message });
          return;
        }
        if (placement.kind === 'field') fieldError(placement.field, placement.message);
        else setAlert(placement);
        return;
      }
    }
    const { href, flash } = created(values);
    await navigate(href, { state: { flash } });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // One request per click: a second click or Enter while one is under way does nothing.
    if (busy.current) return;
    busy.current = true;
    setSubmitting(true);
    setAlert(undefined);
    void form
      .handleSubmit(submitValid, focusFirstError)()
      .finally(() => {
        busy.current = false;
        setSubmitting(false);
      });
  };

  return { onSubmit, submitting, alert };
}
