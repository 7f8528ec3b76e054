import { describe, expect, it } from 'vitest';
import { crc16, crc8, silentFlac, silentMp3, silentWav } from './media-samples';

const check = Buffer.from('123456789');

describe('generated media samples', () => {
  it("use FLAC's CRCs (CRC-8/ATM and CRC-16/UMTS check values)", () => {
    expect(crc8(check)).toBe(0xf4);
    expect(crc16(check)).toBe(0xfee8);
  });

  it('WAV: a RIFF/WAVE PCM header whose sizes add up', () => {
    const wav = silentWav(8000, 200);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(400);
  });

  it('MP3: back-to-back MPEG-1 Layer III frames of the length their header implies', () => {
    const mp3 = silentMp3(4);
    expect(mp3.length).toBe(4 * 96);
    for (let offset = 0; offset < mp3.length; offset += 96) {
      const header = mp3.readUInt32BE(offset);
      expect(header >>> 21).toBe(0x7ff); // frame sync
      expect((header >>> 19) & 3).toBe(3); // MPEG-1
      expect((header >>> 17) & 3).toBe(1); // Layer III
      expect((header >>> 12) & 15).toBe(1); // 32 kbit/s
      expect((header >>> 10) & 3).toBe(1); // 48 kHz
    }
  });

  it('FLAC: STREAMINFO matches the frames, and each frame carries valid CRCs', () => {
    const flac = silentFlac(16);
    expect(flac.toString('ascii', 0, 4)).toBe('fLaC');
    expect(flac[4]).toBe(0x80); // last metadata block, STREAMINFO
    const info = flac.subarray(8, 42);
    const packed = info.readBigUInt64BE(10);
    expect(Number(packed >> 44n)).toBe(16000);
    expect(packed & 0xfffffffffn).toBe(4096n);
    const frames = flac.subarray(42);
    const size = info.readUIntBE(4, 3);
    expect(frames.length).toBe(16 * size);
    for (let n = 0; n < 16; n++) {
      const frame = frames.subarray(n * size, (n + 1) * size);
      expect(frame.readUInt16BE(0) & 0xfffe).toBe(0xfff8);
      expect(crc8(frame.subarray(0, 5))).toBe(frame[5]);
      expect(crc16(frame.subarray(0, size - 2))).toBe(frame.readUInt16BE(size - 2));
    }
  });
});
