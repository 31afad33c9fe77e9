// Shared with the web app (src/shared/README.md).
export * from '../../../shared/queue/queue.schemas';
