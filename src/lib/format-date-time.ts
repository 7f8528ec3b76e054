/**
 * A time in the reader's own time zone, with the zone named, as the AWS console shows times.
 * Lists leave out the seconds to keep their columns narrow. `timeZone` is for tests.
 */
export function formatDateTime(
  date: Date | undefined,
  options: { seconds?: boolean; timeZone?: string } = {},
): string {
  if (!date || Number.isNaN(date.getTime())) return '-';
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: options.seconds === false ? undefined : '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone: options.timeZone,
  }).format(date);
}
