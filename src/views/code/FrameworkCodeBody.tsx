import { useMemo } from "react";
import type { ExploreParams } from "../../core";
import { CodeBody } from "./CodeBody";
import { frameworkCode } from "./frameworkCode";

/**
 * The Keras or ONNX tab's body. Its own chunk, with the layer-line writers and the core's parser
 * that computes what the program prints: fetched the first time someone opens one of those tabs.
 */
export function FrameworkCodeBody({ framework, explored }: { framework: "keras" | "onnx"; explored: ExploreParams }) {
  const view = useMemo(() => frameworkCode(framework, explored), [framework, explored]);
  return <CodeBody framework={framework} view={view} />;
}
