import { operationTable, type QueryService } from '../../core/service';
import { getCallerIdentity } from './get-caller-identity';

/** STS: the query protocol, a form POST with `Action=<Operation>`. */
export const stsService: QueryService = {
  id: 'sts',
  name: 'STS',
  protocol: 'query',
  xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/',
  signed: 'all',
  accessDenied: { code: 'AccessDenied', status: 403 },
  throttling: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
  operations: operationTable({
    GetCallerIdentity: getCallerIdentity,
  }),
};
