import type { MediaFormat } from '@aws-sdk/client-transcribe';

/**
 * What Transcribe learns from a media file's first bytes: its container format and, where
 * the header says, its sample rate. The emulator does not decode audio; headers suffice for
 * the checks Transcribe makes (MediaFormat and MediaSampleRateHertz must match the file).
 */
export interface MediaProbe {
  format?: MediaFormat;
  sampleRate?: number;
}

const MPEG_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

function wav(bytes: Buffer): MediaProbe {
  // Walk the RIFF chunks to `fmt `; its sample rate is 4 bytes into the chunk body.
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ' && offset + 16 <= bytes.length)
      return { format: 'wav', sampleRate: bytes.readUInt32LE(offset + 12) };
    offset += 8 + size + (size % 2);
  }
  return { format: 'wav' };
}

function flac(bytes: Buffer): MediaProbe {
  // STREAMINFO is the first metadata block; the rate is its 20 bits from byte 10.
  if (bytes.length < 21) return { format: 'flac' };
  const rate = (bytes[18]! << 12) | (bytes[19]! << 4) | (bytes[20]! >> 4);
  return { format: 'flac', sampleRate: rate || undefined };
}

function mp3(bytes: Buffer): MediaProbe | undefined {
  let offset = 0;
  if (bytes.toString('ascii', 0, 3) === 'ID3' && bytes.length >= 10) {
    // The ID3v2 size is four 7-bit bytes ("syncsafe").
    const size =
      ((bytes[6]! & 0x7f) << 21) |
      ((bytes[7]! & 0x7f) << 14) |
      ((bytes[8]! & 0x7f) << 7) |
      (bytes[9]! & 0x7f);
    offset = 10 + size;
  }
  if (offset + 4 > bytes.length) return offset > 0 ? { format: 'mp3' } : undefined;
  const [b0, b1, b2] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return offset > 0 ? { format: 'mp3' } : undefined;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  if (layer !== 1) return undefined; // Layer III only
  const rate = MPEG_RATES[version]?.[(b2 >> 2) & 3];
  return { format: 'mp3', sampleRate: rate };
}

export function probeMedia(bytes: Buffer): MediaProbe {
  const ascii = (start: number, end: number) => bytes.toString('ascii', start, end);
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return wav(bytes);
  if (ascii(0, 4) === 'fLaC') return flac(bytes);
  if (ascii(0, 4) === 'OggS') return { format: 'ogg' };
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) return { format: 'webm' };
  if (ascii(0, 9) === '#!AMR-WB\n') return { format: 'amr', sampleRate: 16000 };
  if (ascii(0, 6) === '#!AMR\n') return { format: 'amr', sampleRate: 8000 };
  if (ascii(4, 8) === 'ftyp') return { format: ascii(8, 12) === 'M4A ' ? 'm4a' : 'mp4' };
  return mp3(bytes) ?? {};
}

/** MP4 and M4A are the same container: either name fits either file. */
export function sameFormat(a: MediaFormat, b: MediaFormat): boolean {
  const family = (f: MediaFormat) => (f === 'm4a' ? 'mp4' : f);
  return family(a) === family(b);
}
