// Entry of the training worker thread. The server and the tests run TypeScript through tsx (the
// server) or Vite (Vitest), and neither loader reaches a new thread, so the thread registers tsx
// itself before importing the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./train-worker.ts');
