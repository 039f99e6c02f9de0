// Prometheus metrics of one app instance (its own registry: tests build many apps in one process).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route pattern and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method and route pattern',
      labelNames: ['method', 'route'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    messagesSent: new Counter({
      name: 'chat_messages_sent_total',
      help: 'Messages committed, by conversation kind and edge',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    writeBatchSize: new Histogram({
      name: 'chat_message_write_batch_size',
      help: 'Messages per group-commit transaction',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers: [registry],
    }),
    activeSessions: new Gauge({
      name: 'chat_active_sessions',
      help: 'Sessions neither expired nor revoked',
      registers: [registry],
    }),
    onlineUsers: new Gauge({
      name: 'chat_online_users',
      help: 'Users online now (live connection or API use in the last minutes)',
      registers: [registry],
    }),
    federationQueueDepth: new Gauge({
      name: 'federation_queue_depth',
      help: 'Events waiting for delivery, per peer',
      labelNames: ['peer'] as const,
      registers: [registry],
    }),
    federationOldestPending: new Gauge({
      name: 'federation_oldest_pending_seconds',
      help: 'Age of the oldest undelivered event, per peer (0 when none)',
      labelNames: ['peer'] as const,
      registers: [registry],
    }),
    federationFailures: new Gauge({
      name: 'federation_consecutive_failures',
      help: 'Consecutive failed delivery attempts, per peer',
      labelNames: ['peer'] as const,
      registers: [registry],
    }),
    federationLastSuccess: new Gauge({
      name: 'federation_last_success_timestamp_seconds',
      help: 'When a delivery to the peer last succeeded (unix time; 0 never)',
      labelNames: ['peer'] as const,
      registers: [registry],
    }),
    federationNextAttempt: new Gauge({
      name: 'federation_next_attempt_timestamp_seconds',
      help: 'When the next retry to the peer is due (unix time; 0 when not backing off)',
      labelNames: ['peer'] as const,
      registers: [registry],
    }),
    federationState: new Gauge({
      name: 'federation_delivery_state',
      help: 'Delivery loop state per peer (1 for the current state)',
      labelNames: ['peer', 'state'] as const,
      registers: [registry],
    }),
    pendingWrites: new Gauge({
      name: 'chat_db_pending_writes',
      help: 'Write transactions waiting for the SQLite writer',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
