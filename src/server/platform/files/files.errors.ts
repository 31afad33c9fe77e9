import { defineErrors } from '../errors';

/** Error codes of the file store. */
export const FILE_ERR = defineErrors({
  FILE_MISSING: { kind: 'bad_input', zh: '请选择要上传的文件（字段名 file）', en: 'Attach the file to upload (form field "file")' },
  FILE_EMPTY: { kind: 'bad_input', zh: '上传的文件是空的', en: 'The uploaded file is empty' },
  FILE_TOO_LARGE: { kind: 'too_large', zh: '文件超过 {limitMb} MB 的上限', en: 'The file is larger than the {limitMb} MB limit' },
  FILE_TYPE_UNSUPPORTED: {
    kind: 'unsupported_media',
    zh: '只能上传 PDF、JPEG 或 PNG 文件，该文件的内容不是其中任何一种',
    en: 'Only PDF, JPEG or PNG files are accepted; the content of this file is none of them',
  },
  FILE_NAME_LIES: {
    kind: 'unsupported_media',
    zh: '文件内容是 {detected}，但文件名“{name}”的扩展名是“{extension}”；请使用正确的文件或扩展名',
    en: 'The content is {detected} but the file name “{name}” ends in “{extension}”; upload the right file or fix its name',
  },
  FILE_TYPE_LIES: {
    kind: 'unsupported_media',
    zh: '文件内容是 {detected}，但声明的类型是 {declared}',
    en: 'The content is {detected} but the declared type is {declared}',
  },
  MATERIAL_REFUSED: { kind: 'bad_input', zh: '材料未通过自动检查：{reason}', en: 'The material did not pass the automatic check: {reasonEn}' },
  FILE_NOT_FOUND: { kind: 'not_found', zh: '文件不存在', en: 'No such file' },
  UPLOAD_QUOTA_COUNT: { kind: 'rate_limited', zh: '24 小时内最多上传 {count} 个文件，请稍后再试', en: 'At most {count} uploads per 24 hours; try again later' },
  UPLOAD_QUOTA_SIZE: { kind: 'rate_limited', zh: '24 小时内最多上传 {mb} MB，请稍后再试', en: 'At most {mb} MB of uploads per 24 hours; try again later' },
});
