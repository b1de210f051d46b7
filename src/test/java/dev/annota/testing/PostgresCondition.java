package dev.annota.testing;

class PostgresCondition extends RequiredTool {

    PostgresCondition() {
        super("postgres", "PostgreSQL", PostgresDatabase::unavailableBecause, "PostgreSQL is reachable", "");
    }
}
