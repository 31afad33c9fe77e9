import { describe, expect, it } from 'vitest';
import { createLocalCardReader, maskName } from './cardReader';

const card = { idNumber: '150203198805171234', name: '王晓明', sex: 'M' as const, birthDate: '1988-05-17', address: '', issuer: '', validUntil: '' };

describe('the local card reader', () => {
  it('gives the card placed while a read waits, and nothing after an abort', async () => {
    const reader = createLocalCardReader();
    expect(await reader.available()).toBe(true);
    const ctl = new AbortController();
    const read = reader.read(ctl.signal);
    reader.place(card);
    await expect(read).resolves.toEqual(card);

    const aborted = new AbortController();
    const next = reader.read(aborted.signal);
    aborted.abort();
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
    reader.place(card);
  });
});

describe('maskName', () => {
  it('keeps the first and last character', () => {
    expect(maskName('王晓明')).toBe('王*明');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳春花')).toBe('欧**花');
    expect(maskName('王')).toBe('王');
  });
});
