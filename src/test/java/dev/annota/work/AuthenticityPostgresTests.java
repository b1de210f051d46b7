package dev.annota.work;

import dev.annota.testing.OnSharedPostgres;

/** Authenticity of written answers on PostgreSQL, as the application role under row-level security (V39_1). */
@OnSharedPostgres
class AuthenticityPostgresTests extends AuthenticityApiTests {
}
