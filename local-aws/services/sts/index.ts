import type { QueryHandler } from '..';
import { getCallerIdentity } from './get-caller-identity';

export const stsOperations: Record<string, QueryHandler> = {
  GetCallerIdentity: getCallerIdentity,
};
