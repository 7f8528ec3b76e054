/**
 * Speaker and channel turns of Transcribe's output document, with the words a job changed
 * marked as the file writes them: `[PII]` for redacted entities, `***` for words a vocabulary
 * filter masked, `vocabularyFilterMatch: true` on words it tagged. Where the turns come from,
 * first found wins:
 * 1. `audio_segments` whose segments carry `speaker_label` or `channel_label`;
 * 2. `items` that carry `speaker_label` or `channel_label`;
 * 3. `speaker_labels.segments` (older documents): each word in the segment whose time holds it;
 * 4. `channel_labels.channels` (older documents): each channel's words, merged by time.
 * A turn's text is a few runs (plain text between marked words), never one run per word, so a
 * long transcript renders as one element per turn plus one per marked word.
 */

export type WordMark = 'pii' | 'masked' | 'tagged';

export interface Run {
  text: string;
  mark?: WordMark;
  /** For a `[PII]` word: the entity types the file names ("NAME"). */
  types?: string[];
}

export interface Turn {
  /** As the file writes it: `spk_0`, `ch_1`; absent when the document has no turns. */
  label?: string;
  /** Seconds, as the file writes them. */
  startTime?: string;
  runs: Run[];
}

export interface TranscriptTurns {
  by: 'speaker' | 'channel' | 'none';
  turns: Turn[];
}

interface Alternative {
  content?: unknown;
  redactions?: unknown;
}

interface Item {
  type?: unknown;
  alternatives?: unknown;
  start_time?: unknown;
  speaker_label?: unknown;
  channel_label?: unknown;
  vocabularyFilterMatch?: unknown;
}

interface Token {
  content: string;
  punctuation: boolean;
  mark?: WordMark;
  types?: string[];
  startTime?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** One item of the document as a word or a punctuation mark; undefined for a malformed item. */
function tokenOf(raw: unknown): Token | undefined {
  if (!isRecord(raw)) return undefined;
  const item = raw as Item;
  const first = arrayOf(item.alternatives)[0];
  if (!isRecord(first)) return undefined;
  const alternative = first as Alternative;
  const content = text(alternative.content);
  if (content === undefined) return undefined;
  const token: Token = {
    content,
    punctuation: item.type === 'punctuation',
    startTime: text(item.start_time),
  };
  const redactions = arrayOf(alternative.redactions).filter(isRecord);
  if (redactions.length > 0 || content === '[PII]') {
    token.mark = 'pii';
    const types = redactions.map((r) => text(r.type)).filter((t): t is string => !!t);
    if (types.length > 0) token.types = types;
  } else if (content === '***') token.mark = 'masked';
  else if (item.vocabularyFilterMatch === true) token.mark = 'tagged';
  return token;
}

/** Words joined as Transcribe joins them: a space before each word, none before punctuation. */
function toRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let plain = '';
  for (const token of tokens) {
    const space = token.punctuation || (plain === '' && runs.length === 0) ? '' : ' ';
    if (!token.mark) {
      plain += space + token.content;
      continue;
    }
    plain += space;
    if (plain) runs.push({ text: plain });
    plain = '';
    runs.push({
      text: token.content,
      mark: token.mark,
      ...(token.types ? { types: token.types } : {}),
    });
  }
  if (plain) runs.push({ text: plain });
  return runs;
}

interface LabelledToken extends Token {
  label: string | undefined;
}

/** Consecutive tokens of one label make one turn; punctuation stays with the word before. */
function group(tokens: readonly LabelledToken[]): Turn[] {
  const turns: { label?: string; startTime?: string; tokens: Token[] }[] = [];
  for (const token of tokens) {
    const current = turns.at(-1);
    const label = token.punctuation ? (current?.label ?? token.label) : token.label;
    if (current && current.label === label) current.tokens.push(token);
    else turns.push({ label, startTime: token.startTime, tokens: [token] });
  }
  return turns.map(({ label, startTime, tokens: words }) => ({
    ...(label !== undefined ? { label } : {}),
    ...(startTime !== undefined ? { startTime } : {}),
    runs: toRuns(words),
  }));
}

type By = 'speaker' | 'channel';
const labelKey = (by: By) => (by === 'speaker' ? 'speaker_label' : 'channel_label');

function fromAudioSegments(results: Record<string, unknown>, items: unknown[], by: By) {
  const tokens: LabelledToken[] = [];
  for (const segment of arrayOf(results.audio_segments).filter(isRecord)) {
    const label = text(segment[labelKey(by)]);
    for (const id of arrayOf(segment.items)) {
      const token = typeof id === 'number' ? tokenOf(items[id]) : undefined;
      if (token) tokens.push({ ...token, label });
    }
  }
  return group(tokens);
}

function fromItems(items: unknown[], by: By) {
  const tokens: LabelledToken[] = [];
  for (const item of items) {
    const token = tokenOf(item);
    if (token)
      tokens.push({ ...token, label: isRecord(item) ? text(item[labelKey(by)]) : undefined });
  }
  return group(tokens);
}

/** Older documents: the speaker of each word is the segment whose time span holds it. */
function fromSpeakerSegments(segments: Record<string, unknown>[], items: unknown[]) {
  const spans = segments.map((segment) => ({
    label: text(segment.speaker_label),
    start: Number(segment.start_time),
    end: Number(segment.end_time),
  }));
  let at = 0;
  const tokens: LabelledToken[] = [];
  for (const item of items) {
    const token = tokenOf(item);
    if (!token) continue;
    const time = Number(token.startTime);
    // Words come in time order, so the search only moves forward.
    if (!token.punctuation && Number.isFinite(time))
      while (at < spans.length - 1 && time >= spans[at]!.end) at++;
    tokens.push({ ...token, label: spans[at]?.label });
  }
  return group(tokens);
}

/** Older documents: each channel's items apart; merged by time, punctuation after its word. */
function fromChannels(channels: Record<string, unknown>[]) {
  const timed: { time: number; order: number; token: LabelledToken }[] = [];
  for (const channel of channels) {
    const label = text(channel.channel_label);
    let time = 0;
    for (const item of arrayOf(channel.items)) {
      const token = tokenOf(item);
      if (!token) continue;
      const start = Number(token.startTime);
      if (!token.punctuation && Number.isFinite(start)) time = start;
      timed.push({ time, order: timed.length, token: { ...token, label } });
    }
  }
  timed.sort((a, b) => a.time - b.time || a.order - b.order);
  return group(timed.map((entry) => entry.token));
}

/**
 * The turns of a document's `results`, or one unlabelled turn of its items when it has no
 * speakers or channels (so that redacted and filtered words are still marked). Returns
 * undefined when the document has no items to build from.
 */
export function buildTurns(results: unknown): TranscriptTurns | undefined {
  if (!isRecord(results)) return undefined;
  const items = arrayOf(results.items);
  const segments = arrayOf(results.audio_segments).filter(isRecord);
  for (const by of ['speaker', 'channel'] as const) {
    if (segments.some((segment) => text(segment[labelKey(by)]) !== undefined))
      return { by, turns: fromAudioSegments(results, items, by) };
    if (items.some((item) => isRecord(item) && text(item[labelKey(by)]) !== undefined))
      return { by, turns: fromItems(items, by) };
  }
  const speakers = isRecord(results.speaker_labels)
    ? arrayOf(results.speaker_labels.segments).filter(isRecord)
    : [];
  if (speakers.length > 0) return { by: 'speaker', turns: fromSpeakerSegments(speakers, items) };
  const channels = isRecord(results.channel_labels)
    ? arrayOf(results.channel_labels.channels).filter(isRecord)
    : [];
  if (channels.length > 0) return { by: 'channel', turns: fromChannels(channels) };
  if (items.length === 0) return undefined;
  return {
    by: 'none',
    turns: group(
      items.flatMap((item) => tokenOf(item) ?? []).map((t) => ({ ...t, label: undefined })),
    ),
  };
}
