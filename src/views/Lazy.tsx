import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { useT } from "./useT";

/** A chunk that did not arrive (the network dropped, a deploy removed it): the only error a lazy part answers itself. */
export class ChunkLoadError extends Error {
  override name = "ChunkLoadError";
}

interface BoundaryProps {
  message: string;
  retryLabel: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Catches a chunk that failed to load; any other error is thrown again, to the boundary above. */
class ChunkBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!(error instanceof ChunkLoadError)) throw error;
    return (
      <div className="error-boundary chunk-failed" role="alert" data-chunk="failed">
        <p>{this.props.message}</p>
        <button type="button" onClick={this.props.onRetry}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}

/** Every lazy part's fetch, so that preloadLazyParts can fetch them all. */
const fetches = new Set<() => Promise<unknown>>();

/**
 * Fetches every lazy part created so far (tests call it so that a page renders in one go, as it
 * does in the app once its chunk is here).
 */
export async function preloadLazyParts(): Promise<void> {
  await Promise.all([...fetches].map((fetch) => fetch()));
}

/**
 * A component in its own chunk, fetched the first time it renders:
 * `lazyPart(() => import("./X").then((m) => m.X))`. While it loads a small localized placeholder
 * takes its place; if it cannot be loaded, a localized message with a retry does. Once fetched,
 * a new instance renders at once, without the placeholder. Cost: one fetch per visit (then the
 * browser has it, and the service worker keeps it for offline use).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let resolved: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetch = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (resolved = component),
      (error: unknown) => {
        pending = null; // the next attempt fetches again
        throw new ChunkLoadError(error instanceof Error ? error.message : String(error));
      },
    ));
  fetches.add(fetch);
  // React.lazy remembers a rejection for good: a retry makes a fresh one.
  const make = () => lazy(() => fetch().then((component) => ({ default: component }))) as unknown as ComponentType<P>;
  let Loaded = make();
  return function LazyPart(props: P) {
    const t = useT();
    const [attempt, setAttempt] = useState(0);
    // Decided once per instance: switching trees later would remount the part and lose its state.
    const [Ready] = useState(() => resolved);
    if (Ready) return <Ready {...props} />;
    return (
      <ChunkBoundary
        key={attempt}
        message={t("chunk.failed")}
        retryLabel={t("chunk.retry")}
        onRetry={() => {
          Loaded = make();
          setAttempt((n) => n + 1);
        }}
      >
        <Suspense
          fallback={
            <p className="chunk-loading" role="status" data-chunk="loading">
              {t("chunk.loading")}
            </p>
          }
        >
          <Loaded {...props} />
        </Suspense>
      </ChunkBoundary>
    );
  };
}
