-- The claim's open-item query (work/internal/Claiming: state = 'OPEN', not yet answered by this annotator, in id
-- order, LIMIT 1 FOR UPDATE SKIP LOCKED) must start at the first open item. Once items_browse (tenant_id, project_id,
-- id) existed (V7), PostgreSQL's planner often walked it from the project's first item and filtered on state: it
-- assumes open items are spread evenly, but claims take them in id order, so every answered item sits in front of the
-- first open one. On a 100,000-item benchmark project 15% done, one claim read 16,773 buffers and took 172 ms (0.5 ms
-- with this index), and plans flipped between the two indexes with each analyze. A partial index holds only open
-- items: it is the smallest way to the queue's head and has no rows to filter. (H2 has no partial indexes; its query
-- names items_queue explicitly.)
create index items_open on items (tenant_id, project_id, id) where state = 'OPEN';
