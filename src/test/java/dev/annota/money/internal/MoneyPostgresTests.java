package dev.annota.money.internal;

import dev.annota.testing.OnSharedPostgres;

/**
 * Rates, ledgers and budgets on PostgreSQL as the application role under row-level security: the pay ledger written in
 * the vendor's tenant inside the lab's submit transaction (TenantScope.alongside), concurrent submits, isolation.
 */
@OnSharedPostgres
class MoneyPostgresTests extends MoneyApiTests {
}
