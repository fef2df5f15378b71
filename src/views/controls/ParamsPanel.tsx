/** Every parameter of the explorer, validated as typed (built in src/views/controls/). */
export function ParamsPanel() {
  return null;
}
