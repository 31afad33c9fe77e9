import { describe, expect, it } from 'vitest';
import { checkFileType, cleanFileName, detectFileType } from './files.detect';

const PDF = Buffer.from('%PDF-1.7\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xdb]);

describe('file type by content', () => {
  it('recognises PDF, PNG and JPEG by their first bytes only', () => {
    expect(detectFileType(PDF)).toBe('application/pdf');
    expect(detectFileType(PNG)).toBe('image/png');
    expect(detectFileType(JPEG)).toBe('image/jpeg');
    expect(detectFileType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectFileType(Buffer.from('PK\x03\x04'))).toBeNull();
    expect(detectFileType(Buffer.from('%PD'))).toBeNull();
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
  });

  it('catches names and declared types that lie', () => {
    expect(checkFileType('image/png', 'scan.pdf', 'application/pdf')).toEqual({ kind: 'extension', detected: 'image/png', extension: 'pdf' });
    expect(checkFileType('application/pdf', 'form.pdf', 'image/png')).toEqual({ kind: 'declared', detected: 'application/pdf', declared: 'image/png' });
    expect(checkFileType('application/pdf', 'noextension', 'application/pdf')).toMatchObject({ kind: 'extension', extension: '' });
    expect(checkFileType(null, 'a.pdf', 'application/pdf')).toEqual({ kind: 'unsupported' });
  });

  it('accepts honest files, generic declared types and the image/jpg alias', () => {
    expect(checkFileType('application/pdf', '申请书.PDF', 'application/pdf')).toBeNull();
    expect(checkFileType('image/jpeg', 'photo.jpeg', 'image/jpg')).toBeNull();
    expect(checkFileType('image/jpeg', 'photo.jpg', 'application/octet-stream')).toBeNull();
    expect(checkFileType('image/png', 'x.png', undefined)).toBeNull();
  });

  it('cleans file names', () => {
    expect(cleanFileName('C:\\Users\\me\\身份证.pdf')).toBe('身份证.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a"b\u0000.pdf')).toBe('ab.pdf');
    expect(cleanFileName('')).toBe('file');
  });
});
