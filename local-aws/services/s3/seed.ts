import type { World } from '../../core/types';
import type { SeedSpec } from '../../seed/seed';

export function seedS3(_world: World, _spec?: SeedSpec): void {}
