import { describe, expect, it } from 'vitest';
import { silentFlac, silentMp3, silentWav } from '../s3/media-samples';
import { probeMedia, sameFormat } from './media-probe';

describe('media probe', () => {
  it('reads WAV, FLAC and MP3 headers with their sample rates', () => {
    expect(probeMedia(silentWav(22050))).toEqual({ format: 'wav', sampleRate: 22050 });
    expect(probeMedia(silentFlac())).toEqual({ format: 'flac', sampleRate: 16000 });
    expect(probeMedia(silentMp3())).toEqual({ format: 'mp3', sampleRate: 48000 });
  });

  it('skips an ID3 tag before the first MP3 frame', () => {
    const tag = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 5, 1, 2, 3, 4, 5]);
    expect(probeMedia(Buffer.concat([tag, silentMp3()]))).toEqual({
      format: 'mp3',
      sampleRate: 48000,
    });
  });

  it('names the other containers', () => {
    expect(probeMedia(Buffer.from('OggS\0\x02'))).toEqual({ format: 'ogg' });
    expect(probeMedia(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x01]))).toEqual({ format: 'webm' });
    expect(probeMedia(Buffer.from('#!AMR\n\x3c'))).toEqual({ format: 'amr', sampleRate: 8000 });
    expect(probeMedia(Buffer.from('\0\0\0\x20ftypM4A \0\0'))).toEqual({ format: 'm4a' });
    expect(probeMedia(Buffer.from('\0\0\0\x20ftypisom\0\0'))).toEqual({ format: 'mp4' });
  });

  it('knows nothing about other bytes', () => {
    expect(probeMedia(Buffer.from('plain text, not audio'))).toEqual({});
    expect(probeMedia(Buffer.alloc(0))).toEqual({});
  });

  it('treats mp4 and m4a as one container', () => {
    expect(sameFormat('mp4', 'm4a')).toBe(true);
    expect(sameFormat('mp3', 'wav')).toBe(false);
  });
});
