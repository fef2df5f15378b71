import { useEffect, useRef } from "react";
import { useT } from "../useT";

/** Key, then what it does: the player's keys and presenter mode's own. */
const KEYS = [
  ["Space", "present.keyPlay"],
  ["← →", "present.keyStep"],
  ["Home / End", "present.keyEnds"],
  ["+ −", "present.keySpeed"],
  ["D", "present.keyDirection"],
  ["K / Shift+K", "present.keyKernel"],
  ["S / Shift+S", "present.keyStride"],
  ["P / Shift+P", "present.keyPadding"],
  ["V", "present.keyLayout"],
  ["F", "present.keyFullscreen"],
  ["?", "present.keyHelp"],
  ["Esc", "present.keyLeave"],
] as const;

/** The shortcut sheet `?` opens in presenter mode: a modal dialog (Esc or the button closes it). */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || typeof d.showModal !== "function") return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcut-sheet" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">{t("present.keysTitle")}</h2>
      <table>
        <tbody>
          {KEYS.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="present-button" onClick={onClose}>
        {t("present.keysClose")}
      </button>
    </dialog>
  );
}
