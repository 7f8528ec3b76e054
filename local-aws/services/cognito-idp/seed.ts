import type { World } from '../../core/types';
import type { SeedSpec } from '../../seed/seed';

export function seedCognito(_world: World, _spec?: SeedSpec): void {}
