/** Fill presets, paste and the kernel-flip toggle for one editable grid (built in src/views/edit/). */
export function EditToolbar(_props: { grid: "input" | "kernel" }) {
  return null;
}
