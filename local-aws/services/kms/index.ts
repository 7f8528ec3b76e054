import type { JsonHandler } from '../../core/types';
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

/** KMS operations by name (`TrentService.<Operation>`). */
// Each handler is typed with its own SDK input and output; the map erases them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const kmsOperations: Record<string, JsonHandler<any, any>> = {
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
};
