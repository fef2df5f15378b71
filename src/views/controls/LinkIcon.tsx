/** A chain: closed when the two axes are linked, broken when they are set separately. */
export function LinkIcon({ linked }: { linked: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        {linked ? (
          <>
            <path d="M8.5 11.5l3-3" />
            <path d="M9.6 5.9l1.3-1.3a3 3 0 0 1 4.3 4.3l-1.3 1.3" />
            <path d="M10.4 14.1l-1.3 1.3a3 3 0 0 1-4.3-4.3l1.3-1.3" />
          </>
        ) : (
          <>
            <path d="M9.6 5.9l1.3-1.3a3 3 0 0 1 4.3 4.3l-1.3 1.3" />
            <path d="M10.4 14.1l-1.3 1.3a3 3 0 0 1-4.3-4.3l1.3-1.3" />
            <path d="M4 6.5l-1.5-.6M6.5 4l-.6-1.5M16 13.5l1.5.6M13.5 16l.6 1.5" />
          </>
        )}
      </g>
    </svg>
  );
}
