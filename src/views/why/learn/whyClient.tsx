import { createContext, useContext, type ReactNode } from "react";
import { createWhyClient, type WhyClient } from "../../../worker/train/client";

const WhyClientContext = createContext<WhyClient | null>(null);

let shared: WhyClient | null = null;

/** Gives the "why" pages below it this client (tests pass a main-thread or fake one). */
export function WhyClientProvider(props: { client: WhyClient; children: ReactNode }) {
  return <WhyClientContext.Provider value={props.client}>{props.children}</WhyClientContext.Provider>;
}

/**
 * The client of the "why" worker: the provided one, else one shared by the pages, created on first
 * use (its worker starts with the first request and outlives page changes, so coming back to a
 * page costs no new worker).
 */
export function useWhyClient(): WhyClient {
  const provided = useContext(WhyClientContext);
  if (provided) return provided;
  shared ??= createWhyClient();
  return shared;
}
