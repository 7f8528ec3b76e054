import type { Run, TranscriptTurns, Turn } from '../transcript-turns';

/** `83.4` seconds as `1:23`. */
function clock(seconds: string | undefined): string | undefined {
  const value = Number(seconds);
  if (seconds === undefined || !Number.isFinite(value)) return undefined;
  const whole = Math.floor(value);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const MARK_TITLES: Record<NonNullable<Run['mark']>, string> = {
  pii: 'Redacted (PII)',
  masked: 'Masked by the vocabulary filter',
  tagged: 'Tagged by the vocabulary filter',
};

/** Plain runs are bare strings; only a marked word gets an element of its own. */
function RunText({ run }: { run: Run }) {
  if (!run.mark) return run.text;
  const title = run.types
    ? `${MARK_TITLES[run.mark]}: ${run.types.join(', ')}`
    : MARK_TITLES[run.mark];
  return (
    <mark title={title} data-mark={run.mark}>
      {run.text}
    </mark>
  );
}

function TurnText({ turn }: { turn: Turn }) {
  return (
    <>
      {turn.runs.map((run, index) => (
        <RunText key={index} run={run} />
      ))}
    </>
  );
}

/** True when the turns show something the plain text does not: labels or marked words. */
export function turnsWorthShowing(turns: TranscriptTurns | undefined): turns is TranscriptTurns {
  if (!turns) return false;
  return turns.by !== 'none' || turns.turns.some((turn) => turn.runs.some((run) => run.mark));
}

/**
 * Plain elements only (no Cloudscape component per turn), so a long transcript stays cheap;
 * `npm run bench transcript-preview` counts them.
 *
 * The transcript as speaker or channel turns (a list, one item per turn), or as one paragraph
 * with its marked words when the document has no turns.
 */
export function TranscriptTurnsView({ turns }: { turns: TranscriptTurns }) {
  const scroll = {
    role: 'region',
    'aria-label': 'Transcript text',
    // Long transcripts scroll inside the box; focusable so a keyboard can scroll it.
    tabIndex: 0,
    style: { whiteSpace: 'pre-wrap', maxHeight: 400, overflowY: 'auto' },
  } as const;
  if (turns.by === 'none')
    return (
      <div {...scroll}>
        {turns.turns.map((turn, index) => (
          <TurnText key={index} turn={turn} />
        ))}
      </div>
    );
  const labels = new Set(turns.turns.map((turn) => turn.label));
  const noun = turns.by === 'speaker' ? 'speaker' : 'channel';
  return (
    <div {...scroll}>
      <small>
        {labels.size} {noun}
        {labels.size === 1 ? '' : 's'}, {turns.turns.length} turn
        {turns.turns.length === 1 ? '' : 's'}, labelled as the transcript labels them.
      </small>
      <ol
        aria-label={turns.by === 'speaker' ? 'Speaker turns' : 'Channel turns'}
        style={{ listStyle: 'none', padding: 0 }}
      >
        {turns.turns.map((turn, index) => {
          const at = clock(turn.startTime);
          return (
            <li key={index} style={{ marginBlockEnd: 8 }}>
              <strong>{turn.label ?? 'unlabelled'}</strong>
              {at ? <span> ({at})</span> : null}
              {': '}
              <TurnText turn={turn} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
