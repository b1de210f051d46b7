package dev.annota.money.internal;

import dev.annota.testing.OnSharedPostgres;

/** The running totals of project costs on PostgreSQL: the PL/pgSQL trigger, its eight slots, row-level security. */
@OnSharedPostgres
class ProjectCostsPostgresTests extends ProjectCostsTests {
}
