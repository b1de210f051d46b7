package dev.annota.webhook;

import dev.annota.testing.OnSharedPostgres;

/**
 * The webhooks on PostgreSQL as the application role under row-level security: the outbox written at the submit's
 * commit in one statement (deliveries and their due rows together), FOR UPDATE SKIP LOCKED among concurrent senders,
 * the platform table of due messages read across tenants by the sweep.
 */
@OnSharedPostgres
class WebhooksPostgresTests extends WebhooksApiTests {
}
