// Entry of the material-check thread when running from the sources (tests, benchmarks): neither tsx
// nor Vite's loader reaches a new thread, so the thread registers tsx itself (as the classifier's
// training thread does).
import { register } from 'tsx/esm/api';

register();
await import('./files.quality-worker.ts');
