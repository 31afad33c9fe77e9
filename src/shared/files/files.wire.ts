import type { WireOf } from '../wire';
import type { uploadedFileSchema } from './files.schemas';

/** An upload's answer as the browser receives it (see wire.ts). */
export type UploadedFile = WireOf<typeof uploadedFileSchema>;
