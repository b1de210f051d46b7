package dev.annota.masking;

import dev.annota.testing.OnSharedPostgres;

/** Masking on PostgreSQL as the application role under row-level security (project_masking, V40_1). */
@OnSharedPostgres
class MaskingPostgresTests extends MaskingApiTests {
}
