import * as sdk from '@aws-sdk/client-kms';
import { memberTypeChecks } from '../../core/json-member-types';
import { type JsonService, operationTable } from '../../core/service';
import { cancelKeyDeletion } from './cancel-key-deletion';
import { createAlias } from './create-alias';
import { createKey } from './create-key';
import { decrypt } from './decrypt';
import { deleteAlias } from './delete-alias';
import { describeKey } from './describe-key';
import { disableKey } from './disable-key';
import { disableKeyRotation } from './disable-key-rotation';
import { enableKey } from './enable-key';
import { enableKeyRotation } from './enable-key-rotation';
import { encrypt } from './encrypt';
import { generateDataKey } from './generate-data-key';
import { getKeyPolicy } from './get-key-policy';
import { getKeyRotationStatus } from './get-key-rotation-status';
import { listAliases } from './list-aliases';
import { listKeys } from './list-keys';
import { listResourceTags } from './list-resource-tags';
import { putKeyPolicy } from './put-key-policy';
import { scheduleKeyDeletion } from './schedule-key-deletion';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateAlias } from './update-alias';
import { updateKeyDescription } from './update-key-description';

/** KMS: JSON 1.1, `X-Amz-Target: TrentService.<Operation>`. */
export const kmsService: JsonService = {
  id: 'kms',
  name: 'KMS',
  protocol: 'json',
  targetPrefix: 'TrentService',
  messageMember: 'message',
  memberTypes: memberTypeChecks(sdk),
  signed: 'all',
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  operations: operationTable({
    CancelKeyDeletion: cancelKeyDeletion,
    CreateAlias: createAlias,
    CreateKey: createKey,
    Decrypt: decrypt,
    DeleteAlias: deleteAlias,
    DescribeKey: describeKey,
    DisableKey: disableKey,
    DisableKeyRotation: disableKeyRotation,
    EnableKey: enableKey,
    EnableKeyRotation: enableKeyRotation,
    Encrypt: encrypt,
    GenerateDataKey: generateDataKey,
    GetKeyPolicy: getKeyPolicy,
    GetKeyRotationStatus: getKeyRotationStatus,
    ListAliases: listAliases,
    ListKeys: listKeys,
    ListResourceTags: listResourceTags,
    PutKeyPolicy: putKeyPolicy,
    ScheduleKeyDeletion: scheduleKeyDeletion,
    TagResource: tagResource,
    UntagResource: untagResource,
    UpdateAlias: updateAlias,
    UpdateKeyDescription: updateKeyDescription,
  }),
};
