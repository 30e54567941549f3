import type { AlertMessage } from '../domain/types.js';

/** Sends one formatted alert: SNS in AWS, a JSON-lines outbox locally. Rejects when it was not sent. */
export interface Notifier {
  publish(message: AlertMessage): Promise<void>;
}
