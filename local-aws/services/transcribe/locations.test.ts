import { describe, expect, it } from 'vitest';
import { formatFromKey, parseMediaUri, subtitleKey, transcriptKey } from './locations';

describe('media URIs', () => {
  it.each([
    ['s3://media/samples/a.wav', { bucket: 'media', key: 'samples/a.wav' }],
    ['https://s3.amazonaws.com/media/a%20b.mp3', { bucket: 'media', key: 'a b.mp3' }],
    ['https://s3.us-east-1.amazonaws.com/media/x/y.flac', { bucket: 'media', key: 'x/y.flac' }],
    ['https://media.s3.amazonaws.com/k.wav', { bucket: 'media', key: 'k.wav' }],
    ['https://media.s3.eu-west-1.amazonaws.com/k.wav', { bucket: 'media', key: 'k.wav' }],
    ['http://127.0.0.1:4566/media/k.wav', { bucket: 'media', key: 'k.wav' }],
  ])('reads %s', (uri, location) => {
    expect(parseMediaUri(uri, 'http://127.0.0.1:4566')).toEqual(location);
  });

  it.each([
    's3://media',
    's3://media/',
    'https://example.com/media/k.wav',
    'http://s3.amazonaws.com/media/k.wav',
    'http://127.0.0.1:9999/media/k.wav',
    'https://s3.amazonaws.com/media',
  ])('refuses %s', (uri) => {
    expect(parseMediaUri(uri, 'http://127.0.0.1:4566')).toBeUndefined();
  });

  it('detects the format from the extension', () => {
    expect(formatFromKey('samples/meeting.WAV')).toBe('wav');
    expect(formatFromKey('a.m4a')).toBe('m4a');
    expect(formatFromKey('a.aac')).toBeUndefined();
    expect(formatFromKey('noextension')).toBeUndefined();
  });
});

describe('transcript keys (AWS OutputKey rules)', () => {
  it('uses NAME.json without a key', () => {
    expect(transcriptKey('job', undefined)).toBe('job.json');
  });
  it('treats a key ending in / as a folder', () => {
    expect(transcriptKey('job', 'out/2026/')).toBe('out/2026/job.json');
  });
  it('treats a key ending in .json as the file name', () => {
    expect(transcriptKey('job', 'out/my-transcript.json')).toBe('out/my-transcript.json');
  });
  it('treats any other key as a folder', () => {
    expect(transcriptKey('job', 'my-transcript')).toBe('my-transcript/job.json');
  });
  it('puts subtitles beside the transcript', () => {
    expect(subtitleKey('out/job.json', 'vtt')).toBe('out/job.vtt');
  });
});
