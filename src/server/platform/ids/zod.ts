// Pure and shared with the web app: the code lives in src/shared (see src/shared/README.md).
export * from '../../../shared/ids/zod';
