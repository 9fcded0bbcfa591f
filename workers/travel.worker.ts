/// <reference lib="webworker" />
/** Entry point of a travel worker: wires the worker global to createTravelHandler. */
import type { FromWorker, ToWorker } from './travel-protocol.ts';
import { createTravelHandler } from './travel-handler.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = createTravelHandler((message: FromWorker, transfer: Transferable[]) => self.postMessage(message, transfer));
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
self.postMessage({ type: 'loaded' } satisfies FromWorker);
