import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "./useT";

interface Props {
  title: string;
  retryLabel: string;
  children: ReactNode;
  /** Called before retrying, e.g. to reset the store to a known-good state. */
  onRetry?: () => void;
}

interface State {
  error: Error | null;
}

/** Shows a message instead of a white screen when a view throws while rendering. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn("view error", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <strong>{this.props.title}</strong>
        <code>{error.message}</code>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}

/** One part of the page behind its own boundary: if it throws, a message takes its place and the rest stays. */
export function Part({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary title={t("boundary.title")} retryLabel={t("boundary.retry")}>
      {children}
    </ErrorBoundary>
  );
}
