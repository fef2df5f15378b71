/** English messages of the code feature (merged into the app catalogue by ../en.ts). */
export const codeEn = {
  "code.title": "PyTorch code",
  "code.lead": "Running this snippet prints the list beside it, which this app computed with its own core and rounded as the snippet rounds.",
  "code.snippetLabel": "PyTorch snippet that reproduces this configuration",
  "code.language": "Python · PyTorch",
  "code.outputTitle": "Output (computed by this app)",
  "code.outputLabel": "The list the snippet prints, computed by this app",
  "code.copy": "Copy",
  "code.copyTitle": "Copy the snippet to the clipboard",
  "code.copyOutput": "Copy output",
  "code.copyOutputTitle": "Copy the printed list to the clipboard",
  "code.copied": "Copied",
  "code.copyFailed": "The browser blocked copying: the text is selected, press Ctrl+C.",
  "code.empty": "The code appears once the configuration is computed.",
} as const;
