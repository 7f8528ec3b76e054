import type { JsonHandler, World } from '../../core/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const transcribeOperations: Record<string, JsonHandler<any, any>> = {};

export function transcribeOnStart(_world: World): void {}
