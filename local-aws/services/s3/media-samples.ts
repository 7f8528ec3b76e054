import { createHash } from 'node:crypto';

// Small but well-formed media files for the seeded bucket, built in code (no binaries in git).
// Each is a fraction of a second of silence.

/** RIFF/WAVE, PCM 16-bit mono at `sampleRate`, `samples` zero samples. */
export function silentWav(sampleRate = 8000, samples = 200): Buffer {
  const dataBytes = samples * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16); // fmt chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * 2, 28); // byte rate
  out.writeUInt16LE(2, 32); // block align
  out.writeUInt16LE(16, 34); // bits per sample
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  return out;
}

/**
 * MPEG-1 Layer III frames, 32 kbit/s, 48 kHz, mono, no CRC: each frame is exactly
 * 144 × 32000 / 48000 = 96 bytes; zeroed side information means no coded audio (silence).
 */
export function silentMp3(frames = 4): Buffer {
  const frame = Buffer.alloc(96);
  frame.set([0xff, 0xfb, 0x14, 0xc4], 0);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

export function crc8(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export function crc16(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/**
 * A FLAC stream: `fLaC`, a STREAMINFO block, and `frames` fixed-size frames of 256 samples,
 * 16 kHz, mono, 16 bits, each a CONSTANT subframe of zero, with real CRC-8/CRC-16.
 */
export function silentFlac(frames = 16): Buffer {
  const blockSize = 256;
  const sampleRate = 16000;
  const frameBuffers: Buffer[] = [];
  for (let n = 0; n < frames; n++) {
    // Frame numbers below 128 are one byte in FLAC's UTF-8-like coding.
    const header = Buffer.from([0xff, 0xf8, 0x85, 0x08, n]);
    const withCrc8 = Buffer.concat([header, Buffer.from([crc8(header)])]);
    const body = Buffer.concat([withCrc8, Buffer.from([0x00, 0x00, 0x00])]);
    const crc = Buffer.alloc(2);
    crc.writeUInt16BE(crc16(body));
    frameBuffers.push(Buffer.concat([body, crc]));
  }
  const frameSize = frameBuffers[0]!.length;
  const info = Buffer.alloc(34);
  info.writeUInt16BE(blockSize, 0);
  info.writeUInt16BE(blockSize, 2);
  info.writeUIntBE(frameSize, 4, 3);
  info.writeUIntBE(frameSize, 7, 3);
  const totalSamples = BigInt(blockSize * frames);
  // 20 bits sample rate, 3 bits channels−1, 5 bits bits-per-sample−1, 36 bits total samples.
  const packed =
    (BigInt(sampleRate) << 44n) | (0n << 41n) | (15n << 36n) | (totalSamples & 0xfffffffffn);
  info.writeBigUInt64BE(packed, 10);
  // MD5 of the decoded samples: all zero bytes.
  const md5 = createHash('md5')
    .update(Buffer.alloc(blockSize * frames * 2))
    .digest();
  md5.copy(info, 18);
  const blockHeader = Buffer.from([0x80, 0x00, 0x00, 34]); // last block, STREAMINFO, length 34
  return Buffer.concat([Buffer.from('fLaC', 'ascii'), blockHeader, info, ...frameBuffers]);
}
