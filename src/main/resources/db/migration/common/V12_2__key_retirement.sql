-- Key retirement after a rotation (docs/security.md "Retiring old keys"): once a rotation's re-encryption job is DONE
-- with no failures, the keys older than its primary are disabled in the keyset (they stay, but open nothing), and
-- after annota.crypto.key-destroy-after they are destroyed (removed from the keyset). When each step happened is kept
-- on the rotation's job row (a platform table: ids, counters and timestamps only).
alter table key_rotations add column keys_disabled_at timestamp with time zone;
alter table key_rotations add column keys_destroyed_at timestamp with time zone;
