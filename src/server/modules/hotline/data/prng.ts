// The seeded generator moved to the platform so every module's demo and simulation share it.
export * from '../../../platform/random';
