/** The copyable PyTorch snippet and the output it prints (built in src/views/code/). */
export function CodePanel() {
  return null;
}
