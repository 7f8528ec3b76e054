import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import { I18nProvider } from '@cloudscape-design/components/i18n';
import messages from '@cloudscape-design/components/i18n/messages/all.en';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Control, useForm, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppConfig } from '@/config/config-context';
import { handleSessionError } from '@/lib/aws/clients';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { useKmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { rememberSentJob, sentJobOf } from '@/lib/transcribe/sent-jobs';
import { useStartTranscriptionJob } from '../api/start-transcription-job';
import {
  discardCreateJobDraft,
  isDraftDirty,
  keepCreateJobDraft,
  readCreateJobDraft,
} from '../draft-storage';
import {
  createJobSchema,
  type CreateJobFieldName,
  type CreateJobFormValues,
  emptyFormValues,
  firstErrorPath,
} from '../form-schema';
import type { CopiedJob } from '../from-job';
import { placeSubmitError, type SubmitErrorPlacement } from '../submit-error';
import { toStartTranscriptionJobInput } from '../to-request';
import { useCustomResources } from '../api/list-custom-resources';
import { sectionOfField } from '../job-options';
import { ApiRequestPreview } from './api-request-preview';
import { ConfigureJob, loadOptionBodies, type OpenSections } from './configure-job';
import { CopiedJobAlert, CopyJobLoader } from './copy-job';
import { DiscardDraftModal } from './discard-draft-modal';
import { InputData } from './input-data';
import { JobSettings } from './job-settings';
import { OutputData } from './output-data';
import { RestoredDraftAlert } from './restored-draft-alert';
import { TagsContainer } from './tags-container';

/** `draftOwner`: the signed-in user's `sub`; the form's draft is theirs alone. */
export function CreateJobPage({ draftOwner }: { draftOwner: string }) {
  const [params, setParams] = useSearchParams();
  const copyOf = params.get('copy');
  const [copied, setCopied] = useState<{ from: string; copy: CopiedJob }>();
  const onCopied = useCallback(
    (copy: CopiedJob) => {
      if (!copyOf) return;
      setCopied({ from: copyOf, copy });
      // Once filled, the form is the analyst's draft: a reload restores it, not the copy.
      setParams({}, { replace: true });
    },
    [copyOf, setParams],
  );
  return (
    <I18nProvider locale="en" messages={[messages]}>
      {copyOf && copied?.from !== copyOf ? (
        <CopyJobLoader name={copyOf} owner={draftOwner} onCopied={onCopied} />
      ) : (
        <CreateJobForm key={copied?.from ?? ''} draftOwner={draftOwner} copied={copied} />
      )}
    </I18nProvider>
  );
}

function CreateJobForm({
  draftOwner,
  copied,
}: {
  draftOwner: string;
  /** A job's settings to start from ("Copy"), instead of the draft. */
  copied?: { from: string; copy: CopiedJob };
}) {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const navigate = useNavigate();
  const startJob = useStartTranscriptionJob();
  // The custom resource lists the selects loaded (none are fetched here), so a vocabulary,
  // filter or model chosen from them is checked for its language and state before submit.
  const vocabularies = useCustomResources('vocabularies', false).data;
  const filters = useCustomResources('filters', false).data;
  const models = useCustomResources('models', false).data;
  const schema = useMemo(
    () =>
      createJobSchema({
        region: config.region,
        accountId,
        resources: { vocabularies, filters, models },
      }),
    [config.region, accountId, vocabularies, filters, models],
  );
  const [openSections, setOpenSections] = useState<OpenSections>({});
  const [restored, setRestored] = useState(() =>
    copied ? undefined : readCreateJobDraft(draftOwner),
  );
  const [copyNotice, setCopyNotice] = useState(copied);
  const form = useForm<CreateJobFormValues>({
    defaultValues: copied?.copy.values ?? restored?.values ?? emptyFormValues,
    resolver: zodResolver(schema),
    // Errors appear on the first submit, then follow the typing. Validating on blur would move
    // the buttons under the pointer between mousedown and click, and swallow the click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { control, handleSubmit, getValues, setError, setFocus, reset } = form;
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<Extract<SubmitErrorPlacement, { kind: 'alert' }>>();
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const encryption = useWatch({ control, name: 'encryption' });
  const checks = useKmsKeyChecks(control, {
    enabled: encryption,
    region: config.region,
    accountId,
  });

  const focusField = (path: string) => {
    const top = path.split('.')[0] as CreateJobFieldName;
    // Tag rows live inside the TagEditor, which takes focus as a whole.
    const target = top === 'tags' ? top : (path as CreateJobFieldName);
    const section = sectionOfField[top];
    if (section && !openSections[section]) {
      // The field is in a closed container: open it, and focus once its body is on the page.
      setOpenSections((open) => ({ ...open, [section]: true }));
      void loadOptionBodies().then(() => focusWhenRendered(() => setFocus(target)));
      return;
    }
    // Let the error render first, so focus lands on a field that says what is wrong.
    setTimeout(() => setFocus(target), 0);
  };

  const focusFirstError = () => {
    // The schema again rather than formState, which is a render-time snapshot here.
    const parsed = schema.safeParse(getValues());
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    const first = firstErrorPath(paths);
    if (first) focusField(first);
  };

  const submitValid = async () => {
    const values = getValues();
    if (values.encryption) {
      const blocker = await checks.ensure();
      if (blocker) {
        setError(checks.field, { type: 'key', message: blocker });
        focusField(checks.field);
        return;
      }
    }
    const input = toStartTranscriptionJobInput(values);
    const clickedAt = new Date();
    for (let attempt = 0; ; attempt++) {
      try {
        await startJob(input, clickedAt);
        break;
      } catch (error) {
        const placement = placeSubmitError(error, values);
        if (placement.kind === 'session-expired') {
          const outcome = await handleSessionError(error);
          // A refused signature created nothing, so one more try after a refresh is safe.
          if (outcome === 'refreshed' && attempt === 0) continue;
          if (outcome === 'signed-out') return; // on the way to sign in; the draft is kept
          setAlert({ kind: 'alert', header: 'Your session has ended', message: placement.message });
          return;
        }
        if (placement.kind === 'field') {
          setError(placement.field, { type: 'server', message: placement.message });
          focusField(placement.field);
        } else setAlert(placement);
        return;
      }
    }
    discardCreateJobDraft(draftOwner);
    const name = input.TranscriptionJobName ?? '';
    rememberSentJob(draftOwner, name, sentJobOf(input, checks.keyNames, clickedAt));
    await navigate(`/jobs/${encodeURIComponent(name)}`, {
      state: { flash: `Job ${name} created` },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // One request per click: a second click or Enter while one is under way does nothing.
    if (busy.current) return;
    busy.current = true;
    setSubmitting(true);
    setAlert(undefined);
    void handleSubmit(submitValid, focusFirstError)().finally(() => {
      busy.current = false;
      setSubmitting(false);
    });
  };

  const startEmpty = () => {
    setRestored(undefined);
    setAlert(undefined);
    discardCreateJobDraft(draftOwner);
    reset(emptyFormValues);
    // The notice and its button are gone: focus goes where the form starts.
    setTimeout(() => setFocus('name'), 0);
  };

  const cancel = () => {
    if (isDraftDirty(getValues())) setConfirmDiscard(true);
    else {
      discardCreateJobDraft(draftOwner);
      void navigate('/jobs');
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Form
        header={
          <Header
            variant="h1"
            description="Transcribe a media file in Amazon S3, with the transcript encrypted by a KMS key of your choice."
          >
            Create transcription job
          </Header>
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={cancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              formAction="submit"
              loading={submitting}
              loadingText="Creating job"
            >
              Create job
            </Button>
          </SpaceBetween>
        }
        errorText={alert ? `${alert.header}. ${alert.message}` : undefined}
        errorIconAriaLabel="Error"
      >
        <SpaceBetween size="l">
          {copyNotice ? (
            <CopiedJobAlert
              from={copyNotice.from}
              chooseAgain={copyNotice.copy.chooseAgain}
              onDismiss={() => setCopyNotice(undefined)}
            />
          ) : null}
          {restored ? (
            <RestoredDraftAlert
              savedAt={restored.savedAt}
              onKeep={() => setRestored(undefined)}
              onStartEmpty={startEmpty}
            />
          ) : null}
          <JobSettings control={control} />
          <InputData control={control} />
          <OutputData control={control} checks={checks} />
          <ConfigureJob
            control={control}
            open={openSections}
            onOpenChange={(section, expanded) =>
              setOpenSections((open) => ({ ...open, [section]: expanded }))
            }
          />
          <TagsContainer control={control} />
          <ApiRequestPreview control={control} region={config.region} />
        </SpaceBetween>
      </Form>
      <DraftKeeper control={control} owner={draftOwner} />
      <DiscardDraftModal
        visible={confirmDiscard}
        onKeep={() => setConfirmDiscard(false)}
        onDiscard={() => {
          setConfirmDiscard(false);
          discardCreateJobDraft(draftOwner);
          void navigate('/jobs');
        }}
      />
    </form>
  );
}

/**
 * Keeps the user's draft in sessionStorage as typed, so it survives a reload and a session
 * that ended in this tab. A component of its own so that each keystroke re-renders only it,
 * not the whole form.
 */
function DraftKeeper({ control, owner }: { control: Control<CreateJobFormValues>; owner: string }) {
  const values = useWatch({ control }) as CreateJobFormValues;
  useEffect(() => keepCreateJobDraft(owner, values), [owner, values]);
  return null;
}

/**
 * Calls `focus` on each of the next frames until focus has moved, for a field that appears
 * only once a container opened and its lazily loaded body rendered.
 */
function focusWhenRendered(focus: () => void, frames = 60): void {
  const before = document.activeElement;
  focus();
  if (document.activeElement !== before || frames <= 0) return;
  requestAnimationFrame(() => focusWhenRendered(focus, frames - 1));
}
