import { describe, expect, it } from 'vitest';
import type { FormField } from '../../../shared/catalog/catalog.wire';
import { checkFieldValue, checkUploadFile, describeResidentId, sniffFileType } from './validation';

const texts = { number: 'NUM', tooLong: 'LONG', date: 'DATE', option: 'OPT' };
const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'f',
  labelZh: '字段',
  labelEn: 'Field',
  type,
  required: true,
  ...extra,
});

describe('form field checks mirror the server', () => {
  it('accepts valid identifiers and normalises them', () => {
    expect(checkFieldValue(field('idNumber'), '11010519491231002x', 'zh-CN', texts)).toEqual({ ok: true, value: '11010519491231002X' });
    expect(checkFieldValue(field('uscc'), '91350100m000100y43', 'zh-CN', texts)).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkFieldValue(field('mobile'), '13812345678', 'zh-CN', texts)).toEqual({ ok: true, value: '13812345678' });
  });

  it('explains a wrong check character in the UI language', () => {
    const r = checkFieldValue(field('idNumber'), '110105194912310021', 'en-US', texts);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/check/i);
    const zh = checkFieldValue(field('uscc'), '91350100M000100Y44', 'zh-CN', texts);
    expect(!zh.ok && zh.message).toMatch(/校验/);
  });

  it('refuses bad numbers, dates, options and mobiles', () => {
    expect(checkFieldValue(field('number'), 'abc', 'zh-CN', texts)).toEqual({ ok: false, message: 'NUM' });
    expect(checkFieldValue(field('number'), '80', 'zh-CN', texts)).toEqual({ ok: true, value: 80 });
    expect(checkFieldValue(field('date'), '2026-02-30', 'zh-CN', texts)).toEqual({ ok: false, message: 'DATE' });
    const select = field('select', { options: [{ value: 'a', labelZh: '甲', labelEn: 'A' }] });
    expect(checkFieldValue(select, 'b', 'zh-CN', texts)).toEqual({ ok: false, message: 'OPT' });
    expect(checkFieldValue(field('mobile'), '12345678901', 'zh-CN', texts).ok).toBe(false);
    expect(checkFieldValue(field('text'), 'x'.repeat(501), 'zh-CN', texts)).toEqual({ ok: false, message: 'LONG' });
  });

  it('reads birth date and sex from a valid resident ID', () => {
    expect(describeResidentId('440524188001010014', 'zh-CN')).toMatchObject({ ok: true, birthDate: '1880-01-01', sex: 'M' });
  });
});

describe('upload checks', () => {
  const file = (bytes: number[], name: string) => Object.assign(new Blob([new Uint8Array(bytes)]), { name });
  const pdf = [...'%PDF-1.4\n'].map((c) => c.charCodeAt(0));

  it('recognises PDF, JPEG and PNG by content', () => {
    expect(sniffFileType(new Uint8Array(pdf))).toBe('pdf');
    expect(sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFileType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });

  it('refuses empty files, other types and names that lie', async () => {
    expect(await checkUploadFile(file(pdf, 'a.pdf'))).toBeNull();
    expect(await checkUploadFile(file([], 'a.pdf'))).toBe('empty');
    expect(await checkUploadFile(file([0x50, 0x4b, 0x03, 0x04], 'a.docx'))).toBe('type');
    expect(await checkUploadFile(file(pdf, 'a.png'))).toBe('nameLies');
  });
});
