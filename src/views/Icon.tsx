/** Small inline SVG icons for the player (no icon font, no emoji: crisp at any zoom). */
export type IconName = "play" | "pause" | "back" | "forward" | "reset" | "end";

const PATHS: Record<IconName, string> = {
  play: "M7 4.5v15l12-7.5z",
  pause: "M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z",
  back: "M17 5v14L7 12zM5 5h2v14H5z",
  forward: "M7 5v14l10-7zM17 5h2v14h-2z",
  reset: "M6 5h2v14H6zM19 5v14L9 12z",
  end: "M5 5v14l10-7zM16 5h2v14h-2z",
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
