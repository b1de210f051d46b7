-- Model predictions (pre-annotations) imported with items, and what the server records about each annotation.
-- Both live on existing tenant-owned tables, so the row-level security policies of V1_2 cover them already.

-- The item's predictions as a JSON list of {"model", "score"?, "answer"}, sealed like the payload (ItemPayloads);
-- null when the item came without predictions.
alter table items add column predictions text;

-- Whether the submitted answer differs from the item's first prediction (after per-control normalisation);
-- null when the item had no prediction.
alter table annotations add column prediction_changed boolean;

-- Facts the server computed from the answer and the item, as JSON per question (a demonstration's edit from the
-- model draft: word edit distance and unified diff); null when there are none.
alter table annotations add column derived text;
