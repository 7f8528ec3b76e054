import * as sdk from '@aws-sdk/client-transcribe';
import { memberTypeChecks } from '../../core/json-member-types';
import { type JsonService, operationTable } from '../../core/service';
import { createLanguageModel } from './create-language-model';
import { createVocabulary } from './create-vocabulary';
import { createVocabularyFilter } from './create-vocabulary-filter';
import { deleteLanguageModel } from './delete-language-model';
import { deleteTranscriptionJob } from './delete-transcription-job';
import { deleteVocabulary } from './delete-vocabulary';
import { deleteVocabularyFilter } from './delete-vocabulary-filter';
import { describeLanguageModel } from './describe-language-model';
import { getTranscriptionJob } from './get-transcription-job';
import { getVocabulary } from './get-vocabulary';
import { getVocabularyFilter } from './get-vocabulary-filter';
import { resumeJobs } from './lifecycle';
import { listLanguageModels } from './list-language-models';
import { listTagsForResource } from './list-tags-for-resource';
import { listTranscriptionJobs } from './list-transcription-jobs';
import { listVocabularies } from './list-vocabularies';
import { listVocabularyFilters } from './list-vocabulary-filters';
import { downloadRoute } from './resource-downloads';
import { resumeResources } from './resource-lifecycle';
import { startTranscriptionJob } from './start-transcription-job';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateVocabulary } from './update-vocabulary';
import { updateVocabularyFilter } from './update-vocabulary-filter';

/** Amazon Transcribe: JSON 1.1, `X-Amz-Target: Transcribe.<Operation>`. */
export const transcribeService: JsonService = {
  id: 'transcribe',
  name: 'Transcribe',
  protocol: 'json',
  targetPrefix: 'Transcribe',
  messageMember: 'Message',
  memberTypes: memberTypeChecks(sdk),
  signed: 'all',
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: {
    code: 'LimitExceededException',
    status: 400,
    message: 'You have sent too many requests in too short a period of time.',
  },
  operations: operationTable({
    StartTranscriptionJob: startTranscriptionJob,
    GetTranscriptionJob: getTranscriptionJob,
    ListTranscriptionJobs: listTranscriptionJobs,
    DeleteTranscriptionJob: deleteTranscriptionJob,
    CreateVocabulary: createVocabulary,
    GetVocabulary: getVocabulary,
    ListVocabularies: listVocabularies,
    UpdateVocabulary: updateVocabulary,
    DeleteVocabulary: deleteVocabulary,
    CreateVocabularyFilter: createVocabularyFilter,
    GetVocabularyFilter: getVocabularyFilter,
    ListVocabularyFilters: listVocabularyFilters,
    UpdateVocabularyFilter: updateVocabularyFilter,
    DeleteVocabularyFilter: deleteVocabularyFilter,
    CreateLanguageModel: createLanguageModel,
    DescribeLanguageModel: describeLanguageModel,
    ListLanguageModels: listLanguageModels,
    DeleteLanguageModel: deleteLanguageModel,
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
  }),
  // Vocabularies' and language models' DownloadUri (see resource-downloads.ts).
  routes: [downloadRoute],
  // Jobs, vocabularies and language models that were in flight when the process stopped go on.
  onStart: (world) => {
    resumeJobs(world);
    resumeResources(world);
  },
};
