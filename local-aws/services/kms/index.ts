import { type JsonService, operationTable } from '../../core/service';
import { createAlias } from './create-alias';
import { createKey } from './create-key';
import { decrypt } from './decrypt';
import { describeKey } from './describe-key';
import { disableKey } from './disable-key';
import { enableKey } from './enable-key';
import { encrypt } from './encrypt';
import { generateDataKey } from './generate-data-key';
import { getKeyPolicy } from './get-key-policy';
import { listAliases } from './list-aliases';
import { listKeys } from './list-keys';
import { putKeyPolicy } from './put-key-policy';
import { scheduleKeyDeletion } from './schedule-key-deletion';

/** KMS: JSON 1.1, `X-Amz-Target: TrentService.<Operation>`. */
export const kmsService: JsonService = {
  id: 'kms',
  name: 'KMS',
  protocol: 'json',
  targetPrefix: 'TrentService',
  messageMember: 'message',
  signed: 'all',
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  operations: operationTable({
    CreateAlias: createAlias,
    CreateKey: createKey,
    Decrypt: decrypt,
    DescribeKey: describeKey,
    DisableKey: disableKey,
    EnableKey: enableKey,
    Encrypt: encrypt,
    GenerateDataKey: generateDataKey,
    GetKeyPolicy: getKeyPolicy,
    ListAliases: listAliases,
    ListKeys: listKeys,
    PutKeyPolicy: putKeyPolicy,
    ScheduleKeyDeletion: scheduleKeyDeletion,
  }),
};
