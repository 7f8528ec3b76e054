/*
 * A field that says more when it loses focus (an error, a check's answer) moves what is below
 * it. When a press elsewhere took the focus, the button pressed can move away between the
 * press and the release, and the click is lost ("Create job" does nothing). So what a blur
 * shows waits until the press is over and its click delivered.
 */

let pressed = false;
const waiting: (() => void)[] = [];

function release() {
  pressed = false;
  // After the click that follows the release, which the browser dispatches in the same task.
  if (waiting.length) setTimeout(() => waiting.splice(0).forEach((run) => run()), 0);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Runs `run` now, or, while a pointer is pressed, once it is released and its click done. */
export function afterPointerRelease(run: () => void): void {
  if (pressed) waiting.push(run);
  else run();
}
