import { workerScope } from "../serve";
import type { WhyRequest, WhyResponse } from "./protocol";
import { createWhySession } from "./session";

/**
 * The "why" pages' worker: a thin switch (session.ts) that holds one training run and answers
 * one-shot requests, posting progress between chunks with its buffers transferred.
 */
const scope = workerScope<WhyRequest, WhyResponse>();
const session = createWhySession((message, transfer) => scope.postMessage(message, transfer));

scope.onmessage = (event) => session.handle(event.data);
