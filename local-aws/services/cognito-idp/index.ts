import type { ExtraRoute } from '..';
import type { JsonHandler } from '../../core/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cognitoIdpOperations: Record<string, JsonHandler<any, any>> = {};

export const cognitoIdpRoutes: ExtraRoute[] = [];
