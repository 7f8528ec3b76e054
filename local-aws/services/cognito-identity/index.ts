import type { JsonHandler } from '../../core/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cognitoIdentityOperations: Record<string, JsonHandler<any, any>> = {};
