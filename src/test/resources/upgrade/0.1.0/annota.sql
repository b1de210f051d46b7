--
-- PostgreSQL database dump
--

\restrict dxg69HAE0a3o5JbHjez6Cin8kPzmzojIAf8Coc15AdHAt8fDCSeKzGI2X2IUxL0

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_delete_log(uuid); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.audit_delete_log(organization uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
declare
    final record;
    head_size bigint;
    events bigint;
begin
    if organization is null or organization::text is distinct from nullif(current_setting('app.tenant_id', true), '') then
        raise exception 'audit_delete_log deletes the log of the tenant of its transaction only'
            using errcode = 'insufficient_privilege';
    end if;
    select tree_size, root_hash, note into final from audit_final_checkpoints where org_id = organization;
    if not found then
        raise exception 'the access log of % goes only after its final checkpoint is kept', organization
            using errcode = 'insufficient_privilege';
    end if;
    select tree_size into head_size from audit_heads where tenant_id = organization for update;
    if head_size is distinct from final.tree_size
       or not exists (select 1 from audit_checkpoints c where c.tenant_id = organization
                      and c.tree_size = final.tree_size and c.root_hash = final.root_hash and c.note = final.note)
       or exists (select 1 from audit_checkpoints c where c.tenant_id = organization and c.tree_size > final.tree_size)
       or not exists (select 1 from audit_events e where e.tenant_id = organization and e.seq < final.tree_size
                      and e.action = 'organization.delete' and e.target_id = organization) then
        raise exception 'the final checkpoint kept for % is not the last checkpoint of its access log', organization
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('annota.deleting_log', organization::text, true);
    delete from audit_events where tenant_id = organization;
    get diagnostics events = row_count;
    delete from audit_checkpoints where tenant_id = organization;
    delete from audit_heads where tenant_id = organization;
    delete from access_log_alarms where tenant_id = organization;
    perform set_config('annota.deleting_log', '', true);
    return events;
end
$$;


ALTER FUNCTION public.audit_delete_log(organization uuid) OWNER TO annota_test_owner;

--
-- Name: audit_heads_grow_only(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.audit_heads_grow_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
    shift int := 0;
    shared bigint;
    peaks int;
begin
    if new.tenant_id is distinct from old.tenant_id or new.tree_size <= old.tree_size
       or octet_length(new.frontier) <> 32 * length(replace(new.tree_size::bit(64)::text, '0', '')) then
        raise exception 'audit_heads is append-only: an update grows the tree (size % to %)', old.tree_size, new.tree_size
            using errcode = 'insufficient_privilege';
    end if;
    -- The perfect subtrees both trees have (the set bits above the highest bit where the sizes differ) are the first
    -- peaks of both frontiers, largest first; appending never changes them.
    while (old.tree_size >> shift) <> (new.tree_size >> shift) loop
        shift := shift + 1;
    end loop;
    shared := (old.tree_size >> shift) << shift;
    peaks := length(replace(shared::bit(64)::text, '0', ''));
    if substring(old.frontier from 1 for 32 * peaks) <> substring(new.frontier from 1 for 32 * peaks) then
        raise exception 'audit_heads is append-only: the subtrees of the first % events changed', shared
            using errcode = 'insufficient_privilege';
    end if;
    -- The tree ends on a sequenced event (one index lookup).
    if not exists (select 1 from audit_events where tenant_id = new.tenant_id and seq = new.tree_size - 1 and leaf_hash is not null) then
        raise exception 'audit_heads is append-only: no sequenced event % for a tree of size %', new.tree_size - 1, new.tree_size
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;


ALTER FUNCTION public.audit_heads_grow_only() OWNER TO annota_test_owner;

--
-- Name: audit_log_deletion_only(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.audit_log_deletion_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    if old.tenant_id::text = current_setting('annota.deleting_log', true)
       and pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'MEMBER') then
        return old;
    end if;
    raise exception '% is append-only: a log goes only with its organization (audit_delete_log)', tg_table_name
        using errcode = 'insufficient_privilege';
end $$;


ALTER FUNCTION public.audit_log_deletion_only() OWNER TO annota_test_owner;

--
-- Name: audit_log_refuse(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.audit_log_refuse() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;


ALTER FUNCTION public.audit_log_refuse() OWNER TO annota_test_owner;

--
-- Name: key_retirement_candidates(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.key_retirement_candidates() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$select r.tenant_id from key_rotations r where r.state = 'DONE' and r.keys_destroyed_at is null
                  and r.started_at = (select max(l.started_at) from key_rotations l where l.tenant_id = r.tenant_id)$$;


ALTER FUNCTION public.key_retirement_candidates() OWNER TO annota_test_owner;

--
-- Name: ledger_entries_append_only(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.ledger_entries_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    raise exception 'ledger entries are append-only';
end $$;


ALTER FUNCTION public.ledger_entries_append_only() OWNER TO annota_test_owner;

--
-- Name: pending_key_rotations(); Type: FUNCTION; Schema: public; Owner: annota_test_owner
--

CREATE FUNCTION public.pending_key_rotations() RETURNS TABLE(id uuid, tenant_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$select r.id, r.tenant_id from key_rotations r where r.state = 'RUNNING' order by r.started_at$$;


ALTER FUNCTION public.pending_key_rotations() OWNER TO annota_test_owner;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_log_alarms; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.access_log_alarms (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    raised_at timestamp with time zone NOT NULL,
    kind character varying(40) NOT NULL,
    signed_size bigint,
    signed_root bytea,
    database_size bigint,
    database_root bytea,
    detail character varying(1000) NOT NULL
);

ALTER TABLE ONLY public.access_log_alarms FORCE ROW LEVEL SECURITY;


ALTER TABLE public.access_log_alarms OWNER TO annota_test_owner;

--
-- Name: affiliations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.affiliations (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    employer character varying(200) NOT NULL,
    employer_key character varying(200) NOT NULL,
    started_on date,
    ended_on date,
    declared_at timestamp with time zone NOT NULL
);


ALTER TABLE public.affiliations OWNER TO annota_test_owner;

--
-- Name: annotations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotations (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    item_id uuid NOT NULL,
    assignment_id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    schema_version integer NOT NULL,
    answer text NOT NULL,
    idempotency_key character varying(100),
    created_at timestamp with time zone NOT NULL,
    prediction_changed boolean,
    derived text,
    supersedes uuid,
    round integer DEFAULT 1 NOT NULL,
    guidelines_version integer
);

ALTER TABLE ONLY public.annotations FORCE ROW LEVEL SECURITY;


ALTER TABLE public.annotations OWNER TO annota_test_owner;

--
-- Name: annotator_credentials; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotator_credentials (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    kind character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    issuer character varying(200),
    added_by uuid NOT NULL,
    added_at timestamp with time zone NOT NULL,
    verified_by uuid,
    verified_on date,
    verified_at timestamp with time zone,
    verification_note character varying(1000)
);

ALTER TABLE ONLY public.annotator_credentials FORCE ROW LEVEL SECURITY;


ALTER TABLE public.annotator_credentials OWNER TO annota_test_owner;

--
-- Name: annotator_exposures; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotator_exposures (
    annotator_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL
);


ALTER TABLE public.annotator_exposures OWNER TO annota_test_owner;

--
-- Name: annotator_languages; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotator_languages (
    tenant_id uuid NOT NULL,
    person_id uuid NOT NULL,
    language character varying(35) NOT NULL,
    level character varying(6) NOT NULL
);

ALTER TABLE ONLY public.annotator_languages FORCE ROW LEVEL SECURITY;


ALTER TABLE public.annotator_languages OWNER TO annota_test_owner;

--
-- Name: annotator_profiles; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotator_profiles (
    tenant_id uuid NOT NULL,
    person_id uuid NOT NULL,
    time_zone character varying(64),
    availability character varying(4000) NOT NULL,
    updated_by uuid NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.annotator_profiles FORCE ROW LEVEL SECURITY;


ALTER TABLE public.annotator_profiles OWNER TO annota_test_owner;

--
-- Name: annotator_skills; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.annotator_skills (
    tenant_id uuid NOT NULL,
    person_id uuid NOT NULL,
    skill character varying(60) NOT NULL
);

ALTER TABLE ONLY public.annotator_skills FORCE ROW LEVEL SECURITY;


ALTER TABLE public.annotator_skills OWNER TO annota_test_owner;

--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.api_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    token_hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone
);


ALTER TABLE public.api_tokens OWNER TO annota_test_owner;

--
-- Name: assignments; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.assignments (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    item_id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    state character varying(10) NOT NULL,
    claimed_at timestamp with time zone NOT NULL,
    lease_expires_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    gold boolean DEFAULT false NOT NULL,
    round integer DEFAULT 1 NOT NULL,
    supersedes uuid,
    rework_review_id uuid,
    workforce_org_id uuid,
    active_ms bigint DEFAULT 0 NOT NULL,
    CONSTRAINT assignments_active_ms CHECK ((active_ms >= 0))
);

ALTER TABLE ONLY public.assignments FORCE ROW LEVEL SECURITY;


ALTER TABLE public.assignments OWNER TO annota_test_owner;

--
-- Name: audit_checkpoints; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.audit_checkpoints (
    tenant_id uuid NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.audit_checkpoints FORCE ROW LEVEL SECURITY;


ALTER TABLE public.audit_checkpoints OWNER TO annota_test_owner;

--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.audit_events (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    seq bigint,
    occurred_at timestamp with time zone NOT NULL,
    action character varying(40) NOT NULL,
    actor_id uuid NOT NULL,
    actor_org_id uuid NOT NULL,
    project_id uuid,
    item_id uuid,
    assignment_id uuid,
    item_count bigint NOT NULL,
    target_id uuid,
    detail character varying(500),
    leaf_hash bytea
);

ALTER TABLE ONLY public.audit_events FORCE ROW LEVEL SECURITY;


ALTER TABLE public.audit_events OWNER TO annota_test_owner;

--
-- Name: audit_final_checkpoints; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.audit_final_checkpoints (
    org_id uuid NOT NULL,
    tree_size bigint NOT NULL,
    root_hash bytea NOT NULL,
    note text NOT NULL,
    deleted_at timestamp with time zone NOT NULL,
    deleted_by uuid NOT NULL
);


ALTER TABLE public.audit_final_checkpoints OWNER TO annota_test_owner;

--
-- Name: audit_heads; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.audit_heads (
    tenant_id uuid NOT NULL,
    tree_size bigint NOT NULL,
    frontier bytea NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.audit_heads FORCE ROW LEVEL SECURITY;


ALTER TABLE public.audit_heads OWNER TO annota_test_owner;

--
-- Name: budgets; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.budgets (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    thresholds character varying(100) NOT NULL,
    alerted_percent integer NOT NULL,
    set_by uuid NOT NULL,
    set_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.budgets FORCE ROW LEVEL SECURITY;


ALTER TABLE public.budgets OWNER TO annota_test_owner;

--
-- Name: claim_windows; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.claim_windows (
    annotator_id uuid NOT NULL,
    window_start timestamp with time zone NOT NULL,
    claims integer NOT NULL
);


ALTER TABLE public.claim_windows OWNER TO annota_test_owner;

--
-- Name: conflict_class_members; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.conflict_class_members (
    class_id uuid NOT NULL,
    org_id uuid NOT NULL,
    joined_by uuid NOT NULL,
    joined_at timestamp with time zone NOT NULL
);


ALTER TABLE public.conflict_class_members OWNER TO annota_test_owner;

--
-- Name: conflict_classes; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.conflict_classes (
    id uuid NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(1000),
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL
);


ALTER TABLE public.conflict_classes OWNER TO annota_test_owner;

--
-- Name: declared_conflicts; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.declared_conflicts (
    org_id uuid NOT NULL,
    competitor_org_id uuid NOT NULL,
    declared_by uuid NOT NULL,
    declared_at timestamp with time zone NOT NULL
);


ALTER TABLE public.declared_conflicts OWNER TO annota_test_owner;

--
-- Name: engagements; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.engagements (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    workforce_org_id uuid NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.engagements FORCE ROW LEVEL SECURITY;


ALTER TABLE public.engagements OWNER TO annota_test_owner;

--
-- Name: excluded_affiliations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.excluded_affiliations (
    tenant_id uuid NOT NULL,
    employer_key character varying(200) NOT NULL,
    employer character varying(200) NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.excluded_affiliations FORCE ROW LEVEL SECURITY;


ALTER TABLE public.excluded_affiliations OWNER TO annota_test_owner;

--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


ALTER TABLE public.flyway_schema_history OWNER TO annota_test_owner;

--
-- Name: gold_results; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.gold_results (
    tenant_id uuid NOT NULL,
    assignment_id uuid NOT NULL,
    project_id uuid NOT NULL,
    item_id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    correct boolean NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.gold_results FORCE ROW LEVEL SECURITY;


ALTER TABLE public.gold_results OWNER TO annota_test_owner;

--
-- Name: items; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.items (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    external_id character varying(1200),
    payload text NOT NULL,
    state character varying(8) NOT NULL,
    open_slots integer NOT NULL,
    done_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    predictions text,
    gold_answer text,
    extra_slots integer DEFAULT 0 NOT NULL,
    image_id uuid
);

ALTER TABLE ONLY public.items FORCE ROW LEVEL SECURITY;


ALTER TABLE public.items OWNER TO annota_test_owner;

--
-- Name: key_rotations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.key_rotations (
    id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    keyset_version integer NOT NULL,
    state character varying(12) NOT NULL,
    phase character varying(130),
    cursor_id uuid,
    rows_total bigint NOT NULL,
    rows_scanned bigint NOT NULL,
    rows_reencrypted bigint NOT NULL,
    rows_failed bigint NOT NULL,
    requested_by uuid NOT NULL,
    started_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    keys_disabled_at timestamp with time zone,
    keys_destroyed_at timestamp with time zone,
    CONSTRAINT key_rotations_state CHECK (((state)::text = ANY ((ARRAY['RUNNING'::character varying, 'DONE'::character varying, 'SUPERSEDED'::character varying, 'CANCELLED'::character varying])::text[])))
);

ALTER TABLE ONLY public.key_rotations FORCE ROW LEVEL SECURITY;


ALTER TABLE public.key_rotations OWNER TO annota_test_owner;

--
-- Name: label_schemas; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.label_schemas (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    id uuid NOT NULL
);

ALTER TABLE ONLY public.label_schemas FORCE ROW LEVEL SECURITY;


ALTER TABLE public.label_schemas OWNER TO annota_test_owner;

--
-- Name: ledger_entries; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.ledger_entries (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    ledger character varying(10) NOT NULL,
    vendor_org_id uuid NOT NULL,
    customer_org_id uuid NOT NULL,
    person_id uuid,
    project_id uuid,
    annotation_id uuid,
    kind character varying(12) NOT NULL,
    source_key character varying(200) NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    rate numeric(19,4),
    active_millis bigint,
    reason character varying(500),
    created_by uuid,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT ledger_entries_kind CHECK (((kind)::text = ANY ((ARRAY['TASK'::character varying, 'ACCEPTED'::character varying, 'HOURS'::character varying, 'REVERSAL'::character varying, 'ADJUSTMENT'::character varying, 'PAYOUT'::character varying])::text[])))
);

ALTER TABLE ONLY public.ledger_entries FORCE ROW LEVEL SECURITY;


ALTER TABLE public.ledger_entries OWNER TO annota_test_owner;

--
-- Name: login_addresses; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.login_addresses (
    user_id uuid NOT NULL,
    address_hash character varying(64) NOT NULL,
    last_login_at timestamp with time zone NOT NULL
);


ALTER TABLE public.login_addresses OWNER TO annota_test_owner;

--
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.login_throttle (
    throttle_key character varying(80) NOT NULL,
    failures integer NOT NULL,
    window_started_at timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);


ALTER TABLE public.login_throttle OWNER TO annota_test_owner;

--
-- Name: money_rates; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.money_rates (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    ledger character varying(10) NOT NULL,
    vendor_org_id uuid NOT NULL,
    project_id uuid,
    task_type character varying(40),
    tier character varying(40),
    scope_key character varying(200) NOT NULL,
    basis character varying(20) NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    set_by uuid NOT NULL,
    set_at timestamp with time zone NOT NULL,
    CONSTRAINT money_rates_basis CHECK (((basis)::text = ANY ((ARRAY['TASK'::character varying, 'ACCEPTED_TASK'::character varying, 'ACTIVE_HOUR'::character varying])::text[]))),
    CONSTRAINT money_rates_ledger CHECK (((ledger)::text = ANY ((ARRAY['CONTRACT'::character varying, 'PAY'::character varying])::text[])))
);

ALTER TABLE ONLY public.money_rates FORCE ROW LEVEL SECURITY;


ALTER TABLE public.money_rates OWNER TO annota_test_owner;

--
-- Name: notifications; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.notifications (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    kind character varying(60) NOT NULL,
    text character varying(2000) NOT NULL,
    link character varying(500),
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone
);

ALTER TABLE ONLY public.notifications FORCE ROW LEVEL SECURITY;


ALTER TABLE public.notifications OWNER TO annota_test_owner;

--
-- Name: organizations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.organizations (
    id uuid NOT NULL,
    kind character varying(16) NOT NULL,
    name character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT organizations_kind CHECK (((kind)::text = ANY ((ARRAY['CUSTOMER'::character varying, 'WORKFORCE'::character varying, 'OPERATOR'::character varying])::text[])))
);


ALTER TABLE public.organizations OWNER TO annota_test_owner;

--
-- Name: paid_work; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.paid_work (
    tenant_id uuid NOT NULL,
    annotation_id uuid NOT NULL,
    project_id uuid NOT NULL,
    assignment_id uuid,
    person_id uuid NOT NULL,
    vendor_org_id uuid NOT NULL,
    task_type character varying(40) NOT NULL,
    active_millis bigint NOT NULL,
    reviewed boolean NOT NULL,
    submitted_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.paid_work FORCE ROW LEVEL SECURITY;


ALTER TABLE public.paid_work OWNER TO annota_test_owner;

--
-- Name: password_setup_links; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.password_setup_links (
    token_hash character varying(64) NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);


ALTER TABLE public.password_setup_links OWNER TO annota_test_owner;

--
-- Name: pay_tiers; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.pay_tiers (
    tenant_id uuid NOT NULL,
    person_id uuid NOT NULL,
    tier character varying(40) NOT NULL,
    set_by uuid NOT NULL,
    set_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.pay_tiers FORCE ROW LEVEL SECURITY;


ALTER TABLE public.pay_tiers OWNER TO annota_test_owner;

--
-- Name: project_deletions; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_deletions (
    project_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    deleted_by uuid NOT NULL,
    deleted_at timestamp with time zone NOT NULL,
    purge_after timestamp with time zone NOT NULL
);


ALTER TABLE public.project_deletions OWNER TO annota_test_owner;

--
-- Name: project_directory; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_directory (
    project_id uuid NOT NULL,
    org_id uuid NOT NULL,
    tenant_id uuid NOT NULL
);


ALTER TABLE public.project_directory OWNER TO annota_test_owner;

--
-- Name: project_guidelines; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_guidelines (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.project_guidelines FORCE ROW LEVEL SECURITY;


ALTER TABLE public.project_guidelines OWNER TO annota_test_owner;

--
-- Name: project_images; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_images (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    name text NOT NULL,
    media_type character varying(20) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    byte_count bigint NOT NULL,
    content text NOT NULL,
    uploaded_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT project_images_media_type CHECK (((media_type)::text = ANY ((ARRAY['image/png'::character varying, 'image/jpeg'::character varying, 'image/webp'::character varying])::text[]))),
    CONSTRAINT project_images_size CHECK (((width > 0) AND (height > 0) AND (byte_count > 0)))
);

ALTER TABLE ONLY public.project_images FORCE ROW LEVEL SECURITY;


ALTER TABLE public.project_images OWNER TO annota_test_owner;

--
-- Name: project_requirements; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_requirements (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    kind character varying(12) NOT NULL,
    name character varying(200) NOT NULL,
    title character varying(200) NOT NULL,
    level character varying(6),
    minimum numeric(5,4),
    min_count integer
);

ALTER TABLE ONLY public.project_requirements FORCE ROW LEVEL SECURITY;


ALTER TABLE public.project_requirements OWNER TO annota_test_owner;

--
-- Name: project_shares; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.project_shares (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    workforce_org_id uuid NOT NULL,
    target_percent numeric(5,2) NOT NULL,
    task_cap integer,
    updated_by uuid NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT project_shares_cap CHECK (((task_cap IS NULL) OR (task_cap >= 0))),
    CONSTRAINT project_shares_target CHECK (((target_percent >= (0)::numeric) AND (target_percent <= (100)::numeric)))
);

ALTER TABLE ONLY public.project_shares FORCE ROW LEVEL SECURITY;


ALTER TABLE public.project_shares OWNER TO annota_test_owner;

--
-- Name: projects; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.projects (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    name character varying(1200) NOT NULL,
    guidelines text NOT NULL,
    task_type character varying(40) NOT NULL,
    schema_version integer NOT NULL,
    overlap integer NOT NULL,
    lease_seconds integer NOT NULL,
    priority integer NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    deadline timestamp with time zone,
    status character varying(10) DEFAULT 'ACTIVE'::character varying NOT NULL,
    status_note character varying(300),
    deleted_at timestamp with time zone,
    guidelines_version integer DEFAULT 1 NOT NULL,
    CONSTRAINT projects_lease CHECK (((lease_seconds >= 10) AND (lease_seconds <= 86400))),
    CONSTRAINT projects_overlap CHECK (((overlap >= 1) AND (overlap <= 100))),
    CONSTRAINT projects_status CHECK (((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'PAUSED'::character varying, 'ARCHIVED'::character varying])::text[])))
);

ALTER TABLE ONLY public.projects FORCE ROW LEVEL SECURITY;


ALTER TABLE public.projects OWNER TO annota_test_owner;

--
-- Name: quality_settings; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.quality_settings (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    gold_rate double precision NOT NULL,
    qualification_items integer NOT NULL,
    qualification_threshold double precision NOT NULL,
    pause_threshold double precision NOT NULL,
    pause_min_answers integer NOT NULL,
    adaptive_threshold double precision,
    max_overlap integer NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.quality_settings FORCE ROW LEVEL SECURITY;


ALTER TABLE public.quality_settings OWNER TO annota_test_owner;

--
-- Name: review_decisions; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.review_decisions (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    project_id uuid NOT NULL,
    item_id uuid NOT NULL,
    annotation_id uuid NOT NULL,
    reviewer_id uuid NOT NULL,
    stage character varying(10) NOT NULL,
    decision character varying(10) NOT NULL,
    schema_version integer NOT NULL,
    body text NOT NULL,
    decided_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.review_decisions FORCE ROW LEVEL SECURITY;


ALTER TABLE public.review_decisions OWNER TO annota_test_owner;

--
-- Name: review_replies; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.review_replies (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.review_replies FORCE ROW LEVEL SECURITY;


ALTER TABLE public.review_replies OWNER TO annota_test_owner;

--
-- Name: review_settings; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.review_settings (
    tenant_id uuid NOT NULL,
    project_id uuid NOT NULL,
    stages character varying(20) NOT NULL,
    review_share integer NOT NULL,
    qa_share integer NOT NULL,
    first_answers integer NOT NULL,
    target_disagreement boolean NOT NULL,
    target_missed_gold boolean NOT NULL,
    max_rounds integer NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.review_settings FORCE ROW LEVEL SECURITY;


ALTER TABLE public.review_settings OWNER TO annota_test_owner;

--
-- Name: reviews; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.reviews (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    item_id uuid NOT NULL,
    annotation_id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    annotator_org_id uuid NOT NULL,
    stage character varying(10) NOT NULL,
    reason character varying(20) NOT NULL,
    state character varying(10) NOT NULL,
    reviewer_id uuid,
    fencing_token bigint DEFAULT 0 NOT NULL,
    lease_expires_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    round integer DEFAULT 1 NOT NULL,
    rework character varying(10)
);

ALTER TABLE ONLY public.reviews FORCE ROW LEVEL SECURITY;


ALTER TABLE public.reviews OWNER TO annota_test_owner;

--
-- Name: spring_session; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.spring_session (
    primary_id character(36) NOT NULL,
    session_id character(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name character varying(100)
);


ALTER TABLE public.spring_session OWNER TO annota_test_owner;

--
-- Name: spring_session_attributes; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.spring_session_attributes (
    session_primary_id character(36) NOT NULL,
    attribute_name character varying(200) NOT NULL,
    attribute_bytes bytea NOT NULL
);


ALTER TABLE public.spring_session_attributes OWNER TO annota_test_owner;

--
-- Name: sso_configurations; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.sso_configurations (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    issuer_uri character varying(500) NOT NULL,
    client_id character varying(200) NOT NULL,
    client_secret text NOT NULL,
    default_role character varying(20) NOT NULL,
    enabled boolean NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.sso_configurations FORCE ROW LEVEL SECURITY;


ALTER TABLE public.sso_configurations OWNER TO annota_test_owner;

--
-- Name: sso_domains; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.sso_domains (
    email_domain character varying(253) NOT NULL,
    org_id uuid NOT NULL
);


ALTER TABLE public.sso_domains OWNER TO annota_test_owner;

--
-- Name: tenant_key_destructions; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.tenant_key_destructions (
    organization_id uuid NOT NULL,
    requested_at timestamp with time zone NOT NULL
);


ALTER TABLE public.tenant_key_destructions OWNER TO annota_test_owner;

--
-- Name: tenant_keys; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.tenant_keys (
    tenant_id uuid NOT NULL,
    keyset text,
    master_key character varying(2000) NOT NULL,
    version integer NOT NULL,
    primary_key_id bigint NOT NULL,
    key_count integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    rotated_at timestamp with time zone,
    shredded_at timestamp with time zone,
    shredded_by uuid,
    deterministic_keyset text
);

ALTER TABLE ONLY public.tenant_keys FORCE ROW LEVEL SECURITY;


ALTER TABLE public.tenant_keys OWNER TO annota_test_owner;

--
-- Name: users; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    org_id uuid NOT NULL,
    email character varying(320) NOT NULL,
    display_name character varying(200) NOT NULL,
    password_hash character varying(200),
    roles character varying(100) NOT NULL,
    enabled boolean NOT NULL,
    failed_logins integer NOT NULL,
    locked_until timestamp with time zone,
    created_at timestamp with time zone NOT NULL
);


ALTER TABLE public.users OWNER TO annota_test_owner;

--
-- Name: wall_policies; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.wall_policies (
    org_id uuid NOT NULL,
    cooling_off_days integer,
    updated_by uuid NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


ALTER TABLE public.wall_policies OWNER TO annota_test_owner;

--
-- Name: wall_refusals; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.wall_refusals (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    annotator_id uuid NOT NULL,
    annotator_org_id uuid NOT NULL,
    rule character varying(40) NOT NULL,
    explanation character varying(1000) NOT NULL,
    exposure_first_seen timestamp with time zone,
    exposure_last_seen timestamp with time zone,
    wall_until timestamp with time zone,
    refused_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.wall_refusals FORCE ROW LEVEL SECURITY;


ALTER TABLE public.wall_refusals OWNER TO annota_test_owner;

--
-- Name: witness_attempts; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.witness_attempts (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    witness_id uuid NOT NULL,
    delivery_id uuid NOT NULL,
    tree_size bigint NOT NULL,
    attempted_at timestamp with time zone NOT NULL,
    status_code integer,
    error character varying(500),
    duration_ms bigint NOT NULL
);

ALTER TABLE ONLY public.witness_attempts FORCE ROW LEVEL SECURITY;


ALTER TABLE public.witness_attempts OWNER TO annota_test_owner;

--
-- Name: witness_deliveries; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.witness_deliveries (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    witness_id uuid NOT NULL,
    tree_size bigint NOT NULL,
    note text NOT NULL,
    state character varying(12) NOT NULL,
    attempts integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT witness_deliveries_state CHECK (((state)::text = ANY ((ARRAY['PENDING'::character varying, 'DELIVERED'::character varying, 'FAILED'::character varying])::text[])))
);

ALTER TABLE ONLY public.witness_deliveries FORCE ROW LEVEL SECURITY;


ALTER TABLE public.witness_deliveries OWNER TO annota_test_owner;

--
-- Name: witness_due; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.witness_due (
    delivery_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    due_at timestamp with time zone NOT NULL
);


ALTER TABLE public.witness_due OWNER TO annota_test_owner;

--
-- Name: witnesses; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.witnesses (
    tenant_id uuid NOT NULL,
    id uuid NOT NULL,
    url character varying(2000) NOT NULL,
    secret text NOT NULL,
    state character varying(12) NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    secret_rotated_at timestamp with time zone,
    disabled_at timestamp with time zone,
    disabled_reason character varying(500),
    CONSTRAINT witnesses_state CHECK (((state)::text = ANY ((ARRAY['ACTIVE'::character varying, 'DISABLED'::character varying])::text[])))
);

ALTER TABLE ONLY public.witnesses FORCE ROW LEVEL SECURITY;


ALTER TABLE public.witnesses OWNER TO annota_test_owner;

--
-- Name: workforce_settings; Type: TABLE; Schema: public; Owner: annota_test_owner
--

CREATE TABLE public.workforce_settings (
    tenant_id uuid NOT NULL,
    share_identity boolean NOT NULL,
    updated_by uuid NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

ALTER TABLE ONLY public.workforce_settings FORCE ROW LEVEL SECURITY;


ALTER TABLE public.workforce_settings OWNER TO annota_test_owner;

--
-- Data for Name: access_log_alarms; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.access_log_alarms (tenant_id, id, raised_at, kind, signed_size, signed_root, database_size, database_root, detail) FROM stdin;
\.


--
-- Data for Name: affiliations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.affiliations (id, user_id, employer, employer_key, started_on, ended_on, declared_at) FROM stdin;
\.


--
-- Data for Name: annotations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, idempotency_key, created_at, prediction_changed, derived, supersedes, round, guidelines_version) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6015-7f52-b5eb-4a88971aa692	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e31-5b45-7923-a1ea-4fac4a398a98	01a24e30-e317-7203-9bf3-26bc466e686a	1	v1:Afk1iNm2fMWHtZ4cIBa9BKnH1nnD7bFEna9fi3CFMsclOzB9vHztDDA1qgQHILKqJHF1hg==	\N	2026-12-07 01:49:48.296717+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6ad3-7b62-b434-9e0f6dc23abf	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e31-6610-77ee-a9d2-358879a4fefd	01a24e30-e317-7203-9bf3-26bc466e686a	1	v1:Afk1iNm58TrbJU3IKXo+gReqQgSbC4ns4OCoKFvXq496IAhSqg2ZvHutkciLgZivlXrmng==	\N	2026-12-07 01:49:51.11918+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-7057-710c-a848-dd689d173bd6	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e31-6f61-7f5c-bebd-5e4c7d31ebb6	01a24e30-e317-7203-9bf3-26bc466e686a	1	v1:Afk1iNmHmmtdFYZZ4zuW394VaX5oBF+OMJtJe+pPcvmBIgeHpgdxjiPlTSH3H2iHKO/aew==	\N	2026-12-07 01:49:52.576458+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-737f-76cb-b88a-d9753499634b	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e31-71d4-727c-8979-4ad7987548c9	01a24e30-e317-7203-9bf3-26bc466e686a	1	v1:Afk1iNnhgBQ/swD+a4GD7WZ1mRF2LPsEDPoZyJ3vEs5ROoe2v8qW1ds+cjS7A7NItaC1jA==	\N	2026-12-07 01:49:53.346283+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-7769-74e3-af66-bfbd751abb05	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e31-75fb-7e56-875c-d29847591c79	01a24e30-e317-7203-9bf3-26bc466e686a	1	v1:Afk1iNk2ZdjFNSIwnDQKHnBMe8aWNR642jcI7uQfpwnPetw3y4L49zn9/OlOR8O4CMeviA==	\N	2026-12-07 01:49:54.388385+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-86fd-7e45-9f72-b942daf7a1fc	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e31-84b3-7e41-ac5c-107ee234fb81	01a24e30-e5fb-7f32-b826-2d340fa78d12	1	v1:Afk1iNltR13SEaXa4BA4riduPXGd8KFzf2pTkTV6VP536s/jGSRh5BJeakjOrZhFy/rhaA==	\N	2026-12-07 01:49:58.358+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8b6b-7542-ada7-cc26a8dc660c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e31-894b-7e0e-a7c1-e1ee1aebe847	01a24e30-e5fb-7f32-b826-2d340fa78d12	1	v1:Afk1iNnjdiyL/QQ0pzKJBgS5MFQusZT+MXPDTvrIOXm0yZJ0Evkyb9+iXMOi7cYIHi7eig==	\N	2026-12-07 01:49:59.499022+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8ef6-7b3a-826a-127306766295	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e31-8d58-75f9-80b7-ff50b7303936	01a24e30-e5fb-7f32-b826-2d340fa78d12	1	v1:Afk1iNlOeGWIgUsxv2n9hAZYA8/q7IpDCy0MUY576WkOZF0ULwQ95Zqtg2xdmcEjB3Yi2g==	\N	2026-12-07 01:50:00.40652+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-935b-762b-8533-37eeb3704297	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e31-909f-7c19-b2a8-dae5417d899c	01a24e30-e5fb-7f32-b826-2d340fa78d12	1	v1:Afk1iNlzboUIFsJ0psdHgqDrX9UDlX/H4UVkqMFFhdO3uJqZ7r0no8NXpEnBU1XOECL60w==	\N	2026-12-07 01:50:01.531599+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-afac-79c3-9838-1c1495d1878c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e31-ac10-7d2f-8c9a-e3734fb3c900	01a24e30-cca9-7566-adc5-391135a87979	1	v1:Afk1iNl5S9X2TaJ29RK63rforNFVhTRtoVeJcQxDx+K5RXhZWyCe8yJw/xCygo/EOZF+3g==	\N	2026-12-07 01:50:08.775718+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b477-7370-bbb1-d29cdbd2534a	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e31-b1bd-7e48-81b1-1aae02a5f389	01a24e30-cca9-7566-adc5-391135a87979	1	v1:Afk1iNlKdsubop/xKdKg/d0UE/+CE0ORKvbQcQ6QPPWurFuTVgoc5ABawuiPOtvPgYQP6Q==	\N	2026-12-07 01:50:09.959728+00	\N	\N	\N	1	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b8c0-717f-bbc2-27547431ba19	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f419-7a32-8fa2-5a8df58ec3d1	01a24e31-b629-7c8c-85ce-a1404268ab9c	01a24e30-cca9-7566-adc5-391135a87979	1	v1:Afk1iNkazFApb4qnhkmH2r6X434IxsGvi8C4EVR5ua6t7BHB1Yf8Cfg+jh/2Aq4+93EfJQ==	\N	2026-12-07 01:50:11.119229+00	\N	\N	\N	1	1
\.


--
-- Data for Name: annotator_credentials; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotator_credentials (tenant_id, id, person_id, kind, title, issuer, added_by, added_at, verified_by, verified_on, verified_at, verification_note) FROM stdin;
\.


--
-- Data for Name: annotator_exposures; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotator_exposures (annotator_id, tenant_id, first_seen, last_seen) FROM stdin;
01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-be1f-7357-acb7-0863daf50c90	2026-12-07 01:49:47.290452+00	2026-12-07 01:49:54.776861+00
01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-be1f-7357-acb7-0863daf50c90	2026-12-07 01:49:57.872615+00	2026-12-07 01:50:02.113859+00
01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	2026-12-07 01:50:07.896887+00	2026-12-07 01:50:11.739922+00
\.


--
-- Data for Name: annotator_languages; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotator_languages (tenant_id, person_id, language, level) FROM stdin;
\.


--
-- Data for Name: annotator_profiles; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotator_profiles (tenant_id, person_id, time_zone, availability, updated_by, updated_at) FROM stdin;
\.


--
-- Data for Name: annotator_skills; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.annotator_skills (tenant_id, person_id, skill) FROM stdin;
\.


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.api_tokens (id, user_id, name, token_hash, created_at, expires_at, revoked_at, last_used_at) FROM stdin;
01a24e31-3cdd-7310-bef8-f215b152b6df	01a24e30-c206-7049-b527-0924ee2a9222	operations script	0687845256a29d0ade76e40e982d7d45e5ba217603384d103278ea964520c8e0	2026-12-07 01:49:39.42181+00	2026-12-08 01:49:39.42181+00	\N	2026-12-07 01:49:41.725355+00
01a24e31-5672-7d1c-9881-73516286a8da	01a24e30-e317-7203-9bf3-26bc466e686a	operations script	c1d695e9221a64134a40f1469891ad6871af1c335cf2162e2984d83d39150aa5	2026-12-07 01:49:45.970495+00	2026-12-08 01:49:45.970495+00	\N	2026-12-07 01:49:46.574881+00
01a24e31-82cf-7959-8c42-20048a9a0f62	01a24e30-e5fb-7f32-b826-2d340fa78d12	operations script	b587d5f7f41eee6233f2378dd8ca1d563a2bd420606660de129a57c2e3405ce7	2026-12-07 01:49:57.327132+00	2026-12-08 01:49:57.327132+00	\N	2026-12-07 01:49:57.680194+00
01a24e31-a91c-7507-80ba-b807247a5ce5	01a24e30-cca9-7566-adc5-391135a87979	operations script	e07ff0205a750e742d40a9e99c56586065a5b6ca14ce563fbbf8526bf5e791be	2026-12-07 01:50:07.132689+00	2026-12-08 01:50:07.132689+00	\N	2026-12-07 01:50:07.674201+00
01a24e31-cc20-7786-b92b-29d8961e987e	01a24e30-be63-7004-881e-4ecbe4a8666c	operations script	dc53b15d3aa0d80ffcb32869f3530462af466e524e246123376da7dd16163c31	2026-12-07 01:50:16.096767+00	2026-12-08 01:50:16.096767+00	\N	2026-12-07 01:50:16.594971+00
01a24e31-fe28-7048-ba1f-20b110f60a9d	01a24e30-be63-7004-881e-4ecbe4a8666c	operations script	a963f2227c4a982a3e888a7a7e20e41f9f04a12fc88399bb9c2147b4ade546c9	2026-12-07 01:50:28.904629+00	2026-12-08 01:50:28.904629+00	\N	2026-12-07 01:50:29.155689+00
01a24e32-0849-7359-b7e3-6c2dd6c58305	01a24e30-d555-790c-a06f-20d475be1adb	operations script	04dae7180602469b21eab80ba0609356c6416bb3d299bbf1a99a31cb4a656a3e	2026-12-07 01:50:31.497688+00	2026-12-08 01:50:31.497688+00	\N	2026-12-07 01:50:32.539796+00
01a24e32-2072-78b0-929a-707ef1bd79ae	01a24e30-ab73-745d-8a81-c40cf5fab3fb	operations script	9d2946ae37a777db1c30b82f4bd7786f8cd6258b1c3678ef366cddf76db99857	2026-12-07 01:50:37.682389+00	2026-12-08 01:50:37.682389+00	\N	2026-12-07 01:50:38.369005+00
\.


--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, ended_at, gold, round, supersedes, rework_review_id, workforce_org_id, active_ms) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-5b45-7923-a1ea-4fac4a398a98	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e30-e317-7203-9bf3-26bc466e686a	SUBMITTED	2026-12-07 01:49:47.0135+00	2026-12-07 01:59:47.0135+00	2026-12-07 01:49:48.296717+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6610-77ee-a9d2-358879a4fefd	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e30-e317-7203-9bf3-26bc466e686a	SUBMITTED	2026-12-07 01:49:49.959869+00	2026-12-07 01:59:49.959869+00	2026-12-07 01:49:51.11918+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6f61-7f5c-bebd-5e4c7d31ebb6	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e30-e317-7203-9bf3-26bc466e686a	SUBMITTED	2026-12-07 01:49:52.285893+00	2026-12-07 01:59:52.285893+00	2026-12-07 01:49:52.576458+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-71d4-727c-8979-4ad7987548c9	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e30-e317-7203-9bf3-26bc466e686a	SUBMITTED	2026-12-07 01:49:52.95798+00	2026-12-07 01:59:52.95798+00	2026-12-07 01:49:53.346283+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-75fb-7e56-875c-d29847591c79	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e30-e317-7203-9bf3-26bc466e686a	SUBMITTED	2026-12-07 01:49:53.990094+00	2026-12-07 01:59:53.990094+00	2026-12-07 01:49:54.388385+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-78a3-7894-9614-df9c78d9ea93	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e30-e317-7203-9bf3-26bc466e686a	SKIPPED	2026-12-07 01:49:54.715382+00	2026-12-07 01:59:54.715382+00	2026-12-07 01:49:55.305087+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-84b3-7e41-ac5c-107ee234fb81	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e30-e5fb-7f32-b826-2d340fa78d12	SUBMITTED	2026-12-07 01:49:57.737019+00	2026-12-07 01:59:57.737019+00	2026-12-07 01:49:58.358+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-894b-7e0e-a7c1-e1ee1aebe847	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e30-e5fb-7f32-b826-2d340fa78d12	SUBMITTED	2026-12-07 01:49:58.966162+00	2026-12-07 01:59:58.966162+00	2026-12-07 01:49:59.499022+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8d58-75f9-80b7-ff50b7303936	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e30-e5fb-7f32-b826-2d340fa78d12	SUBMITTED	2026-12-07 01:49:59.926328+00	2026-12-07 01:59:59.926328+00	2026-12-07 01:50:00.40652+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-909f-7c19-b2a8-dae5417d899c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e30-e5fb-7f32-b826-2d340fa78d12	SUBMITTED	2026-12-07 01:50:00.730793+00	2026-12-07 02:00:00.730793+00	2026-12-07 01:50:01.531599+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-9574-7d5d-9dec-a41713b9c06b	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e30-e5fb-7f32-b826-2d340fa78d12	SKIPPED	2026-12-07 01:50:02.037629+00	2026-12-07 02:00:02.037629+00	2026-12-07 01:50:02.553147+00	f	1	\N	\N	01a24e30-d51c-784b-bb49-251bebe59396	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-ac10-7d2f-8c9a-e3734fb3c900	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e30-cca9-7566-adc5-391135a87979	SUBMITTED	2026-12-07 01:50:07.870654+00	2026-12-07 02:00:07.870654+00	2026-12-07 01:50:08.775718+00	f	1	\N	\N	01a24e30-be1f-7357-acb7-0863daf50c90	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b1bd-7e48-81b1-1aae02a5f389	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e30-cca9-7566-adc5-391135a87979	SUBMITTED	2026-12-07 01:50:09.339317+00	2026-12-07 02:00:09.339317+00	2026-12-07 01:50:09.959728+00	f	1	\N	\N	01a24e30-be1f-7357-acb7-0863daf50c90	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b629-7c8c-85ce-a1404268ab9c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f419-7a32-8fa2-5a8df58ec3d1	01a24e30-cca9-7566-adc5-391135a87979	SUBMITTED	2026-12-07 01:50:10.467811+00	2026-12-07 02:00:10.467811+00	2026-12-07 01:50:11.119229+00	f	1	\N	\N	01a24e30-be1f-7357-acb7-0863daf50c90	0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-bad8-7a3d-9780-3de874c0737c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f419-7a32-8fa2-5a8df58ec3d2	01a24e30-cca9-7566-adc5-391135a87979	SKIPPED	2026-12-07 01:50:11.624342+00	2026-12-07 02:00:11.624342+00	2026-12-07 01:50:12.252237+00	f	1	\N	\N	01a24e30-be1f-7357-acb7-0863daf50c90	0
\.


--
-- Data for Name: audit_checkpoints; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_checkpoints (tenant_id, tree_size, root_hash, note, created_at) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	2	\\x1ee647172624c3b02638f7e678bacb798955a1ad372137c54a2fd9a0b7f74fb9	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n2\nHuZHFyYkw7AmOPfmeLrLeYlVoa03ITfFSi/ZoLf3T7k=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet1vFdevnPAX/B1g7HWL9prRIHh2k4GHuW95FDLdVFUxSGEMnUX3s5LSWC3pMHAdMZ/qpqTvX1aUmNY4rtL8CjQY=\n	2026-12-07 01:49:20.51066+00
01a24e30-be1f-7357-acb7-0863daf50c90	6	\\x0b47b8f208a3328d8edc80e59eb9a9d59f46bdfbc0e659ecae585904602d2af0	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n6\nC0e48gijMo2O3IDlnrmp1Z9GvfvA5lnsrlhZBGAtKvA=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetwzbjP9zJhMp4VvIRUZqJ7rqh9mBl8E+woPZEcdKHBDJyzRpPvpamHkv/vb7qDMwNMijatV+6HdHcGpavdYSAws=\n	2026-12-07 01:49:23.421804+00
01a24e30-be1f-7357-acb7-0863daf50c90	10	\\x9ae1004373ee72c4e77726065659173da860670812b06e51b107c3d70cb72c32	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n10\nmuEAQ3PucsTndyYGVlkXPahgZwgSsG5RsQfD1wy3LDI=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetx04yzzgKcpVr2v/V4mpL0wnWDuL7ceUOoDQkVcEf0c2omp6D0qil/AFw0Ch/dz2WUqZiDQUGnmiYEf2q3B6Sgs=\n	2026-12-07 01:49:25.509737+00
01a24e30-be1f-7357-acb7-0863daf50c90	12	\\x45b698b870d07aba926db07b8cf7b90e66a80b81234f54000c12ef1f9618124d	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n12\nRbaYuHDQerqSbbB7jPe5DmaoC4EjT1QADBLvH5YYEk0=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet0NfHbHd4EITVrn4zr2Z+oRPkHt0NBXrLLAuGuoc8hK5d9eZoPZaVgRk2STI5SVovsNax/DqIFc5xPk3jwbcRQo=\n	2026-12-07 01:49:26.918111+00
01a24e30-be1f-7357-acb7-0863daf50c90	13	\\x553a6009be345476c1386151f5ff0ffca88f77e4e0116aed4ff258ac67603544	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n13\nVTpgCb40VHbBOGFR9f8P/KiPd+TgEWrtT/JYrGdgNUQ=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet6vgR308sSuoJLiNvvE5sf4aP7fu3uRF0520KoDJUc/BEHNXa5BBhh2yZgcZHMCFvnSqpK+Y7MhbEXNjtlBivwE=\n	2026-12-07 01:49:40.52031+00
01a24e30-d51c-784b-bb49-251bebe59396	1	\\xac29a17102bac7eae0a02506d437b4ffe227a2e01c64573a1352eef680c9c362	annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396\n1\nrCmhcQK6x+rgoCUG1De0/+InouAcZFc6E1Lu9oDJw2I=\n\n— annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396 RNhZCQqKubbAZHbsDyGJlqFvlStKLxQP5paKLqWEvE5tF6TeHT3H/bHRtpvaLS+4KpAayvBC/xBHm9zTgjI8n1+8hQA=\n	2026-12-07 01:49:47.139819+00
01a24e30-be1f-7357-acb7-0863daf50c90	14	\\xf0aba92bbca1b0b9a8738c0f590bdf736d7b8d7ad2e8af8499c84da328f55d23	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n14\n8KupK7yhsLmoc4wPWQvfc217jXrS6K+EmchNoyj1XSM=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet0Lj8TmS2xVBix9ftZpawACtj92ltpTG/vsN1c4H0Zjj7vRbNJVMxsYIhqdh5O/9ye7CqwG1TC0ccg+xbpRVrwA=\n	2026-12-07 01:49:48.573438+00
01a24e30-be1f-7357-acb7-0863daf50c90	15	\\x758d9d41571a995a3eba638f403aefd22790a1c178ef209427bf1f9896f0fc00	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n15\ndY2dQVcamVo+umOPQDrv0ieQocF47yCUJ78fmJbw/AA=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet9/Xdf5xXXKu87KqJhvBDONWtOcG0ljoBMDceGzp+25VG6yEQO6f/S6p2JaIXNSo7Mp/FJPAU6lmv7iuw97PGgE=\n	2026-12-07 01:49:51.364698+00
01a24e30-be1f-7357-acb7-0863daf50c90	17	\\x75d417842fbf4b315a5a6fcb336b960073aa281e5b307b05ee6504c45ed0e5e0	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n17\nddQXhC+/SzFaWm/LM2uWAHOqKB5bMHsF7mUExF7Q5eA=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetw7IIW1SpNSxphzDBUDFt/1x0yYjdVvLmzgdTIQYrqGjJT8XwrY05EkQr26MDcZHm2JFzBEtb0XgwTobf600wAc=\n	2026-12-07 01:49:53.195234+00
01a24e30-be1f-7357-acb7-0863daf50c90	18	\\x7f9e27de6f3e2e4174c062d0defc59519a7208adb69495bbdf5bc015e22bff0f	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n18\nf54n3m8+LkF0wGLQ3vxZUZpyCK22lJW731vAFeIr/w8=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet767ROHx4PKolJXid79oMYAwxScmBPAFN+yChhFPHUO75I2oSCG1xEawJWWOFLJTzif+Aw0vzeLF3yOC8L0vqgE=\n	2026-12-07 01:49:54.497758+00
01a24e30-be1f-7357-acb7-0863daf50c90	19	\\x112b71b87eefb4be3a8cc28ae57ca994175a03ccfa163d77d7fdb77a905818ce	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n19\nEStxuH7vtL46jMKK5XyplBdaA8z6Fj131/23epBYGM4=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet1pcQS75M1oK5E+BTtLIZ7JGZ2wHKbJylfymlKt/wftst8WIXEWmBxbZcxxdedC/gNHWBa/yC2U/ml6dt5ZkTwI=\n	2026-12-07 01:49:55.681221+00
01a24e30-d51c-784b-bb49-251bebe59396	2	\\xca0d3e6feb497bac0b292fbbf88e5005214a491dcaaf5e3ac3b20420139bac1d	annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396\n2\nyg0+b+tJe6wLKS+7+I5QBSFKSR3Kr146w7IEIBObrB0=\n\n— annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396 RNhZCQ/WdzraD+mbxvRNj1qxyFbBknegDnsApglu7iVwnuFwF93HmmfB5762KYsWduc66Me5ohiH5Sq+kA6gKjGd+Ak=\n	2026-12-07 01:49:58.103091+00
01a24e30-be1f-7357-acb7-0863daf50c90	21	\\x859fc736b4a022fcdae0edd9cd4f164caddc96be4bd7f58270421aa5e1c28c8f	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n21\nhZ/HNrSgIvza4O3ZzU8WTK3clr5L1/WCcEIapeHCjI8=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetwt7BlBK8nO7idHBB4undN0TpCRGu5B5mP8payQrNy8wdVK7HyoN1nYfUyLO86zXe8Kn37HpGsgs51RrrLdhcQs=\n	2026-12-07 01:49:59.37662+00
01a24e30-be1f-7357-acb7-0863daf50c90	22	\\x4847622ad8c390bb4c363d789ff9927d00a222b5f064d40c8a34f88a3d497327	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n22\nSEdiKtjDkLtMNj14n/mSfQCiIrXwZNQMijT4ij1Jcyc=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet5w2KnfthDCJRZZ/lqSYYDV2TKtROfnc2iubv6VAhe3YkqPpoJux4vUyLyUlWIR/XjRFIuRK061Uqt5o0yNU5As=\n	2026-12-07 01:50:00.684354+00
01a24e30-be1f-7357-acb7-0863daf50c90	24	\\xb6629246266ce819ddcc13c8f8b488e2655b47f69272f8c251bfb524c251fa67	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n24\ntmKSRiZs6BndzBPI+LSI4mVbR/aScvjCUb+1JMJR+mc=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet3DsObPIJrhHZx+8uqr2AH/Alce3AeJWKEwmPRNpJatKIhUfIeGFIQqz8cIQJ3t0GWbz0PVQB12m965hRbPQWwM=\n	2026-12-07 01:50:02.191225+00
01a24e30-be1f-7357-acb7-0863daf50c90	26	\\xdbf247130b859400a152a16b9ed37f9d4915bb85e5c3a75b9be240f146467e77	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n26\n2/JHEwuFlAChUqFrntN/nUkVu4Xlw6dbm+JA8UZGfnc=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetz25/MP50SYrzcqyxeyt/M4RLPVwcER6w4DOlwls56q2nrA/ivTc8WhgKwcP5iYmILrGRXdgHGLJaaGspyotZQs=\n	2026-12-07 01:50:08.057561+00
01a24e30-be1f-7357-acb7-0863daf50c90	27	\\x72d9a0b3c5d7258e601d2f58af641774b9ce18c3634dabb3170d295273ea6ee7	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n27\nctmgs8XXJY5gHS9Yr2QXdLnOGMNjTauzFw0pUnPqbuc=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetwR9hQCAbVuRT8taDH4rpx6LJpGOl8gWA86C083TnhLqu+OFRea0ZSF7PlhcOCPZI+MWMwXgbHrrp6d11tHQ9wg=\n	2026-12-07 01:50:10.100549+00
01a24e30-be1f-7357-acb7-0863daf50c90	28	\\xa2ebba122f23438c051f70c0f521b355aba4fe26778e37bcb1d513fc70e54d1b	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n28\nouu6Ei8jQ4wFH3DA9SGzVauk/iZ3jje8sdUT/HDlTRs=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet3lzfbIcfLDQVPlseEdW9Coe9r3kqYuG1v4p9dNePVbfn93QcqMuRqd4ratwQcTu8ZHsN3VX0G19dYzACqbkXgU=\n	2026-12-07 01:50:11.543127+00
01a24e30-be1f-7357-acb7-0863daf50c90	29	\\x15a5e00722d4fa19b93bec4a1ae3888de7447130d4c6bbf95a6d38d6a81b3ec5	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n29\nFaXgByLU+hm5O+xKGuOIjedEcTDUxrv5Wm041qgbPsU=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetx0DL1GNPBKsBydK9PC2uAzb0WqfV83vFyqMhdzahmMOvD2V/rWfLexb4c4NXs1ZmEWrGRPKDt5/v0N6jQOG6Q0=\n	2026-12-07 01:50:13.720333+00
01a24e30-be1f-7357-acb7-0863daf50c90	30	\\x037c8375de95b33abcb983d1033394284257971a7ff30d5ec756cf654b09677d	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n30\nA3yDdd6Vszq8uYPRAzOUKEJXlxp/8w1ex1bPZUsJZ30=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet2YomZj115oHLXbGkBww+As7JBCFaqXFUM05Fa3aFn6Dgr0NUFuOpNd7ECWOd9uKfPzdaWFlDCfVqzQFyJLV9Ak=\n	2026-12-07 01:50:16.38385+00
01a24e30-be1f-7357-acb7-0863daf50c90	31	\\xf0a64fc5bd678921cfc7c211b69b4b1b2575bce0036bf4b4f38696859b4fe37d	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n31\n8KZPxb1niSHPx8IRtptLGyV1vOADa/S084aWhZtP430=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet2srtVffERt5V9LS4HluoedBpfp34nJa3eZbhlM4K7GuefRmqz4VPka0kigK+DBfT5XVuXXreG5+6S6mcCHCAwI=\n	2026-12-07 01:50:22.352106+00
01a24e30-be1f-7357-acb7-0863daf50c90	32	\\x81d18d0c8c637f3b6b9ab7f9c1ac8de5cf9296839718043ea78f14eabd0b5fc8	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n32\ngdGNDIxjfztrmrf5wayN5c+SloOXGAQ+p48U6r0LX8g=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet8qn+OaMmDdgWcDJ+73BIGJam2oFKnpWqQ3Ilhzk09bpDhqqoSVUFeMdmMKcAPqQBKXrK/z6yKPxZ4BI30sxNwM=\n	2026-12-07 01:50:24.779019+00
01a24e30-be1f-7357-acb7-0863daf50c90	33	\\xa8a814659651fc0cfe422400a49aae89f7cddbc1c43489702c33cd5c64a2bf8c	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n33\nqKgUZZZR/Az+QiQApJquiffN28HENIlwLDPNXGSiv4w=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fet/e74ufzhunVT/rTGmpDW5IcyRs14F0Lrfudlql0pCjB3omZ0JIPUpFjA8H3UrFyzKZZ41UhN5yKiuFfz0dAoQ8=\n	2026-12-07 01:50:29.201242+00
01a24e30-d51c-784b-bb49-251bebe59396	3	\\xa4e4386aae62d34c556b7bbfb249fb87a4da856be3954b974c2bc005eb4e4ea3	annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396\n3\npOQ4aq5i00xVa3u/skn7h6TahWvjlUuXTCvABetOTqM=\n\n— annota.local/audit/01a24e30-d51c-784b-bb49-251bebe59396 RNhZCYh9RSrKvClyyismI2J7m0DwUGiy1AMB0q41Y09uPifxLjfMFfONksDjX8s9qobdAl0PgLSriLr0Z8C51xYBLgc=\n	2026-12-07 01:50:32.899495+00
01a24e30-a8e4-7903-b41c-ee76f666502e	1	\\x23294c65d16bd344f46b451e9a538e6b43498fd48cdc8cd87b5a8264c58e7959	annota.local/audit/01a24e30-a8e4-7903-b41c-ee76f666502e\n1\nIylMZdFr00T0a0UemlOOa0NJj9SM3IzYe1qCZMWOeVk=\n\n— annota.local/audit/01a24e30-a8e4-7903-b41c-ee76f666502e yUlw0a208PGzAU+PJX8zRZ6p84kT2abfMpjfGuSU0Z5id1Ga5cW65OgiWa7c0zAoxU025W/LzAmw198EyUfq2hE6uwQ=\n	2026-12-07 01:50:38.423233+00
01a24e30-be1f-7357-acb7-0863daf50c90	34	\\x3ffa41b546ed83a3ce5b711fb30ccc7ec77eca654c1c66d7ab6b65094e64764f	annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90\n34\nP/pBtUbtg6POW3EfswzMfsd+ymVMHGbXq2tlCU5kdk8=\n\n— annota.local/audit/01a24e30-be1f-7357-acb7-0863daf50c90 W1fetz5r/++HLn1nN7EkDkuhYEXgSwJe6qxzJyom98IrN0MjqGQix82iTLD1cZE1tAU8sAuYQrUuHAQC5TKll8KI+Qo=\n	2026-12-07 01:50:40.787296+00
\.


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_events (tenant_id, id, seq, occurred_at, action, actor_id, actor_org_id, project_id, item_id, assignment_id, item_count, target_id, detail, leaf_hash) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ee9a-75fb-981a-e930771ee33e	0	2026-12-07 01:49:18.278971+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	\N	\N	0	\N	text-classification	\\x1a03196508fb93db5a145879ca57a430edb121f9703f62b350af79cdc06c44a4
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-efa5-73dd-8184-b474cccf982b	1	2026-12-07 01:49:19.589832+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\x3520105fc86adc977b7b3e6a4864825e0009cc9fc5576542156d77a69821b3f3
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f73a-7f1d-b7e0-ece6e39dff1c	2	2026-12-07 01:49:21.375411+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	\N	\N	0	\N	span-labeling	\\x4bcc7b3d0ada17e397a0e427e8fa14be9ce49b0de968d5632e5f641f66a73b7f
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f837-7a5c-97e0-86c9c2155e73	3	2026-12-07 01:49:21.839806+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\x9c7d9a1b9414f57e1af0e015e750748b74fc12ca3f53f399fcbe64e68380d8c0
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fecf-7dd4-8032-b9c9e084bddc	4	2026-12-07 01:49:23.340456+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0c-77ca-a660-8addc15bc565	\N	\N	0	\N	response-comparison	\\x78a093330a29554aeec5969b42cdb7b83d6bd106beb10bf65362da22b90ddbaa
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ff48-7d82-9399-f2744de7e1c0	5	2026-12-07 01:49:23.559143+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0c-77ca-a660-8addc15bc565	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\x9aad4dad5f89a3abe4ec58caec69ee58d043bc14911537dfc446d97703f0c0cb
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0381-7a9b-a003-65dec568655f	6	2026-12-07 01:49:24.579977+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e3-731e-83d6-80e2735cca01	\N	\N	0	\N	demonstration	\\x49442c6db852e8a61ab86799bb63d5718bba4ddaa3e7154535b2549ecf82ee49
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-03d3-7107-89bc-fdfaf325b726	7	2026-12-07 01:49:24.76424+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e3-731e-83d6-80e2735cca01	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\x41844a620f3b393eee366c2c05a8562b73fc20414bb46fa3c68b17bc1c246a12
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0577-7678-9567-3a09875d7acf	8	2026-12-07 01:49:25.169901+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0531-79de-8765-52e561587e67	\N	\N	0	\N	conversation-rating	\\xb7e5dd4ac8a1749314d2772b41019840ab6c8f5d3ebd75a798b984a6a6ddfa22
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-05cd-7e3c-97ec-aa7f8169ccdf	9	2026-12-07 01:49:25.2744+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0531-79de-8765-52e561587e67	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\xb316b4fa71089f46984312ce91b424297220bbcd7a5b7362a81c80d2dd6b55f3
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-085f-7de8-9d9b-c77dd58842ae	10	2026-12-07 01:49:25.915887+00	project.create	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081b-73fd-9dd3-8c9505cf922c	\N	\N	0	\N	image-boxes	\\x3f88953ad71c14eb7a8367c78fa69df1bdfaa465fdb852280dc609061e748b12
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-08f5-7721-8c71-f6e538a37347	11	2026-12-07 01:49:26.093701+00	engagement.start	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081b-73fd-9dd3-8c9505cf922c	\N	\N	0	01a24e30-d51c-784b-bb49-251bebe59396	\N	\\x58f2d5e689d9beb99e969f39192227a87d89579477b4a0b8b5a320ba6665cbf8
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-3d77-788f-a801-9195861ece58	12	2026-12-07 01:49:39.42181+00	token.issue	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	\N	\N	\N	0	01a24e31-3cdd-7310-bef8-f215b152b6df	operations script	\\xd4716b5fe3515dcc686974e99ba36d821ceb61653d5914cb862e17e42a1da075
01a24e30-d51c-784b-bb49-251bebe59396	01a24e31-56ce-7436-b72c-1fe4682df84a	0	2026-12-07 01:49:45.970495+00	token.issue	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	\N	\N	\N	0	01a24e31-5672-7d1c-9881-73516286a8da	operations script	\\xac29a17102bac7eae0a02506d437b4ffe227a2e01c64573a1352eef680c9c362
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-5c55-75c7-8c2d-2052b750aef1	13	2026-12-07 01:49:47.427638+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e31-5b45-7923-a1ea-4fac4a398a98	1	\N	\N	\\x7f49ca3460481db2fb8b52c8602a2dc8c10f8c420a4090e8a2bcb61f7d51f0f8
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6640-7fd5-908a-1b3024b98eb6	14	2026-12-07 01:49:49.993818+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e31-6610-77ee-a9d2-358879a4fefd	1	\N	\N	\\xa68c5a6e9d98c3ba41396e293751ee043c490c3822b6bc9b756c16137f8a1e78
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6f65-70af-b4d7-a00e5b51fa60	15	2026-12-07 01:49:52.356512+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e31-6f61-7f5c-bebd-5e4c7d31ebb6	1	\N	\N	\\x256f2ec01cd1b73223f5aeee6b3ec5cfd5344a0f6f2ca3bb78403b824f7020c6
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-71e3-7375-bdc3-15a187444dd1	16	2026-12-07 01:49:52.993246+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e31-71d4-727c-8979-4ad7987548c9	1	\N	\N	\\xcd94961b0a91a1687a0008ab43212e836df9dcb1f0a243751a51c319f3302ed1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-760e-7773-98b8-f34e956e82c9	17	2026-12-07 01:49:54.061317+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e31-75fb-7e56-875c-d29847591c79	1	\N	\N	\\xf58e095c0c552c9ae6ba8cf723419ba1ffd5632cfe6ac7d4fc1ef5020c7eb7a5
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-78d9-7655-9b4f-03cd6291043c	18	2026-12-07 01:49:54.776972+00	payload.claim	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e31-78a3-7894-9614-df9c78d9ea93	1	\N	\N	\\x1e4a0eef29fb546527fdc24130bd29f6081ab2e78dff625999582fc2d2be0f96
01a24e30-d51c-784b-bb49-251bebe59396	01a24e31-82e9-7a43-93d6-fc4d2cfbfb6b	1	2026-12-07 01:49:57.327132+00	token.issue	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	\N	\N	\N	0	01a24e31-82cf-7959-8c42-20048a9a0f62	operations script	\\xb143a72007869327364ebc253af8fbf4722883acd7b1bbb2eb11dea4e3bec6e1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-855b-7d9c-9217-6254fdb68b5a	19	2026-12-07 01:49:57.979035+00	payload.claim	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e31-84b3-7e41-ac5c-107ee234fb81	1	\N	\N	\\xfa9f431883e7f550d4906543a2d5dc85d0b78b5691273fc325012a4e31121b8a
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8988-7fd5-90a8-45044246b496	20	2026-12-07 01:49:59.047133+00	payload.claim	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e31-894b-7e0e-a7c1-e1ee1aebe847	1	\N	\N	\\xb5d9f16d2735b299ea36c82fb0e19f08cf9eaa2d33065426d9c1b413251bdd76
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8db9-7434-a0fb-f0ad2761bad9	21	2026-12-07 01:50:00.06182+00	payload.claim	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e31-8d58-75f9-80b7-ff50b7303936	1	\N	\N	\\xbd49a1479e4c2be34be6f2008467cfe7113d672d49049e107a101c6d81450769
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-910c-716c-971b-43f1f9e62472	22	2026-12-07 01:50:00.930236+00	payload.claim	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e31-909f-7c19-b2a8-dae5417d899c	1	\N	\N	\\x30dcfebfc393a3e4d44228c06f10d2561d909c22c825ad7f7ec06f6d79c065ae
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-9599-7aac-8463-10bff170817c	23	2026-12-07 01:50:02.113973+00	payload.claim	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e31-9574-7d5d-9dec-a41713b9c06b	1	\N	\N	\\x5e60ba6c9758b0da48fcc597d9399955cbcb6ab212d84d78372e472135e386d3
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-a92f-7b03-840e-677c3e5c8307	24	2026-12-07 01:50:07.132689+00	token.issue	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	\N	\N	\N	0	01a24e31-a91c-7507-80ba-b807247a5ce5	operations script	\\x7f2f43ecf1eae4db545f39ec81780c1b462e6daa15b70bbaf7e1b364fed76c31
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-ac1b-7a50-839f-3a58c55ecf91	25	2026-12-07 01:50:07.898702+00	payload.claim	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e31-ac10-7d2f-8c9a-e3734fb3c900	1	\N	\N	\\x2ab2d6b4eabb8dc899d17da29697afd4f77f7a3a8dccbefaea1e13765049c487
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b1cd-7b23-83d9-be964baa9fea	26	2026-12-07 01:50:09.346026+00	payload.claim	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e31-b1bd-7e48-81b1-1aae02a5f389	1	\N	\N	\\x50c6e72f324dd536d8cc6c0f004c2b33b6668abfd67b863b4628314603bb80ea
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b64c-77f8-92c0-7de93fbbfe4e	27	2026-12-07 01:50:10.477051+00	payload.claim	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f419-7a32-8fa2-5a8df58ec3d1	01a24e31-b629-7c8c-85ce-a1404268ab9c	1	\N	\N	\\xb611c028fcce74d9984c2aa201839b137f196723749c41d4504c72a00ef73991
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-bb1d-78e5-aa99-629b8fea6aa0	28	2026-12-07 01:50:11.740038+00	payload.claim	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-f419-7a32-8fa2-5a8df58ec3d2	01a24e31-bad8-7a3d-9780-3de874c0737c	1	\N	\N	\\x549d052db461cc858c123da89ff8672735969ac242eb0798d73adf069794b3ad
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-cc6c-7cbd-b672-d577a98d0b95	29	2026-12-07 01:50:16.096767+00	token.issue	01a24e30-be63-7004-881e-4ecbe4a8666c	01a24e30-be1f-7357-acb7-0863daf50c90	\N	\N	\N	0	01a24e31-cc20-7786-b92b-29d8961e987e	operations script	\\xa3b73d229cdfe9a0f18e9619e6bdac5fc8244804ddd098eb1e522ee21bed876a
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-de25-7f43-a5b4-544617c76c87	30	2026-12-07 01:50:20.708944+00	keys.rotate	01a24e30-be63-7004-881e-4ecbe4a8666c	01a24e30-be1f-7357-acb7-0863daf50c90	\N	\N	\N	0	01a24e31-dd7e-77fa-b3b1-40e598f9164e	version=2	\\x875597ffdb189a775bdddf1d8e8600cd7975c42777fccfce6d5ca6f0f43c9590
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-e74e-7b2e-b01b-248250fce936	31	2026-12-07 01:50:23.047855+00	keys.reencrypted	00000000-0000-0000-0000-000000000000	00000000-0000-0000-0000-000000000000	\N	\N	\N	0	01a24e31-dd7e-77fa-b3b1-40e598f9164e	version=2,reencrypted=85,failed=0	\\xc79175e0819a28cd950c3c7ffdf62fa0fb5052f8e6ecbece38a6877b90ec3b42
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-fe3f-7eb9-9bec-d9b8c65684eb	32	2026-12-07 01:50:28.904629+00	token.issue	01a24e30-be63-7004-881e-4ecbe4a8666c	01a24e30-be1f-7357-acb7-0863daf50c90	\N	\N	\N	0	01a24e31-fe28-7048-ba1f-20b110f60a9d	operations script	\\xd94aa69c0b6134bf25131ddca809a8beb3bb66745653fceedee2f747d8f682f2
01a24e30-d51c-784b-bb49-251bebe59396	01a24e32-089b-72ad-9534-74c8925bb8f4	2	2026-12-07 01:50:31.497688+00	token.issue	01a24e30-d555-790c-a06f-20d475be1adb	01a24e30-d51c-784b-bb49-251bebe59396	\N	\N	\N	0	01a24e32-0849-7359-b7e3-6c2dd6c58305	operations script	\\x8101690292d0adb53b2509e7b5d452058d3f7d9cc8097cc5fca9adc5080a86ae
01a24e30-a8e4-7903-b41c-ee76f666502e	01a24e32-207b-72eb-ab91-cf09d7e9abc4	0	2026-12-07 01:50:37.682389+00	token.issue	01a24e30-ab73-745d-8a81-c40cf5fab3fb	01a24e30-a8e4-7903-b41c-ee76f666502e	\N	\N	\N	0	01a24e32-2072-78b0-929a-707ef1bd79ae	operations script	\\x23294c65d16bd344f46b451e9a538e6b43498fd48cdc8cd87b5a8264c58e7959
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e32-2809-7c81-8db8-5e7608814451	33	2026-12-07 01:50:39.579806+00	payload.export	01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	\N	\N	7	\N	format=jsonl	\\x7056aa4f058db532d6ec6d681bdb41ea030af20b3a1da5514e8ded5f97f9bf65
\.


--
-- Data for Name: audit_final_checkpoints; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_final_checkpoints (org_id, tree_size, root_hash, note, deleted_at, deleted_by) FROM stdin;
\.


--
-- Data for Name: audit_heads; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_heads (tenant_id, tree_size, frontier, updated_at) FROM stdin;
01a24e30-d51c-784b-bb49-251bebe59396	3	\\xca0d3e6feb497bac0b292fbbf88e5005214a491dcaaf5e3ac3b20420139bac1d8101690292d0adb53b2509e7b5d452058d3f7d9cc8097cc5fca9adc5080a86ae	2026-12-07 01:50:32.899495+00
01a24e30-a8e4-7903-b41c-ee76f666502e	1	\\x23294c65d16bd344f46b451e9a538e6b43498fd48cdc8cd87b5a8264c58e7959	2026-12-07 01:50:38.423233+00
01a24e30-be1f-7357-acb7-0863daf50c90	34	\\x81d18d0c8c637f3b6b9ab7f9c1ac8de5cf9296839718043ea78f14eabd0b5fc820f0cdb6eb5ea93936342cb91ae02427d858a4a4cd07e459f67208a8c8430736	2026-12-07 01:50:40.787296+00
\.


--
-- Data for Name: budgets; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.budgets (tenant_id, project_id, amount, currency, thresholds, alerted_percent, set_by, set_at) FROM stdin;
\.


--
-- Data for Name: claim_windows; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.claim_windows (annotator_id, window_start, claims) FROM stdin;
01a24e30-e317-7203-9bf3-26bc466e686a	2026-12-07 01:49:00+00	6
01a24e30-e5fb-7f32-b826-2d340fa78d12	2026-12-07 01:50:00+00	2
01a24e30-cca9-7566-adc5-391135a87979	2026-12-07 01:50:00+00	4
\.


--
-- Data for Name: conflict_class_members; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.conflict_class_members (class_id, org_id, joined_by, joined_at) FROM stdin;
\.


--
-- Data for Name: conflict_classes; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.conflict_classes (id, name, description, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: declared_conflicts; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.declared_conflicts (org_id, competitor_org_id, declared_by, declared_at) FROM stdin;
\.


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.engagements (tenant_id, project_id, workforce_org_id, created_by, created_at) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:19.589832+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:21.839806+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0c-77ca-a660-8addc15bc565	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:23.559143+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e3-731e-83d6-80e2735cca01	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:24.76424+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0531-79de-8765-52e561587e67	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.2744+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081b-73fd-9dd3-8c9505cf922c	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:26.093701+00
\.


--
-- Data for Name: excluded_affiliations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.excluded_affiliations (tenant_id, employer_key, employer, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	foundation	SQL	V1__foundation.sql	941316561	annota_test_owner	2026-12-07 01:47:47.346632	739	t
2	1.1	web sessions	SQL	V1_1__web_sessions.sql	-747422378	annota_test_owner	2026-12-07 01:47:48.732649	172	t
3	1.2	row level security	SQL	V1_2__row_level_security.sql	-1700352876	annota_test_owner	2026-12-07 01:47:49.183529	91	t
4	1.3	check constraints	SQL	V1_3__check_constraints.sql	835982285	annota_test_owner	2026-12-07 01:47:49.315573	4	t
5	3	audit log	SQL	V3__audit_log.sql	1367905345	annota_test_owner	2026-12-07 01:47:49.347706	94	t
6	3.1	audit rls	SQL	V3_1__audit_rls.sql	1912074463	annota_test_owner	2026-12-07 01:47:49.507648	39	t
7	4	tenant keys	SQL	V4__tenant_keys.sql	-1303510171	annota_test_owner	2026-12-07 01:47:49.595131	74	t
8	4.1	tenant keys row level security	SQL	V4_1__tenant_keys_row_level_security.sql	-1881881014	annota_test_owner	2026-12-07 01:47:49.759848	138	t
9	5	predictions	SQL	V5__predictions.sql	-952704923	annota_test_owner	2026-12-07 01:47:50.002614	68	t
10	7	browse	SQL	V7__browse.sql	-1397570415	annota_test_owner	2026-12-07 01:47:50.209355	84	t
11	8	gold	SQL	V8__gold.sql	-1327307313	annota_test_owner	2026-12-07 01:47:50.431074	168	t
12	8.1	gold rls	SQL	V8_1__gold_rls.sql	-496932606	annota_test_owner	2026-12-07 01:47:50.927328	32	t
13	9	conflicts	SQL	V9__conflicts.sql	-1219062165	annota_test_owner	2026-12-07 01:47:51.022413	496	t
14	9.1	conflicts rls	SQL	V9_1__conflicts_rls.sql	686608379	annota_test_owner	2026-12-07 01:47:51.684442	37	t
15	10	project images	SQL	V10__project_images.sql	1383049592	annota_test_owner	2026-12-07 01:47:51.874652	183	t
16	10.1	project images rls	SQL	V10_1__project_images_rls.sql	1652369792	annota_test_owner	2026-12-07 01:47:52.382384	97	t
17	12	deleted organizations access log	SQL	V12__deleted_organizations_access_log.sql	-1978034887	annota_test_owner	2026-12-07 01:47:52.679439	228	t
18	12.1	access log deletion with its organization	SQL	V12_1__access_log_deletion_with_its_organization.sql	-348135169	annota_test_owner	2026-12-07 01:47:53.053692	105	t
19	12.2	key retirement	SQL	V12_2__key_retirement.sql	-1351631074	annota_test_owner	2026-12-07 01:47:53.290643	139	t
20	12.3	access log cheaper sequencing	SQL	V12_3__access_log_cheaper_sequencing.sql	-1318405316	annota_test_owner	2026-12-07 01:47:53.747576	94	t
21	12.4	access log pending index	SQL	V12_4__access_log_pending_index.sql	-596170712	annota_test_owner	2026-12-07 01:47:53.958733	194	t
22	13	tenant key destructions	SQL	V13__tenant_key_destructions.sql	739029264	annota_test_owner	2026-12-07 01:47:54.205885	10	t
23	14	seal project texts	SQL	V14__seal_project_texts.sql	1291852671	annota_test_owner	2026-12-07 01:47:54.285668	73	t
24	14.1	label schema ids	SQL	V14_1__label_schema_ids.sql	1481594034	annota_test_owner	2026-12-07 01:47:54.410853	150	t
25	15	access log alarms	SQL	V15__access_log_alarms.sql	1693723403	annota_test_owner	2026-12-07 01:47:54.814055	82	t
26	15.1	access log locked for the application	SQL	V15_1__access_log_locked_for_the_application.sql	-2003691184	annota_test_owner	2026-12-07 01:47:55.042641	312	t
27	16	access log witnesses	SQL	V16__access_log_witnesses.sql	-1895041629	annota_test_owner	2026-12-07 01:47:55.459845	277	t
28	16.1	access log witnesses rls	SQL	V16_1__access_log_witnesses_rls.sql	187514096	annota_test_owner	2026-12-07 01:47:55.847878	124	t
29	17	accounts	SQL	V17__accounts.sql	-1256779725	annota_test_owner	2026-12-07 01:47:56.164445	291	t
30	18	key rotations row level security	SQL	V18__key_rotations_row_level_security.sql	-934516373	annota_test_owner	2026-12-07 01:47:56.570661	101	t
31	19	reviews	SQL	V19__reviews.sql	-770295578	annota_test_owner	2026-12-07 01:47:56.782872	237	t
32	19.1	reviews rls	SQL	V19_1__reviews_rls.sql	498920033	annota_test_owner	2026-12-07 01:47:57.210638	68	t
33	20	project deadlines and notifications	SQL	V20__project_deadlines_and_notifications.sql	1164813159	annota_test_owner	2026-12-07 01:47:57.335838	127	t
34	20.1	notifications rls	SQL	V20_1__notifications_rls.sql	2097966736	annota_test_owner	2026-12-07 01:47:57.620773	119	t
35	21	rework	SQL	V21__rework.sql	128858096	annota_test_owner	2026-12-07 01:47:57.814973	117	t
36	21.1	review replies rls	SQL	V21_1__review_replies_rls.sql	1421713564	annota_test_owner	2026-12-07 01:47:58.007069	56	t
37	23	project life cycle	SQL	V23__project_life_cycle.sql	-1937738922	annota_test_owner	2026-12-07 01:47:58.166815	107	t
38	23.1	project status check	SQL	V23_1__project_status_check.sql	-437105705	annota_test_owner	2026-12-07 01:47:58.335336	72	t
39	24	guidelines versions	SQL	V24__guidelines_versions.sql	716960044	annota_test_owner	2026-12-07 01:47:58.462778	118	t
40	24.1	guidelines versions rls	SQL	V24_1__guidelines_versions_rls.sql	-1097459028	annota_test_owner	2026-12-07 01:47:58.676988	134	t
41	25	annotator profiles	SQL	V25__annotator_profiles.sql	1781061172	annota_test_owner	2026-12-07 01:47:58.93619	182	t
42	25.1	annotator profiles rls	SQL	V25_1__annotator_profiles_rls.sql	-1344916988	annota_test_owner	2026-12-07 01:47:59.245376	21	t
43	26	vendor shares	SQL	V26__vendor_shares.sql	1072695278	annota_test_owner	2026-12-07 01:47:59.314643	47	t
44	26.1	vendor shares rls	SQL	V26_1__vendor_shares_rls.sql	-1279189916	annota_test_owner	2026-12-07 01:47:59.412026	11	t
45	27	active time	SQL	V27__active_time.sql	-413892657	annota_test_owner	2026-12-07 01:47:59.445219	17	t
46	27.1	active time check	SQL	V27_1__active_time_check.sql	1217211858	annota_test_owner	2026-12-07 01:47:59.499692	8	t
47	28	money	SQL	V28__money.sql	-1010467190	annota_test_owner	2026-12-07 01:47:59.589715	120	t
48	28.1	money rls	SQL	V28_1__money_rls.sql	-873605365	annota_test_owner	2026-12-07 01:47:59.755453	10	t
49	30	single sign on	SQL	V30__single_sign_on.sql	1812873753	annota_test_owner	2026-12-07 01:47:59.79176	27	t
50	30.1	single sign on rls	SQL	V30_1__single_sign_on_rls.sql	-1494927850	annota_test_owner	2026-12-07 01:47:59.838639	7	t
51	31	share window index	SQL	V31__share_window_index.sql	-1927027706	annota_test_owner	2026-12-07 01:47:59.857821	11	t
\.


--
-- Data for Name: gold_results; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.gold_results (tenant_id, assignment_id, project_id, item_id, annotator_id, correct, created_at) FROM stdin;
\.


--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.items (tenant_id, id, project_id, external_id, payload, state, open_slots, done_count, created_at, predictions, gold_answer, extra_slots, image_id) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f402-75a4-a959-a4b03b1416d8	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CaORh0sPgZpQ1+Fvaw0arrTHURHz7uzXA==	v1:Afk1iNmgiVoYFej8jR+vteYquHOZX7cnVcpwnFL+vpx8t+/7Hp+Iilaj0pDRPTYNYgYfTmHr81k5pFeI28mUcDuTBFp7rPWZBFJYtOU4YXXRyG0CzqTDbjnNohmkA+fn3gg=	DONE	0	2	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f418-7b0e-b06b-3003ebdf2488	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CaJAGrJ9fBVjlNa7DBTkpexZ9rdQRBDKA==	v1:Afk1iNkerGVhBUZE7FF+7tVCYsyIUHRWz+9F3XniVE23wlhUtGWm8nN9k1WtIB9Cyr+hQlrVKPwC1JTia2hBVODP2aHWvkLigUcL3bAERNUIkCfGq9Mfo5Vye2k4KKFJhXBqFz1Xm0hWmdeWeUuCKxdvlnVD	DONE	0	2	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-045e-764a-a866-5e3914d5942d	01a24e31-02e3-731e-83d6-80e2735cca01	d1:AWGd6CaxXTi+3Z46ebm8bRIqxeAvTRXzGeA=	v1:Afk1iNm49KHVqG0q6d8XpccnRz0LO0avky5GQYoMhw+2ndoqHcN1kYD2mkuj5DcfvH0I7tcH5OfIKXmUqLiFeu5mVpDF/6PCNmO+qXe0eXSp614HpwScwgFWbzOIFhb8JgeTkuys	OPEN	1	0	2026-12-07 01:49:24.91085+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f3b0-7f00-81b8-edbdc09a483f	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CY09LN6XmLdnvSFN/eCZX8Z29aDI5FSMg==	v1:Afk1iNkYR9F3+dAO7OEba9p16d2Nt0DSES70lld+Jfw7umIrNJXLRLWMjUObyHIWNAwe8wMr2Yhwy2Ikv1WyqMOEEty1XC26F1IpO8nk/kf2qLgyvJq0XBdF00xNnGzw5OUrMJ+BeUvP7L4INy/Tm1T6c6TjsIa+YslValN94v0BEdcuD+0FLMtZifU=	DONE	0	2	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f418-7b0e-b06b-3003ebdf2486	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CbGOouTZi1SQyL2YurNmgFhUuwzcqsJNA==	v1:Afk1iNmjJRp5Xkh/u5yR6UGlkNG7fLy52E9bZ0k2kVEywkuehaKyFR7mgCk3UBNZzrhVz7zJ5AnRMRpy+CPmnuCMO9GHCfQ3n49MGl/quP+Ke5UgVNueb6E2HMjV6IKmnd0gi3R/PiFpJIEqZWt2oEL8ZJpLPC2EMPZSPK7PW9duaNl385wrJxJTtU9q/TI6mDR4Khwk	DONE	0	2	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f418-7b0e-b06b-3003ebdf2487	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CYoVTSulaA5qozYcdUWGhF2RPiDm9T5eQ==	v1:Afk1iNmUVD1ladwC+YarPuhOsz0OgmGgwAZpxBPX9YxI+pybqL637xLwqUn9gtUFK7XzcNlBObRp3AVsuqEcnW1d6PCBLmeW752yZUMmadR9afeF0k/967UAgdaHHrK9vTd/Eg8/0vzQwzfmofeGqid3o/q0IiZH0LQAMP2xQVollUhnrsUHHESMv+WZspijn8dyQNku	DONE	0	2	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f418-7b0e-b06b-3003ebdf2489	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6Ca15TzLB45WFlo70NzMs62JJ5+C8Q9grw==	v1:Afk1iNksSlKS4B73TthHXKWpHGUZd759B4RETlmNKT8WHoYhR4FljzQLoct8FRPlwMS01yzspDWkItV/Bu2yD2WAyjSkHMOyI9ElwApUgOg1tpgPLyWmAOw+rwhptRWNYuOjFAhfWwXHfhzvYXgHKerHo5o=	OPEN	1	1	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d1	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CbsrTUkYW7OoI0VM6UrX7AveegasenZig==	v1:Afk1iNkHmMa2Rsm40P5OcILdV4yje9zLnASESYUFuIHnTkbfi7Kh4+hwe8oRIoc3h8Oaaei4AgESpeLt6winIyDslsDylBrN4Z98lun2HRlVOmKd+5cA7a2DglZT1R8n7LfIuszVex7nrfxgR1ndF7tR	OPEN	1	1	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d2	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CZgAlplREm5dq5ZiwS6H/YIrQb5XBBrHg==	v1:Afk1iNl9eh48S3khWOOD+0KUTJ15joSqsHqGoDFdFdEqy7lw9FtRpUi726DGRqncoOPbZ/Yo0TbLnUBo4B/tkAL4SH1x47h6JWWoFdoiSJCsvFzE/5o0HBqHF15t7Fwy/bsY	OPEN	2	0	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d3	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6Cb5UQd7HeRnSbjanDCU30n91HsyAlxIog==	v1:Afk1iNkQ9wGANt1kfJ3OG5CovSBzp82XCau5QN+1yoOCq+eS1wEtjRopAEz5QdY67+f71CPA2JrcrQNRjE/eojcyHFxlw8CmgOYcSUdT45ucKzstCY6oyaeWqWQtkr0bddsCBg1wNDI6/8T6fg==	OPEN	2	0	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d4	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CZLU/Y+O3D4oWuKMbUCc78DvJDwN5wjiwo=	v1:Afk1iNk6pZwx1SrMKobyekd/xKRIgUp2UEGwGfWgowTTkGnEKEkc/m1OCtSUii8QWmH2YtAubPRAw7Kc8OY/8VtuPH04JDnt8eCVo0hDaBt8YrmxPyFOyGllQUXc+IT6O7mwVUJW4Duz5iozLRe+qBFa6gpe1vda	OPEN	2	0	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d5	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CalhgjCnMuLmbrPWz4iaDmQdg4IabmfsP0=	v1:Afk1iNl4ksA4dr3RwY8eSNZQhvjPkuv7gggTOWy8ygCl3YAmYAoWXZWRK3XPSr7rtczgZohYSlKfXFNnCqR6tBFi46O1h3zM+S1rc7aOLdYarOZctwC/A00ss+l90km2qy1B4bO5awQ=	OPEN	2	0	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f419-7a32-8fa2-5a8df58ec3d6	01a24e30-ea46-78c1-b0e6-87478c5dad29	d1:AWGd6CaypdNzTZ4i/eJMFJVw4MkUG19bD8b5Z4Y=	v1:Afk1iNkZGlNyxsb6K25eroy9UpDDS2qWEHdR2mfsktZl+7nKuCTkmR4+wKnpTLCPXoqG+sCuqQTbaygYLgpxRgmMTFLk2e95ndRZLDADsYx4vmsyQSWUQBXJoD77EeBEWhStq6GN8x9nC8NiEw==	OPEN	2	0	2026-12-07 01:49:20.080033+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0461-7fe3-85b9-a9b7f5230f8e	01a24e31-02e3-731e-83d6-80e2735cca01	d1:AWGd6CaVYuAskOFZTTUinpwZvRZukwiXVDE=	v1:Afk1iNlPGOT0g+EYB+79qkiKjpo78rvEfZNOPJ+mY1hZ+bgFtJGja8zjqqmIIp9FDf6MnsVli3+hUc/II4mQF3+dr+1ef3xhfxeYQFOPkKaGhF4upDA1XVWYaaPeh1oa2KF8GIF3uLwAkTTrcki66whrcW6nxaGGXVpECX91pED5oCkie62rxE8wt7rJl3B5vQpExyPBPFX4KhhrYdATP2A+Obe5faZFHToJ/3l5tAo=	OPEN	1	0	2026-12-07 01:49:24.91085+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-faa0-759c-a2d8-17a08ea39df3	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CbZMKTevKTr9/VUoNz+2i90iTdKX4TTiU0=	v1:Afk1iNn3l5MSfHhbY2QrHLOOlPUZaDnZvhGI0Nh6zWkB/LURd0qVWzlcuqV9JHIWvpIiiXrF4qpVvRYKI/vfGEa2hn69tO/903jVvFouO/29V8WMZawLzWMVcLeP/DMB6vvqmbV61IOJbOuEAbZ2xuU9HRyqbs4Gsuhcbf1kB4oypjnoKRyZa2w=	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNlPqcvauQ5Yy6aiXozydmloYuKXQC1iHnI3G+sfY7bk/yceFNtik5Cvq/tBtOvdoBku1k+prUPpUuozMOU+438lelRbC95z41zsF1Zd1paJerZa0xzZLpXsyCkjkchhXDNtQBuSE6u8elb1qxo5yqWR+MFXaqBLVuYrEexIYykSG7GqiirUFqiak+DgkyM1N/UUFI7bZRWvZfHQ687ChxJV59VivXo5QMvf8DbVtLl4lIA4L+1AtmwvtViHH0519ajeq4/S16KJF0jXyj+QWBYASI5jE1Z99YmucSv7j4KW+jNXuRwqImqqcpF6kdYhdRcWBA==	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fbbb-71ac-a1e5-9fb5031b46f1	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CZmOzcBjc1UVGMM2UPYCwH2fEV5Bq7IGuk=	v1:Afk1iNnJEQwBwmNpm+CS8+uqKCVWHHuiNJNyOHACVevWAnOoNzaxc5xHPEqwJfZDP1WHImNkIWii/6Q8CbW2CTMl70BM2UVwprM/BJQl09hUiag+CSCgSHYkBd9lI6ucAJT2Z7mxLS5ZY6zj95908zye8Fp30GIYV7PSMY36NeV8JCki77zmdIc5p1KD	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNm46WYxG8Zsk8K6cW1mJdxBJaBCqeha8rHlsFDtaGi6OiXL7deAeJKokuaRYnyOZrYLVumUuOZV0EiBUr7sgsTItZHYbveKpyl7qeUHlHnguJFt4aOsn/8IchGe+oL61g1WqHZiAlJY5P2+VhlAYSRwimsTUo9OF2D3kkpBScDAILLIikSlGrR1VjXEbLL6aA2rG23CpYSZrv2e6tEV6pjF50VS2qY=	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00bd-7667-b5e3-7f86ee98b217	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6Cb+v7AZ1eaZ8NM9qu20opT6LV71cgw=	v1:Afk1iNlk6u+0LBhu6MIhv1iHw8s+oUlYHuwgOR+GNSPYLg4UIPOGLfPXd2WgOtCWiGyPBV56soiD20KSZlD9srziN5dKtvRHmjHnaOyMokGNLcLI0ivJlHofaOMVfq1TftZ96z0IuTkLlzLfKpQJclFCg0hJfZBBBJGAGEb+yYBqryWnudLOqodsau90DY9hHBIxgBcXhW0j5eiRWyeXrjzpDuSN4VTcM1NLPVoaJvkicr1g9cu883MNDJUMeAC29E3Tw9KsYad7hSk+BGXw770=	OPEN	1	0	2026-12-07 01:49:23.980614+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00be-7c5b-a59a-a3bbb67f95f1	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6CZuAH+6zVupEwXunJ9jxoXOyLd17bQ=	v1:Afk1iNnjaRiWg8tHyWjFMgr9NPAYuwYJdDLlWyR58K/c41OD8IcZH9EGTo9ftX/FBnco2Z2K1HjU2fpRb7mRwL3zb+tPhiHOgFIXMGHfzGe38GBcMmKzruudI+VSaDcg777wONZBTmOw2jXew1S3cflKY5zr34n97xlrX94RhaIdg4U/sDXhy+67kXpJYeaENcX8nrZnarxgzG7GaCGqjd4b2bjQTMioB45yFHDMKctGw7xe4eczYiv5Otxn42Schn5Q+CI4cou8xv7jyg1exG31wZ1e3izrILtzrXBsQjrdDara50G8ChzUzuxo5bNyYjgrC7PwqkTkWSdApZ3fmd1Qy2NMlWNm1w4+uk6Tx6hYLYpzrUKeqG0oB8Kvhc/TAmG1qNZbdbSs+LUHrHpNbMQJ0NyRAvqblyDc79Xda/y0LHc1U3LN0pROJcnhl11N3sRESywLGnlJXZOMd4AlMWwVAOMnSu7dET/qMl2zrqVAsebHK2Z4zQGd4sLrt6uwcHGFb5fkqmFbqEs7PaDts0HFzDH05EomjpI7RvLPIDqUzCbhx14wA3P/qHTyNnQWI8Hh0u20CLrOALi3G3RrYxiCRqCgqCqbhrDiLSAGLw==	OPEN	1	0	2026-12-07 01:49:23.980614+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00f7-7db2-9058-f70202d8efcd	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6CbfoMXkAMLqaj9rPVoGoGTDj96glb8=	v1:Afk1iNkGEtKq7TP2q6J0w0XB/vCGL8U3MbskC0yJ992sZiep8/993IisrHyEn7Qi1ZUVjSU4rH14ROp3mhfiVjG6CsRN4G8chwuRrg/SiOpMfTdb2ayM7DxJES3K4oI8MfFu7p7sfe/wsfnlKiL0xtvndEnCK9OecyY5rokU0S7O2AKg1SotswBFdVva8PIygGRdtzpQZHLCQ5WCaqn+bCW4X9KLPRhgZ56EsiTnsfssBQ+MkhRLijwt0qSaAtkVXMkcifdy+D2jnPYN4xGwVJeZ5yvp40CzAfx5qE+ngTZyzJOrPTiHLjmRuDeKFrZ0hqRJ9Azr0UicBKGsy2eiKsO8NNG33C32q/6IZeo8QngnW3A0DAAUuVVEuqMDxbfYbi3/diYg+iU+QxdV9teTMaEggUfHNbiP62pjFL/jKATQa9eIIkxEciO1cSlCcN09dcFl8pdTcQE0AmQqgZltRlWEaXL0MFu4wrOebqclWUT+5jwpmx1b8HN4xILG6Bg1K3RpjO/b4c6K7ktBmt7qLLW+XNpe53DzIwOKGkr+v0TDGw+/EInQhXXC8i6Ka0sEV68hBLbPEj+tLZxRO3jwCxb4RXeudRY=	OPEN	1	0	2026-12-07 01:49:23.980614+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00f8-72ff-afc5-cf35ec158dd6	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6CayJ+NPA+9GlTBeDJMw7gWZAEgp/xs=	v1:Afk1iNkpjAqWFFQes52/pbD8JKQrBygIiEyBlssEaK0FsiPD2FnTBR4Vkxtnlp+HGHbdlOPE8PbCez06hZfAe1Wq73kNsWuDE/emSf9aS7KdrAIzx6+FZzDDu+2oTnkTFLZwuRhNg5/0eYyMHrB0yHrmdUr40yhn0+KLD9f/jacBgjB0NRy5ecYUWWWD+796wWpWdSbvwYQOr3QWE2qDKgJPOJb/TneQ1iLrGaG5tqWQjz0xTDQOCRjanUYoc2FhqF8SD8M3xMomumQFpOjaIu0kcuvLuUZMonAqzX4mB8zO52c=	OPEN	1	0	2026-12-07 01:49:23.980614+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0444-7e90-b0bc-a3ff2a41f974	01a24e31-02e3-731e-83d6-80e2735cca01	d1:AWGd6CbtnH7d06Pyeho3OEJt99Yqw57UfMo=	v1:Afk1iNmBRdSoaT0mza1COfRZIF5UUYt3Gab4d48LdKTO/x2mcu4/dZuKwb7LTWg/zZo+KS250XFr2B/BkQ79RYK82mVIGUZPyT1vpkkAXlL+yzMnlmaG7G6H+nti77U6rSh/qki0QwUg3/sdb2+gFejPrA7/cqNxjxc2IqfD4RHFeR4c7wL9UGs6dvIZ8E4qOfc9NnfN07lyZzgPgDyCfnGLI/QWH21nLkX8braWNORSDiOj6uj9cS+OEtqdnjTQ4s6Cft4=	OPEN	1	0	2026-12-07 01:49:24.91085+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0460-776b-8db3-6fba9fa6b61d	01a24e31-02e3-731e-83d6-80e2735cca01	d1:AWGd6CZb3hBWmTILekNQbSQEIOlnQCPlp+o=	v1:Afk1iNkDgwTjqSrY+iVba78CdvGEF0HU7JXXYacd1lQevrMAVdvP49bwYrVQZt8T6+G+75j4VCJCg1CT+iAgXGRMgWcCT8a8JiOrtEEpapMxOmQp8TnCKwUIyXeWonaVM3Lv81IQrsf1PQZR7VjuBAwpI31tA/FbeqU12DTibil2JbR4nJaFfgUVsvDJsVBrWirKv/zRtZIpVxPQZH5+f8UZTQpaxkhHLRDn0LYtdSPQJLFiekqpvCen0DEa4Uk/IIvPqxPRpsvMleN1ahFArA3VCRCkG8sU954Gb4jxnkc29MSYuOE3Xd2PqxScuZdJmmfc7HpbsWOi6p6oNJNxPhO0f6u+KMvjmFQfZDwY3YudZ9xQRzlIWKBRa9VpqHTth7yDmQgXJ2PGZ6g2T629KZb4+vK/VOI=	OPEN	1	0	2026-12-07 01:49:24.91085+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0460-776b-8db3-6fba9fa6b61e	01a24e31-02e3-731e-83d6-80e2735cca01	d1:AWGd6Caq5zPvRjEoaur1H218XALcgr10cQE=	v1:Afk1iNmYoan+YDCKN2HfcCK/EYTzAMXcjAu+eR94/zf/MmWCnNvNFwU1znfWj0pjgfBAuODEg47G3tjw4xDFi1/WHFS7DMWzzTj5mSCWR4IE1XDWmd7MIOX/YDrleNxWZtGx0c5Vy957pA==	OPEN	1	0	2026-12-07 01:49:24.91085+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-06a9-7b58-b35b-42a603f092d9	01a24e31-0531-79de-8765-52e561587e67	d1:AWGd6CZ9/QHg4lmoMiHZge4OxeUoc1FZaJ+K	v1:Afk1iNknA1+Rh04KxztDdp0yml9H/zcO1y/m5t4e7LcqBczleqD5yVqHVHKk7mdpF1mvYQhrvmvnLJ0WfDI8Zu3/QOpnQzlUj0PtUJ3ZtERW3fiA3z4/XeQVqGd1YUgxmmT6Nm4Az+1yUd6vCMOPXqCZlcO3SDkJNgMrpfZpTXYF64xy1KFVjzXvW7Mg1rdl120Qm1or87KcXLLsfXdQEx5yTh2cSszElb28mJ0HZpfUGkM8J5F+DutzwtwGtwBd5SdNgLN8Mw1oq0E2QkChqW17RumjodtGZt7bUxpCAbiAk1tcf1KGzLoj3TKrrH+RYlEd1YCKCWCnNBlC38CP0cvypObTUgvDHPDG5QH8Ou+3re2FbDN2zgvmvYYZ/wekn2tIfe19XxRWoLwmHeS9Oe/zEDNAWLE7QWXUVI6EGpN5yqRT9uo276GMZLQtPakHKq8/dB4j+fOfuDYoBt8wE2hEBYgJHBHGeyx3WAt+GeAA7Hqke8568fFPfurbVz8dZ7m/60YXMxe159k=	OPEN	1	0	2026-12-07 01:49:25.477423+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-06aa-7e3c-a204-0daf3978f360	01a24e31-0531-79de-8765-52e561587e67	d1:AWGd6CYdH5KAuQ4XovSwyRNGYJmHIgOPVuk5	v1:Afk1iNlmUyg3a3D0wO6vSK0HgyLzpEVK8J86hJWiF+TDgdkDfRSld4zXniW+gEtzhDv43QmTG0ZFA/TD2JemK5yYhXz631NprVVDSqjWaOzJjkgYjheHx+CLtHbQKZ6BX37Ldy9Q99PVPC2wAsV5ggVZ1I/B2SnCZYt3QDdRZ/TD2f3LiFJrgF+U0U/LZ8dI5KYoakq7C6EojnwXrQzLhRZaF7MWZFmlB0b28sBv4P9jOCLB032KzUYlWMuErxhhXc7x2iGDtBKOlWG27f68Y/kgGgpT9IzVhqE8LX1Hfd/SraFVVUe8yGoHu9vHfxEH4KfhuGxgY6a9EjP/YlxNVN8/TQv4sCEZ4gmgrSiijE4/3ItYIJnQVJpDPsCEEDv9IFBGyNDtcyllNdAVdLiG4QhywirSw/xILRwNjBOnKCqEV+9mNlIVcHTjXFeesTMu/hJ9CGdnA7Zig7cZl1Js	OPEN	1	0	2026-12-07 01:49:25.477423+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-06aa-7e3c-a204-0daf3978f361	01a24e31-0531-79de-8765-52e561587e67	d1:AWGd6CZMXp4d8NQ3R3N5kDUNvP5Q1bKzWApu	v1:Afk1iNmMNPFdHjPOdsOMJs2d1D/imjDMKb308OFHpje+MBjrII08ZsN0Dmkp8L7bdD3x9zS3/i8/1l3lXwGr8OHC/kxYLsa/TBX7fXA0P8Kd54oF94S77nwj/kNUUbpEJgkwnqY/oksfK5g6boXF5wsMMpn62I66/nZbTNTG3vDmjQDklE9ybXkyktuFZFizKCRCPYbAKfvN1gKQs4byOucN5vabULe06NKXjxYoQz2M80a2fKGKXSeGzB0pw1V9kOitCVupRbsy/98RSSJfbXveNRkeVkAk9gdWhpTQgLd//g==	OPEN	1	0	2026-12-07 01:49:25.477423+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-06e3-7623-8c36-f167e4887903	01a24e31-0531-79de-8765-52e561587e67	d1:AWGd6CaI1NLjcN0ZoqjVz68rpRPQUOBQ0+ny	v1:Afk1iNnx+/1mgr58Qxb+do62+8VMCB4LU5N6W/ypUpDO07c36Qk5vZ84sFBfr1qt/2fkX9772Ur1ztUre0PeG+vPWE06OyMuxGKcerVuDi4JK3m8UIRuwQopN54gpjCFhNZNXlJu73R5IfRVHnKv+Pu8VczVGokQ7CNHDcMTXCtSqwHqIgadDZwuEzmU3ZNphsONdrc43gV11nWyHGn+64TzMu4HNjqk2PpJ9iQpqHKY8qY82o93z3eaNggn2CE+4f5PI5tiQH9TrJuRgeLxpeQtkNm7TtqKoTMPkPix509m52YrVwFI76d6PIJErE8eEKcaPCcunVM2/WBZ1ofAihayn/Jg8N7oVgn+6fY56JRgjbByQexJ+mKmqfhV4Fe+c1YgWpfD4HnNK8s0eqVU2l5uuvT0AjKskjB/u3xNn5v7NlZBBOShhW+73nB5wwM3V9Rj3YNCo5c/IqceZONX1ciI7/WsYmr8lYmS9yWx	OPEN	1	0	2026-12-07 01:49:25.477423+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-06e4-7df1-a379-57e36176fd69	01a24e31-0531-79de-8765-52e561587e67	d1:AWGd6CYGJXz84i3v8KIF7ZhbqsKXRDdQIOrd	v1:Afk1iNm+V9Qk5AT8qSwg6HXFh5BtkSdHrfi1wWwq8mAQEx9oOPFWfvQHVb/H15pv8NTQX0X+Clnv3RRY1EyIKcOVMby+6OzNOfAHzhHYSTa8M6ooYCTYQS19TRtqBf45FFA3vKWcnEriKbPgSTZM59gp62HTp9Q/2aFrWX4WtbvO5udLf5H2lr2KwNDQm3fUQQdorDYoxyoM4377DtU3ifo=	OPEN	1	0	2026-12-07 01:49:25.477423+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-09d5-7d33-976e-d934ac8b8ed8	01a24e31-081b-73fd-9dd3-8c9505cf922c	d1:AWGd6Ca/LM8iFQsfwUhbX069dK2w2kRw0beNvQY=	v1:Afk1iNkGL+ZBynvoz2KAX9i4qZ2mukUpJrOgfLMS9ESiW3bbt8YOVWxwO7JrMrIcXUNflZAjztNMc5ZG2uuXaka+dEs5NUV0TOOZB/Tqdii9YwE0AR0bQW7sYqlJOdri	OPEN	1	0	2026-12-07 01:49:26.30864+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-09d5-7d33-976e-d934ac8b8ed9	01a24e31-081b-73fd-9dd3-8c9505cf922c	d1:AWGd6CYC9I/SACcBbdhLRnfyWEyOLBlGv/rMsjI=	v1:Afk1iNmnq4O2LWW9Sdx073q7bfvzvdQFj4AvDh2AMIb7n+bUQJyANPxqDY8WsEfup/5MCTxIOTVogdmaZfyLEJ8BT5ENiwkbHKpBMqTMTtjk7uGB3dXJgoxOsoLYm/n+	OPEN	1	0	2026-12-07 01:49:26.30864+00	\N	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-11a6-718c-b43d-da95edcafa11	01a24e31-081b-73fd-9dd3-8c9505cf922c	d1:AWGd6CZUI7rUFyDOq10gYAfNouozPozJMVvOYQl3UJtOqLXlFbM=	v1:Afk1iNl4WHphHBkYlihrVwqPbAXz41s/tyYEluakM1TbB/M6mtj5aV0D91iUJt2znpVNTfqqu2+Angd5UL/av73PdEY6Jz7ZlQgk/U9egFcrIEHSLlrgxOK8sOS+DYD37gYrx02MBGokNPrXUxLnE70rmuvh5ujSxaOA7AvvCjyqN2mVfknOdKwvU14HcmkwpYLLro8p1ZsGXGPAyeCvjZwJZwD7ejlQCmAcr0LfKMMABed9VUlhnubgSesDScPJshkwm62nXTmMkz/toa2VZPiONGueijkIUZSwPC0tjOm6U68uwGU6MquLOmSo/BgAqWxbGhgx7EJ2lKUjXw9q1Q==	OPEN	1	0	2026-12-07 01:49:28.319061+00	\N	\N	0	01a24e31-10f3-7fb3-a31c-4dee4172214d
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fc1a-76e6-912c-e47efcc9efeb	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CbQQEQFOudiY+0pSHqFLGoW5UrPGwIxcsk=	v1:Afk1iNkFMi5e43jJkw3syWkPJFxG5WRYOItPjXcD1RLt4EeR5CxSzcI6g16HxRmsaSdcDFxHZc1B0OPH9+xCD7wxGQWbb21fOAPa9eKtrPmPBFR5yfwLRwgklFta5JZukEQbp3FkT1qlaFbP6p30L8O0PJ998EVxUl7wlNwStZa3bz+sI+dcJLvNFtJd81h8CtTC4g==	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNlPxup08pV4UhdU6NxlHjdENrwAi3Rt0NtsjtBO6sR5nBXA5OsnHPE/8RAjxv2Q7Mp+b63c5bMIfRbUgIH3W0cAOJJ3MAZoC0iDL7u5JX6nfDbkBhKw3kmlObT4sUaVRso32PFoKsUZ5SaT97Z4ZyAsGOM04yxd2ZxzlXyXDhjU8uc5qo2zLgDDBtASbEkfzhJYq66jL2rF87CFgqkSntQza1jjoat19ZyvnHifl0HhCWwHkcvETeWvMnw7XlB72gxoMIvLxE/05Dufw7iXGFk4c7Gup5UtxR40W2gc8ULXIiTeImXtf93wWuEIPYuzarCJZZK7uLbxydNjPaKwd8zdL9o3ogqb6fIVB+2z7AWcR/0obehNIw==	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fc42-782c-8372-44dfecce23e6	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CYOvZzYovAiFYv2HJPcjYMi2wFkR8rrW6s=	v1:Afk1iNkGkEFw4Oq6qwR+tPkHz9Kh6wM6MTFyPPmhKcBCa8qMHwsJiwK/DBIARgwd3fPfVcOVUlGpQf6b06u6j1xHUur1rnEAC+q03og6siq9fFA/af4MF0AZCF0uLcbfRUNzBbwQ0oAtqixgX8xSxKyfQIV36s/yJ9wtlPK8ZFL2WxsmfJmAsvmgyKV6p/R9CyJrvA==	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNlGVt1pelrqp034Nw9rx5qs1MMcscFGOpwf3KNBqYby1B7xW4bK/bPqD0xnS5zu4neuC4GeAmzrhNQppbrZkBM9q9PH8wr+pYvIJ+4kWbPeIuflelV0o2ty52XHCI9VlN4XzcvjpbsOE+WmTAARHZfG6lvOq58MLPXx6YHPSz/VU255BMfPQydyyrUtlqPqPu067eoSta8lOiEJJuJv4mrQH/hsG3mzZUU2SgdCRj7/a59pnQCkHp43rXUFClKu46dr4PxghLKUGn4=	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fcc0-7f46-ad53-87b786820118	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CaiHglBiUzPKQ13ZNggvhB2cZu93R8Ppl0=	v1:Afk1iNmtdBAgtU3xFBK1dtJUJS+opAy/seOG+BAgydFgwO1//xhOgRlz4E1iUI7ArTef9FzRmcvdUreW7Z681m33Q39ACOkN4KE2X61b0OEzR28Kjm8lCw0rNc1Sis/TsaBBZ4V0/jBRZ3lQ3SqBLLdC4gd/fsBodf+LP3wqyw==	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNlaLzRWDcJ6KvVpC5z0Lw4p3dkwOJOtYORzmxGrwOfaFnKqcARFOoCn9TZbBu1ni9NuFbaliemR5cCg00U8mx/By++90zf0HCGRA+DChZrOxnTw+lnnREjpQCXF7ks8xb3poUF3e/NfFOuDraJh12PU4vtdmedoY1iGPgWavclqtVfxHhTgp03JamtJFm5z4RNfkTCmzlui1H+uHxnc/cytPlpuj1CqGFsklZi2+pZ0orqxKzA7r0oxOFVRbi5cCq7LukuaiXenxe6pvRT4eRtxczFwOmz9PxVkDga8Ezt2ixsIc8tU8/1nZLSP0XMSEdy6	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fcc1-70d0-94ef-934261091cbb	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	d1:AWGd6CasWDzYxiEB9FPSybIprVapa2dYOqWkvLc=	v1:Afk1iNnL1H3b+p4CoN4FrSo9HxZpKGCN+/8GNF4c1p0GDdc8DL8H4lThbGDvx6NV3LDVK0g0iGhl29ruVa/S3F8hVRMXf0YuReOWkESjI6cHTyj3VPOuWRS7Wt6cTP+KiHAEbq+DJt6kEBa7t4ZgpD0btKU0iBmipqYlDzN5ckVm1cXe9lkbjw==	OPEN	1	0	2026-12-07 01:49:22.138903+00	v1:Afk1iNmXRvAkQiVetRv2eWetVyI5smnv3Z+D0waFu1cfM5JnFY9SaShO3dX0MCKIypcJD1kEwL55kZCfVODWoc5rA/WI2ChjrVEMu1i875x0JMCFLLKjCqQTXdwPKzHVRdyxhNbx2AX+eq3mwRxt7r8YaVjrw6BKKmlVxqGF1oFE+i3L4fPC2z25eVSze1RJcgN6FJpm82NtF9OnPrgGfd36kKLGugO9srI=	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00bc-796f-a8c0-eea88f3c9ac3	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6CZmIWSfngRDzRcHkVQ7BuED6rN4rT4=	v1:Afk1iNnlm6hlncz9haswDyH/ZPb+rblnQ/r2V6ptBViOqNx2afyxg0OUHIfRhmgRKjRJ2qX0sAlbMZFZZw0uW/s9xxIbXAboOF46513ofhty685LWEEJPbZLa5xWVu9u8ZitDafazcTiQeNbkapEqmhXPn/bCSwZDoZfnBa33K9q37N0fQcPavQAKhAXAXNv8cdTMfacxyfaBBl0i6bcaJBh+fVEEj/fVWd8SRcw4hl0xVmATFFINMetC1CFeY82J2Sxtp+UTX11g/k4DgRbYi/LDOXnc1tL9mjHp0p2XCDoA0dEXaZaoQKO/TFtkDBfaT12A5e6wQHn3TxCa28bdZbEVv/qk1qWX7lwTQ==	OPEN	1	0	2026-12-07 01:49:23.980614+00	v1:Afk1iNkZv5fAaCxl8Gv+3HHBWJAFEsfD/yyqj9Gd9ktLJpC4CRztf8KlkOirToeZ9chQfFtD1yNrKPQ5Ip0iW5G9TbcAmXDcW5wosiCaLc/XCS8YGWvj1B/RefxtnIjbrl3oZ0J1OdTZohgfirfM6BYn2BCS4NiGoWzrYOV3tXOPkI46VFGVeKohlpM=	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-00d7-72db-991e-5ef37a81bec4	01a24e30-fe0c-77ca-a660-8addc15bc565	d1:AWGd6CYTP9XDFF7KKH1ivS8fLwcBKoVM8ek=	v1:Afk1iNlOxNkUUSZu6rAJAT3GKOajB78LaVf13g6sEAkLl+W7VwYMm/3dI/pPtJTbZSdZi9iWzm4QSQfUIJHxlWGrZJC0Y/gLEwzftHb5u0ZPc85T8xqm+uTNF95vGRafXVCrlv6HYfqAJMIbw4YYP7X/SN+Px8v2vnO6dZ7s4rxqVrpZCmP4v2zRBp0D7BsyQp5Iv9EOj2eEJPUcVb1rfyEXJzpI+FDFAfEoi5mcqpN/vtE1/EvWXSzJafgSKb/3UH/tJ2ILx/NnD/m+0As8WdQ/izMtIijMNgRs1sxbZ+2FdMk2riB6fVWg9blhhCg4GIFXWi2C7nmCiG8aMvlHgJPI/lYCfB6bV6JYovl/NuWTpzMXtgRHO2BF9+Cj2ppCzQ==	OPEN	1	0	2026-12-07 01:49:23.980614+00	v1:Afk1iNm/11XbY64qQ2fnV0Pij/tupykgXTyGqIIhpzzaU422EAjspQqmtj5/wK2jYNICHQQoej8hrEt+3ykjp3Mr84v8uturfj73Wovfvv/6fHQhxIrv5RQNT8I93h4hHDKTo2bvbfH+6YmPteVLQd6/gpewKY/cJQ4IIISRq8CdjxXNh7bCtoGO5LtZ9z3mnrI8LRbDS+oaV5U=	\N	0	\N
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-09d0-7f8f-8267-56b6408e0369	01a24e31-081b-73fd-9dd3-8c9505cf922c	d1:AWGd6CYoqn9JlBUm2juY5MQkxWsaDAl6py7n4gU=	v1:Afk1iNlXR1Ntf+gScqbJJyqLYTLpZNq1yKJB6+6lnxGkUQnCubmeufpsOypRZzPVfk6niI/+WuHwm5Bx64epUGRKbN+iGJbBZTPjxjHzSyxiNLDzp5veyKt6hCtlsQah	OPEN	1	0	2026-12-07 01:49:26.30864+00	v1:Afk1iNmX8Kk2u3nh5ivjZlwmsMJFzLvyLul+sdPpNHHS+Inz7+r+Zg+X0/MQ0IM1uHMyYqNV184lBWJRzw8gUBg2wkahket5WENjuGFVJ67TJWdOVuaTuaK+SvMVNU7oGONyDvRd1rl9qfYnTAfk9XhjMlB0sOoot7GNKnvLRM4BanOar97Qc1e/IMtlfq9PaMn+agpkWtoiyFYaZ0UyzmESDL/2MVDPr5ZzKph+iD1hiGYr7rFoj3UmHSFjpjTMqAHp/n1btfJw3xvEg+VI1arDPKG50K2w3OZUaZfyaZHJPhPzTX4LALD4wym1D3pdFRG80Hk=	\N	0	\N
\.


--
-- Data for Name: key_rotations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.key_rotations (id, tenant_id, keyset_version, state, phase, cursor_id, rows_total, rows_scanned, rows_reencrypted, rows_failed, requested_by, started_at, updated_at, finished_at, keys_disabled_at, keys_destroyed_at) FROM stdin;
01a24e31-dd7e-77fa-b3b1-40e598f9164e	01a24e30-be1f-7357-acb7-0863daf50c90	2	DONE	\N	\N	190	190	85	0	01a24e30-be63-7004-881e-4ecbe4a8666c	2026-12-07 01:50:20.334505+00	2026-12-07 01:50:23.047855+00	2026-12-07 01:50:23.047855+00	\N	\N
\.


--
-- Data for Name: label_schemas; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.label_schemas (tenant_id, project_id, version, body, created_by, created_at, id) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	1	v1:Afk1iNmK6IkFiZdXEU5uyD2Cs22nPG41V06k4tGEnp6pGX5bKRpzka0irA8yKxNsbq/rubJAPW32kR8FGoS552bjRi6p1NvC1pbs+dU1GWcZIbDshN3fFU+ybhGx4v84B1xAg1l5PgvRfpERDhAGIxTfTmL6a9lYEDQxGT+nxt558KiW5QqDm07CpmkojeFq/dD/wVF90zGU	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:18.278971+00	01a24e30-ed40-74d0-8cc3-bb5dce475283
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	1	v1:Afk1iNmFo7oafueVi37hPrcvmFhYDj40AVIAbf3C1Hkr8N5OBGLPO8Wzm832hrqp34TI0J3CYSqwjM8siolXXIN6mtuoOAdfiQspLyR/unikWXS8QhqVQJGixNvQryl+Itt2MpnZsCXH+iV07t9EPRMvoNFLvshvcRoU/7mVNP2yLM19Gc9D3koXP1T1YAEPvrG9RQ==	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:21.375411+00	01a24e30-f65f-7b89-adbd-47665fdeef0b
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0c-77ca-a660-8addc15bc565	1	v1:Afk1iNlDZwhjNH/1Pcmoawe2BDn7m7RmK/3u5hmlnm8L+lv1WOMqHdDkPSI23mFCW3Cfmb86fPYBPgU3tXwxXZfwo2RDYuWZPXd71zqZ+bna2THfy4znwZZsmyNSur2ByPAKYQzuKbh71gxAQ7E9FIncQUzKFJXMBtatc++chlI4VzP49vX7w9nl2MWnNv71eYdnPI3IIhNmbcNzHwjLU8F/HLXwOhbEniT70NBGUMimFl5+CgnLr7FkfEqkwC1g85Ze7uc9rqy797fJvKJhXV8zH3dZGOjJ95ONg5pwuP5P90YlvAzsZTepL1Xrq/zZYjkoQ+IdfMfmaEy+R31sq92dhKGGEG59CMZNWeZlkp2yvK4l4LoBmHb0XZbKXU5lx3yMF/2OXH9bIslhuQENTaXadg3q+2R+ZFegRFmadh7lgxSJOpN7Bh6Y/2UgRmkg1Nl9T1ygs1gz4DxoVKcK3sTK0wraXGsfHpHi9nOeV3DevzkBs9DOtGE+d7UrgOgk9SHiOoZD3y73MZLjcfJza/ZMiCFd4Ai+9+UUWQr5xMBMgtU3Qpyvp3173/2osmCl89VhlTjRLB9vaXLRnHW2f7KSGF/rWj0Es9RrtWEfrZm5tFBJCkvf6V8D0P7mg5Op3mlbc6gjWJg0zPYqFZyNUariNARq/kEJqKGjxF9cjttoUhWjD2NdHZl+9QuJrJ2o7QuFx1NXrJx5dK3RKuQ1TKYYEkWDgZyFI4M3u/cdwIN3+OlhRXn3doY5Zr6wI3ZzNMP1VLp55Fkert+/LSNktUB8Qh+lyrrT+wdXrDddn6UeQ4QzSnOxoF77c7yuIn6v6eTlZahQfZQPTPjFij7E1v6HQaWgIdjNuECiY2+6+ecodYmqvdBfyI3Rsmw0srqzDS3ZAiYrXDL6+qDQMJSs	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:23.340456+00	01a24e30-fe0d-7ca0-b54e-88c9f28f6528
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e3-731e-83d6-80e2735cca01	1	v1:Afk1iNlr4J3iJufjkDDKgYHzd/6r16GUZ0VoDL9U6mWpAbbTUIdKn9TXod6iqDTWAGHN2nBSgUSLiyxP7OoHmXozylor9ZlY+TWHna5aFYo7ZbIi01eOjrIZUFZF80LkpdsdxIdH+R13AjiOMrbQW98v1LPzDWYFIRu9U05YD7WB+JEnXPcFX/5kJ/sYohJSK4mZVpjEyBpWri29byjjkerRxfwc4iuTdVfQcaK8sKB+sVON21A3+IMQ/Jw=	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:24.579977+00	01a24e31-02e4-7aff-9b00-7e8fcb31e2fb
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0531-79de-8765-52e561587e67	1	v1:Afk1iNkhDszgX/8wrFRQvdb/bCk/G1Lt8crMQg/vZCj0X+7ysRpUSojpr/+XlIikC5L41TQT9g4QRScb6Yv7XQbFH4RMfafvNB8l+mRO7sHr5gQ/q0C7BhINe45DVhmlc4Kf9yFqwKyHei9dl/qfTXQRl0sWdj5QBaUiyL+yS4l27MemOA4pHGrkmWPfOlyqEzUQx/AwNrNbEagnq7ypqQIXbqj9imcwB53REVf/pOlCK5jIFG2AT/mszrC9qWQgKzQoP6zKnO+1ywLYJremgRdmUvgBUCriL80Yo4o+yPDnGqbOfVKrwdu59aBDLk6yEbu1IALgPxZvF4GosXJHEx1XQIk6BgdUivO6g8zM8fpdk0l/A5EZpPqij4D2vFvVunajrDIH27snliplFMGOc51ZEouX3Y46ViJGsDOY/QwZ8wkX/yMnucOj	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.169901+00	01a24e31-0532-7953-9fb8-509ba824af3a
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081b-73fd-9dd3-8c9505cf922c	1	v1:Afk1iNmyXmFe+fl2NlgNEhNl4fGnnzzGfcgrV7sFyi1225SlrBnN3yuG2TXXLDq6W7nMsy25bGo2bcdBOZRYeZnIL5mNQ/vs99NeYMjY5+1B5vIsLr1vD51qL8ti7NdUMrSzSc/XRhfxNyrM3hXrFkbL7v9Ijc32kEwBVYDlI0Bw6Z8k1pGD2XKIlhPqJ9UFQcFuTur+WzBQ8J5QSLmaYieZ6IEMrY1rG5zQZvGFxwctvnGJnlTHhy5XaPYFKEYPlItnaWX/iKVgKbOXQv7ijajFRlKvzGsTvpkBK5Aj9l7Lv4lMdl5+LlQ524KR4EcV/EzNf4XZUasFEtXI	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.915887+00	01a24e31-081c-739a-9ee7-e343b99f59f0
\.


--
-- Data for Name: ledger_entries; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.ledger_entries (tenant_id, id, ledger, vendor_org_id, customer_org_id, person_id, project_id, annotation_id, kind, source_key, amount, currency, rate, active_millis, reason, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: login_addresses; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.login_addresses (user_id, address_hash, last_login_at) FROM stdin;
01a24e30-c206-7049-b527-0924ee2a9222	a355c8ff34f10351f24fdd2ebc290a1206b846381356e125a54f00600e26a5af	2026-12-07 01:49:33.958287+00
01a24e30-e317-7203-9bf3-26bc466e686a	c1a5215ebdab9c8f5bb2e94d1f47275e90cc1e9845e70502a0ccd51b6558eeb8	2026-12-07 01:49:45.099398+00
01a24e30-e5fb-7f32-b826-2d340fa78d12	58ab718ece7f93eaf769ada9670b5e87e111b9117ca05f9e81a971bb0bf1a99f	2026-12-07 01:49:56.635114+00
01a24e30-cca9-7566-adc5-391135a87979	a996865f4c96893e7c019f23b89d13a68c2b3c21bee0b07b9ba69d765f4f5aa6	2026-12-07 01:50:06.240438+00
01a24e30-be63-7004-881e-4ecbe4a8666c	d97b52ec97948dfa40e67afb4589e8b2e40c8883eb053ad1002446282881bc5c	2026-12-07 01:50:27.987325+00
01a24e30-d555-790c-a06f-20d475be1adb	8ac8fe0b328af9bea6dd5851a84cd0e78843440ae5d87de275811e2f65b9336c	2026-12-07 01:50:30.083319+00
01a24e30-ab73-745d-8a81-c40cf5fab3fb	6419654bf72f9322cb66c0ab7947d3a67f4b929621ca83eaab5939398e27891d	2026-12-07 01:50:35.91499+00
\.


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.login_throttle (throttle_key, failures, window_started_at, locked_until) FROM stdin;
\.


--
-- Data for Name: money_rates; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.money_rates (tenant_id, id, ledger, vendor_org_id, project_id, task_type, tier, scope_key, basis, amount, currency, set_by, set_at) FROM stdin;
\.


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.notifications (tenant_id, id, user_id, kind, text, link, created_at, read_at) FROM stdin;
\.


--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.organizations (id, kind, name, created_at) FROM stdin;
01a24e30-a8e4-7903-b41c-ee76f666502e	OPERATOR	Annota Operator	2026-12-07 01:49:01.542166+00
01a24e30-be1f-7357-acb7-0863daf50c90	CUSTOMER	Helios AI Lab	2026-12-07 01:49:06.975574+00
01a24e30-d51c-784b-bb49-251bebe59396	WORKFORCE	Northwind Experts	2026-12-07 01:49:12.860721+00
\.


--
-- Data for Name: paid_work; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.paid_work (tenant_id, annotation_id, project_id, assignment_id, person_id, vendor_org_id, task_type, active_millis, reviewed, submitted_at) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6015-7f52-b5eb-4a88971aa692	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-5b45-7923-a1ea-4fac4a398a98	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:48.296717+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-6ad3-7b62-b434-9e0f6dc23abf	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-6610-77ee-a9d2-358879a4fefd	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:51.11918+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-7057-710c-a848-dd689d173bd6	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-6f61-7f5c-bebd-5e4c7d31ebb6	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:52.576458+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-737f-76cb-b88a-d9753499634b	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-71d4-727c-8979-4ad7987548c9	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:53.346283+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-7769-74e3-af66-bfbd751abb05	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-75fb-7e56-875c-d29847591c79	01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:54.388385+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-86fd-7e45-9f72-b942daf7a1fc	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-84b3-7e41-ac5c-107ee234fb81	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:58.358+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8b6b-7542-ada7-cc26a8dc660c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-894b-7e0e-a7c1-e1ee1aebe847	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:49:59.499022+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-8ef6-7b3a-826a-127306766295	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-8d58-75f9-80b7-ff50b7303936	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:50:00.40652+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-935b-762b-8533-37eeb3704297	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-909f-7c19-b2a8-dae5417d899c	01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	text-classification	0	f	2026-12-07 01:50:01.531599+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-afac-79c3-9838-1c1495d1878c	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-ac10-7d2f-8c9a-e3734fb3c900	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	text-classification	0	f	2026-12-07 01:50:08.775718+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b477-7370-bbb1-d29cdbd2534a	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-b1bd-7e48-81b1-1aae02a5f389	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	text-classification	0	f	2026-12-07 01:50:09.959728+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-b8c0-717f-bbc2-27547431ba19	01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e31-b629-7c8c-85ce-a1404268ab9c	01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	text-classification	0	f	2026-12-07 01:50:11.119229+00
\.


--
-- Data for Name: password_setup_links; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.password_setup_links (token_hash, user_id, created_at, expires_at, used_at) FROM stdin;
\.


--
-- Data for Name: pay_tiers; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.pay_tiers (tenant_id, person_id, tier, set_by, set_at) FROM stdin;
\.


--
-- Data for Name: project_deletions; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_deletions (project_id, tenant_id, deleted_by, deleted_at, purge_after) FROM stdin;
\.


--
-- Data for Name: project_directory; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_directory (project_id, org_id, tenant_id) FROM stdin;
01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e30-ea46-78c1-b0e6-87478c5dad29	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e30-fe0c-77ca-a660-8addc15bc565	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e30-fe0c-77ca-a660-8addc15bc565	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-02e3-731e-83d6-80e2735cca01	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-02e3-731e-83d6-80e2735cca01	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-0531-79de-8765-52e561587e67	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-0531-79de-8765-52e561587e67	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-081b-73fd-9dd3-8c9505cf922c	01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-be1f-7357-acb7-0863daf50c90
01a24e31-081b-73fd-9dd3-8c9505cf922c	01a24e30-d51c-784b-bb49-251bebe59396	01a24e30-be1f-7357-acb7-0863daf50c90
\.


--
-- Data for Name: project_guidelines; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_guidelines (tenant_id, id, project_id, version, body, created_by, created_at) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ed40-76fb-b951-1b26cb9c916d	01a24e30-ea46-78c1-b0e6-87478c5dad29	1	v1:Afk1iNkDaPBnxYLZuhTzndui/a7mnybnEZwWrmdSOFRBhPT35IQ8AR7Ls9mjgI5qi2yTfZtGq+MtehOkX4j8RRpuBfGLUML4HkR68EJU/wJOIbwEnj+S7FMZN7wUUawzS2gOb6G3i17sW6vvrsyCI/DmohqJIGTu5PxE5dYyppoYxFBQOnjctVpb/YhxKW8C/gQ/7Z/GpyCaR3cb4+iI8UkUBbgj1Xnwi5xIjrCl4VDR9vASTePrzgH3FNjiK6tfcX3Mx7BRE6Y1kLmrEBZE5aqIqD/dvuPOT3JW8THvF3v2c8mlmD4hYajd8JB9PKqM6mZQ7iWP9UztdJQriOe2Gz/7BaQ0rkP37vKyjGjNSMX5gmdJLNgkSbGwrVg15WygvxGZX8rJf2MXGhTV6G+/DnEzazom22vsEab892seEXktyXh7rFriZNjS7BfhtV1utGGRoiXlhaK/oyvpJIIfy577QVeCO9vx	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:18.278971+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7b18-9312-9ebe4a56f521	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	1	v1:Afk1iNlvYhnexbNgIeaTDfWa2sffA83NTCvzrCgGLydhgcKB6OAaj3rKXyy4y9Lc0D0MrEX9XH4r7rDALMllwVeiCvYoHzUTbKNV7Ipa4wrzBmAaj/Do26alriUJ1CWSKlLBiEs8332Qbkhntdt/qOLyGEnoGezUqQR9FB6bB5/lWZ2mf5rCoaFzG58OWmrCFW0+/dxaPuEvVGGUKy6pfMcqkH4mm9VysKwglftDTeibh9q3rY26UcbJxDC3aMaKugePQf/6VQQe0Bm6Hd36fPDlr3dJAIM=	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:21.375411+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0d-7ace-a79c-d4614b0639d7	01a24e30-fe0c-77ca-a660-8addc15bc565	1	v1:Afk1iNluHTCCg7x/RoNpCX/q7zLAywMpmm7bi55hf0MDyny8WeuW0VCnxo0nP2eUwrkMwPEj9HNwxZ5k/uGphfa4Ym1CMPsp/XEElYhF6bq/bxc41eeOF1vfYga55km+A1veQS8VD8rYwT9qS9/Po5x9qah9rqLFOWnVQY4wjQrmPRlS2Y37l5ViAcVaovoZjw8yPGrb9Lai7zbgz25eEmQCXS3vEo30VexqR7gmScD2hBYh0YSOiVUWU2MycsE5V8xbiS0x7I9+a/G7SAM7jwo2cAx5P7md8Dkk5tSk/Sp3YdcPGa1F0ZSp2/eMx75jkeBsXtBoUlRsGZ3/fnNCbsg2tgRo/VXc0b82P8O7TJUuQTGypch8BGsryqEyuvZCiCUnFF5qjniH5cWPM59pSAkFc3R1zWj5UNswo+T6ABiWelu50xCy/FAMIsWDHEib/pbfJzKMGS5PwbWGTkFKS0arG91eWQ==	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:23.340456+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e4-75ea-a469-1d0344acd534	01a24e31-02e3-731e-83d6-80e2735cca01	1	v1:Afk1iNkN9kPHMnt7bC6p2WKgrq/dZw/Pax7gw/w70KaYQbhAlpYnA0/jeaDuHMerNmVMnO9VOksd1nILCIHr/QMv0a08ztpugR6n2mRxCu6LWZYU7xsYWAfmQiqoCtepaQWv1nnABSiGLI+ZBW1PdZmrT7a/QD9ArXeCvvRanARtU1NSiJ931dpojxM1yq95nz4Xi2tFZeDb1L6p8Gp6PHVZpuWU8t3RkW8GmFEZB6CBs6QuxaMlccGE1MHfrDgDrkBrlUj1J11+Tq6e8cHvErCTsL1B5+D8NwPAQ+V1jVNGrZu9YUaxFD8bs/OvnEqWoTgGXvg4AHKyNwk5r0RafeXQareVU5N9aHnSm+K1TBNay9P5ASWyOLKQttDFfkf5Ok6KfeBUSTtVNQ7N6QLFoul1FAlx2P4=	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:24.579977+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0532-7a6c-a22d-f62e83a68585	01a24e31-0531-79de-8765-52e561587e67	1	v1:Afk1iNmaL7vZoeovfRcoH3DucGTLsMOVCcDrz+uRo7CmcNwGVYBzPN7p0Q7v7bSWEMJPYdeC6v3rhQZOhWfx5RTFhs00SrYiR7J5Xv74sRw3atziTx5Z+IZxSvvnLIv6+jQazRkP8mG65LVoeNsD8b9E6XG/AO5+4zeb7XyeaJpy5z15tAE56hF43caaxRz1/vBYNqETmtKl7/G4UiudDExKpfXWpU3kdHweFj5a1oWVAkbGn3iJi8wueNR8+zUaSwCBabodnJdfxKCDuCs3lbe2LYAZq4exCC09onGF72BEL/0SCj0RwA8uqNnqQOemMh3HQXkh	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.169901+00
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081c-7438-8fde-cb2ce066df9b	01a24e31-081b-73fd-9dd3-8c9505cf922c	1	v1:Afk1iNnmEDjf+UEeySvIBLWLFP0u1XbKZCbK9PdShfhIMgtIsAu9DFKpNLXlFa2UFisb70MIlWzWhr9sb9VAZAYxiS3m8MEEoYG8FOa2Y5PBxtoIXfMuwOCb+5fUZtfqkA1CCDrJVeA8D2guLqkF4E5vaPmVM+vVKs5H4RBQ3y+5TgNM95JuWa0k+r5vnf8UROyYrg25ErFGddKDAgqJzDma5+klMgrFAD5+FFxR+kQM8oEyrw8OdBV6da8IslrSi0vsfpfHXFRLp4CYdOe4RyezpZfsDtyt70+QhJApu7N8Ry1HDLpfkpSm6W+/Qceh3qmNijXYUs3YDdKULHsD8rHCy23T9rLBrshBlvO03YFfuu1XPE1FOaRPhQt5p3aI0sQC+9JjkqcZgGzi+/E=	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.915887+00
\.


--
-- Data for Name: project_images; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_images (tenant_id, id, project_id, name, media_type, width, height, byte_count, content, uploaded_by, created_at) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-10f3-7fb3-a31c-4dee4172214d	01a24e31-081b-73fd-9dd3-8c9505cf922c	v1:Afk1iNnWcnZeCJ/1tVJMTgJL6B41zTaj84LtwouNFPZ9NBDIyar7YApc11pgnEA3	image/png	640	400	8508	v1:Afk1iNlkIPBT4FLuzLN6Hup9lAJhulUKi6c1Nc5kBCp94fw0k94ubG6w60N8VkCGyx+JgZUks7aR0SeDyegbm+fAVtLs7LjbeCkjwV4gI/+PfwzvLg3Kb8SQ/pZP0EXmhZTLBuRDm3hE+CsSEF3UUv+J3C9j5iu3zCZp75ekueyN5cq/NBf40IXfqaJzZTRv8vLjd4wrqt9zTMKRc7xe8IA/22p7aIdR9uVfq9zx7h6idWMdmPeSQGISjCV4LIQx7K8lylfkWnly0gbqvT4kfTCX4vTILRZMNaac6IYJffjq0TI6cZDi6iSBxtr+Q7R6kp6EHDIfs15tkg9+FTze/jI5sytV8xJe5ixv36VfR1V1PnoKCVh50I2KnZ2Cpl/qIj9W79IU8mxP67DR7kw9ZWa7uB9PsmfdC1CshqzpJIkJqbh/KQaGiKcuL9sKgtnuzHSn/a9o/SELeHevncVpFJG+ymIGXZE7YeIJ12go90j1KbWMnOiC6Jz5y5CnPx8uIMVKweErZ7ZT2Qn+2X9jchkjMbSgoPZE8WWVlBFOWziODufm0RbE6jMrGDv70PkgSiLqbaegQo8aqnWm5edRhaQM0xRaEiJbbihzNEwp1NH604ZkPk1bMg8YQB2gVe+oylhgdr+0+9WBUkIaxpTvuAC/9+EkzbLzfrtC64t93g0E8UgAIX03mEmTLHOlbD4IHsFRcphNp9yBe7CLl7TRAIRRuh5mKniT/HnzleRbfzGXPLxPe87u1LR9A+gmeguKolN43CI+l/B5gQAHZcuu0q89TI+4m9fdpHQP4/MNmyxjgKLvJFUH+0yjrn9Vh4UZYwc1MEIRE2sSbobGA9YYThYGKwVV2952dJMMy7fouwS15eYxam+C7LJ4EN8C4/m/XmgmwX2Ig5qOeDT9shMyR0UV0ipvprOeCKSaHXH8fVXlZrxE9jYJP6kJN/M5vSm2hTyMlZj/OHX0+YoToGzJ4xDZTvfwpbBqM8B0T6B8iMFrsgPnYQ5grzrU6GmRekC+uGun+3BLbF60MXazgQS59Q16tEKbarVL8HIf3vwFLt2DAR4Hw/5cRS9Xi3MPH+In8tsMIBci+mGMjPxO0wtNSjvvTnKvqphGhh038BZ/NZnwxUzjIuZ/YPgxT7CVX7OvWvwk6ueiXhCv/mpXmbq1uPpGPJPA2SV05oQodZrYZl9grLGgQOUK9GWkn6C6NBIvYJBA50L7MruSvsD6QzQ/D1xqTCzsVUTMEnQrPWh3OSp5ntdxGfDytnpXPe/kbFpbB6XlH7ufGl3bQp8ZUdUKkFPq/5UjnLw5dFdDltbl2RwRwOpuSuvoPGJSyktl9nj5UBpzgPU/b1+hPMQ1DUluBSQQgRcjMrywjyQSZQh1AQEfpvAr8nficQOtphCUKqxPewWiWfUOK2yh1b5EK/hD/ftvXuFqhOP8yX005MPhz/DE3tZ4cDwic0naOIaDtkj5zhL6hUE7TwonnUXEbmU8/cAZ2aMf9FM99K5/5hWVmvInowsKFZ14xusQ3+fiBIL4wfj6+OZPV9EiOFjiouSPCyumKC+30Lq4mEeONy+kIB8gR+A2tTNJ9XpgI7nCiGHVBpVX9RYNRKkM6WQvVC4NZjci0RbTSrPnfj4KdVQSdZ359XtxIVl4FFo6ytdiqB6FSPdvU2UFeZt5nA3ROgg9ElGY3E8jrrPuL9Fyt4mHBNL0Db0jUhNgpneQ6xZncMkgRk24rOW9svLI9psOJq/GGTtCrH54jWXxggHWxryAREb/ZPXXQ5sTGnlHiGykhUxGvQqoTixzHTegg6DWPq7Euv+m2UxVrBDFVq6y0DoSmzIZI0NVGTyhavNv98EyqbwLQaWVhFQfn1p9cuLLwhgQqbNgzaGb5uinVKYUkE3fDU5yp3vrfomUQFvefC8GDpFrTitxdjnM0ppL/hWThMp33T6Vk7rlGPG2DJeGzbeMI7EBCE0TnpYjWi7qVxx6Prp98tE34wzqRbl/17u6mFsfiOp3Bl2YMSffGP6ki56v0YjI3K/b0L/bcdDxDKUipPA7tHLDORTgqksJ7kfDcBN+6zy+KZqjRQS2p8m5gv17l4o78eUb/mIXo3NDTBQu7yEh0QbHzTkt/NnKZ5B4FqcIG7ajS98hKG/q5x8C6IOhuQc3y+CBwY18d+xoR1mTwflrn2FV3fjGCTtKy9WbmJ5yQPTGDAZQHyKX0Pg/P4/KGEkxtklGBn8Y67ONTRjRN8KnhcacOjCbJq4YKr+8sIDmG08Us1LqM1YWT9CaOs6DKQfbF+MC/oDUPwqzQIgd3dI6nt+1ecABR68bogBg8jq3uzJ0TCwHxlUe99sOwa+fV8xLvGFdRnAeKgQkKL7nwI0zrm0kjld0p2rYmq4Th/w1Xr+PDlnGGEN2/w+ltIh5/VnxXYg2hsjQCUrZKbJVZkvuzRwKEVFPXTjUxnOb/BRihlYUE0oDL8LvobAT/7POHZ4re5aOwP0RTZPceYBsvVTLdU9WVZcEs2PpVTbr9ZF6PWd15wH0N5DT7B0tORz5dG6L0ovVhJzPd1N0UeXLqDYPFypUFghEcb5pA5ceVxCE2be5s5HuXzDncYzbb2d3Ez9/mFTMqC9Af6FqJsEO5GAbSEyJG1tVYs+YPdrw69r//Cw+Lt3E5asRxgDqQLwJNbYqBbaULM59EgIck3HgSKVh+O16ZvrNxldNtLrVjALbrWBotQLJQqHvqTfUvI4ItubYDGIpL6i2HUjpVaNYGBWfVAtvkqQ1wYLZVQQFJtl6s1s5553ndUsPJDYxs07U1dahyf9JJl4Zt9Wq4TsFmwfDmDfZM3Qbj+8sJITqDMQeT2uJ8G0yGXn/7+Sr2y6STNHpD26oOqp76eLyRqF1AVBrx/xyIK3mfbXgZToFRK7M7Z/hC0+dXxplLFlIS3Za4unYllaIvmgcApZZxlOoLCp9Pw9yrLmJ93bulk6qz9hUGxZYCcPH3TPmnwdEGT/REvJAuonfp4EINT+MB8Zsxk/HwWM1TM5/15KwW4/rgpgtilcEh8CkhqKm2DpUtIellqpR6BZQFv8oCMpVB/E1xbsCoTGHv0NjabNj7wUjohEmUiWYylNAhAq52+MrEiSjS900Zj089oVgw1Uz8Ia80pC/NSPQGOkAbHcbXmZNZg28H0H6eYCRG5JtnD2AuxX5/Mmndf7QkWd3VNotyLxvdDOJ/MYG1mx0ZXyJMYc9SLiZl+zpIzK9/C8+tPDRGmaWxLRIAAhH4jt92WGB9Hphgqb+ucKKzzzcMGdjskCA8N766KDYoQAAUrmqh05j2r7eX4Pt2bt80bGZnR5DsCuioPpkUpMBnDfsL9HByyIlaYz1fKPZrLruTI4/4u9u9kE5rT+C/UVzRLJ+drNrELoV/w7U0wguQCnKeA5FHN80IX0ELMcwV8IpiqyIH1AUY176/+PNN8lnND5IqVGfqN6BhtSzuMiox3OuMsjz3kdXflRtV9+UM5C284er1MNr7wzPkI1pyrPlQmLtcalaoZxL12Tc/67m/9g+XIkhFdnBl/VQo8SbsZ3MGV3aOVtBht/6ucj87Rxt8nrRVCxaSD+zb2BxtRsI2oHUy2TIfIqVJfAYe2LnwHSHf2mdOjKClLJbmtS/PFU26G8iWv8QYAqvPz4oV18fCsiZpxQulAu90olSJdkTy/UzVOdWTJC+PsLlohhUt7bzKCK1/EfLD8SEbuh8CzGagiJFBYp5a+wkMWgLuLDZ5/hB4xcQrPRzPvInIoTbPy6ljec/zUfEeGa4YlVVzaBRcckEpJJXjzrxIDA5Rq80LHQ510GQTooESERhphX2CUdb+UtkfLqHwt+tSBViiZyvocllEeUW7X+QiAg0fJSxwfgXAkbFV+u7NVDmeb8fBBX3KSfRQQKMlMLGHFXCoZdIarZrF5q9W4lL4nfe6wGeQbvKOdzzKym1LjSATTvmtVrWmRIW9H4trVDICIpmG9yF7+gehmeHEByoxZ+vQjBOF41TsKVd50OIRfjTuXPy1IHy0WU58FQcTjtdxG1hlwjdyzGBPrAzkxJLnBASDF+RHu+ijnZwgA7HBytmMm0afOr2Yvz88kAmvVAslDelmPsIwuJ/ShpdUDm72OCk4N5CwMQnZ4duloeegGR8KKQQeMkfQSF5QLGg3DL7e1y8XkjDDNG7SfVeIfQ0+nmL8lEbe1v2lsqd9Ps7SPsyZO+TMdW4U9bdMi2L6eaOEAKM1qPW9lXH2ooNL+swM+8ITtevg+B2r/E4ga6AP1IBC2PGMDkm5griD1On/hKHNKDTXgWOxduX7AUuLMiK/rCnMkW/qZPjWQe0gD4ZXtbfWhpeSXrWUQliwdMH2TI+LG9/4gJuCAx0gAOSSGhVDNVeWysjeYLR0Rd7D5o6VQdf0e4msDFYKgsiXYRIPerQjALQb0dmzAzx4mKamnMAWMnX9AtscsPRk/IY84tGdktIFxtgN18z5kso216G5DVDJnd2IeD03x1c2EyPQCDzR6DS9t8JOKZG1VcsaVef0zrk0j4PW/8RbNG3UfIorXEJfWnZErYcYMbslndphpr3nxA8Xgki7AzJ5vjYLhKHxKMNYOlF4NKxcKCnV0TecfE1jj3VBUr0g4TzdS5qIBoa5b6JqRNJTHzQgJu57MfXcNxGJ7yd7E7sD+RLAGje4AJtozwRDA5umFtM/lH0cpI0brLCRyIcipyaq8s6Pbj6H+QMrBh+xgfUUWcXpwH8HD3olZ3RMzXYNlmj+IVBuOrIwOT4+Qr0dtwxJ+af0me+SYYdFKr2Os/pIrHpRJi3v2abFQFtCPIiXVX5/SBUOzyDBcSVwZxlWUbpJmaVpXwGTtNe6ERyOzxfC5oliQb4J6lTV2C6ld24B1U6bnIdlBNaaLS5HnQC4GnuJ9SkANtTkWg+Zuiv8i7+a8S096WD8hupa6cyzWnRFiGP9lCq/M8MdaGDI31T+qhoSDgCJJTmC0cKVa/5XAVujfcFCZAa+igJKSxzvwJNKSbgOnV+WJbCuf9oOI+xHV4EbOczWyH8mybWIxYB3el1k/ETF/B7DJ+wWL1xEHZGysaP/P15TM8vkV5SZ/ioAHitehRcJ4cKPzIBufhkxJfRSYqfTa4ZfyCumdjGbHlNN8c+L+LS08XKNSGljZOb1iUHpnY/tcE6kl3Uulo3cHZa+wDc/qQIC0GUc5yq+xVl2nS44NZyN7W4+mvFqUtgr7RPsC8q+iIFSj5ihl9hV8795MgCepxwyIilMy8aKyMEHYt59R3/XmFaR5n0QJYBicQ7imvv6AI3hpUuHwSug8cIZcpJeeO+M/4u52ShR2XzE2Urd+emSDI9jAVwV8oHOh5YDiRw+8Z0OPEqcicfyHlv4EMENGAl5efqknDSZiN9xgp4oNQfpAwUYSFlJ3byV2eM7+4wB9z+STQm5veRNtH6SREe8fs6RMMS4Ur9KHXyYmcP+IbY6tuN9QmC1T30XgDkWCFPDanRfzX1nZVlW0HemJjJj8EjesiaabTWqNP+Nbr3uSGEgcNt5lnUwdsNkXRNYShbVkHqRK7T1uMH0X2LZValHFVYuKOy+JvYxxnvQ5EI47KUliBzrF5XxFvd7C8rkB05jx1Q5ZAIPb8ETnccDRk0kHFqtGqlmGSK0FndEhjJ2FwF8ZnBw5EAqTLJk1GeTyCe9YJHn9m9yn//SADlOYh/wZHYS8Cw657bcu0D2SmHlK68NEgAMQL8XG4ByP9Vo5zLs48KmyDFzMN161yS5bWlBI84fiPuIJhou7wu3ZMXUrf6MuInMXkZVv4XKKOZgHoUupRHNyXb9P1HepViOo3MFDGlDcnR5uQsL0vsh+MraaubUNJbyW6vuGYuPXKcarxTAJTFhdm0p8iSl0y4uipukhxb3fErgQnbaHDA5ayQxFn9llZNhVY15yaYxXU6nNJWy/+UjUMUBHe4trH3Ds0m3JlXsAIwB+x0n92lHUhlBlfdi7SgpKn+RZdUCk0HE3CmLJP74weqBwQCqo2eKOqWEFu3BT2LPsX7FC03iNPOzktCPg/PsGnMuaI8i+lJBCvbZ2+YYDwQ+1yG6amp69nZY3eBnGDVU4LpOGgM/SeCZgCJuprba60SeZAywCL4rZHVx0KIROwNC+/lpishhFA/giH3JXw6htS5WF/rDyyIAMHEW6zxFmFXhCn0QyleWJsEV7hYaW5Ngr7SuWouQbFNKg9879nkEVzrOzJLpx2oncLFtjZK5jFejAt/UX546cPmBIl2gc1lIO+0Mij+rqxHwaKYjHzX+mNbeXEWjfAZSFnbejdxRsN+xCYs8g8+1G1n5mNdZZGIEYJ0dcS0yk7HedPFnB72H39E2FTliG51/sp8FNreUe1q1RDIMTN2NRldpC6DUXinmSjP98HrAHDK1vnUoN5+e7mcY+Zh0ZPb0z26xug4kmIoIK2PBoyktbePRLhL6TRxSEClbKbqJauONu+tz7PQRObZa9593f0XYGQiToMZmSXvtuD9NserQRB0Nc9rXaTFCGtAmzYWFOw6ohGWMZlGgWvfpnyMFR3uYQL7axt80oDKn/yrS+uHCa0Nxq6PGKWKTWcrOslC0OdU42DGH3jGaiH+Zf3WKSDIauopLP8Iu3iZ3ZzCFKOJ2X/pcdO2cWsC2IfBmdDB++ntFoM2Z2lqB2lc7FeCF6l8ibNrof9q6VfZO8V2TXn7xP7+h4IrDzhAIZMaf01Ltiohc/J4oKvmGG2torbN/Zxs3g7ixWsUJi/1ihFNVKVl3PcJwGIZ5HO+/e4dAaNswXUO3hoVSOLEYi0cc4wW31KjUfugByu3RAKni06uMGO7ii8UcgcLfgA3MOel5yIy6HfrPa1NB7mceVi0hO2ctEerJ6RfRIc1inrkFyMZdD4rXBMc+EVQoW6zSvc9dqVEtEi/wkTpMbiHItrOvRWfe/c7mly06a/TGj2SIVWgerb6HqB7PXBlB0H+fZzV4cNBu2QK3sSlRx0r2JgFfdY/0KM0bWWVwJye0fwJxbeBRYTCEdb1ksrLxeoCNpDfQBb75pe6hVBCezZoXq3sH2cMGMFQvYtUc/j8JMZRmtTguO0TulIvIXc3ZStjpnAliTs/bwMhY2MHkkaZ8a4RtyE1S6s+oPcyNERG9QCOrQy+/nsydNGb6O0TA0nEJNJT5sq1oe+tmkjrHfqlR6y84dEBsI2MuxdVO3CnBDbOsaIUBxaxiR1B4duiTruDwXCWNmWwmjdFG7cMIwonu1blFWx3yr8WOGe8/KZYfzjwhJdZB9rndAJzBctQHVkporDO+SBlQpOwWEo/1BWOOM/iOeU00GsSU4YjEwrBJ2+CibMV1YLNgTsDNY2hXkwzj7bBzKNZxSpZ5edXr4HJw4HHS6OohrucoXQVHXAzTAyqxhYidzh1Vh2FeF3+pWdNLTPbdMM39yscTY99R+d1+ulMKGkHwQDWL6fB0IKgUzV2HOEPonqpzSHpJZyHhuO1fp4dKmaccOPPumrXbyuUphx36fBR3LxIFB3BCw0ly80YTsCNe9UQznL3EfcmX/ar9Gt955pfbpX8cNoGi/q1rfydGaBovt2xrlsjnMObvCu6I7o585uf4N2KSR65iyMYZcLU5+5sqO6gzAE5hQ6siJVoZI9NFCpM6AzQ818aBONz0tDsf61DuCBewtmymgfOIRRzHsNbu5jhCx5WsWOtmZqltB19EuHsBwPT20FOxTiWm0SAZPcI9hhac2HPmFE8HFT+WDCQYe/8r0rjPfoVD9A+ppdj6LaBGYccB6rHk2o4WyacnxMXN4Zzbss+kNGKA2gLClM4IBpFoeNnqZo6tZ21S8HfCy49kEekga0PUP/0w7Tn27Maz4KT3dC7PxCVFG8FbYE8jWjdX3bskYx367idVJx7UtrlIpWrrUPU7p0/dNgXbfLqOIZofhfI6dVXKcfaOVOGKNHPERtrPKmMIFh1895/NWSzcj8eojMoPFSZ5DpvxozgJaTvm+5wIazPrT9LdT4QB2kk80e6S2cv/gHkwux3iTGqEqGyHTPc1VkF9bu59a3NFewKWJedMKyWlmgNwxna+dcTUzLdFpifJtnS5tGujOur0X1IIWgzxHsm0Su7WKTdxDHlgnDxqMaXiuxpI74lySkIcL8FOXPCVt6mdFh9lre1DEIpAWtp2GzR8wK4KK9xJm5vCUEqz/egTTkkIPVNhoZIMyfCEjTwyt8Ltj8WzvixQ4XJpYG9lLGEuJRWQ3ydsiLClmLmHsgHcmMKv61yGdCFN1wk2jKnXOBqwjaBPBbdB7arVGCbs59YM09+zS4jHGTc8wmwaV5PDRpnews7QsYKBxr8tp5up9k5b7UNNWLUABWNKdMpm8eaCKADICSyTBu2Zvhy/UsTDFOkB+TDSfeSAG1FP2JoZFKDtsHmv/akzIHTebgqPxUDFkRVOmv4glIdirP7Pln0wAZn/9ryTIDS2PJDO3h+B2ZcIOS0nGQC2s2wjEkQKTKUSBvrqp/I5ABAed7ihErhum5XZLqI5+xlgKHgJZQqdQogDlUgG6rb6qr+100FdHkHxvU0A1yjq1X279DbwfvhxJt3AQrggtaEFNfzGBimPzW4iPU3Wvt999VA5/eXMrlLNsuroTAQlufBljBCpoxLeCl8gwmAroMZ0Bxu3CB9SrWHh+DPvSvODUY/bMWKgwllBf4AlY3PfllvRZISTEVGkoUsB5AJp3G+ym/3ipX3kQgRUbBKowFW7pxkuwLo4XUx8EvVhssaW7cxy8hOw/YXE74V0t2ud8mZd18r8QThy87GVlTS0WXy9levaFbSJiCS/lhatVrfvxPqn793vH5uqUNt7EQPGbVcZQi6kfmU1iBw1HF2FVgtnyftzYia3fxhUqbCJhHfs3b9vPY+SV/HzwG3lRAViBB1WytNnyYlawXiZ4705rp1QaAjrnHRXtqDQUazsD4onoicjPpIl1uAg1/I08S3HkDHnUPWtU0wrGAyyZ3MMh76XZiC1f1MHBOI/9AJO3XKuy4FL24a2O3LBH/BSNVqRyyARVyJ5TWBiZddOg++Z4h0GY89vOv12fbCa8kN+uv7HjBc9yaiD/P1kwjSL0GsD4q4z3FQKm5aQ/fji5bd8uuWxAbRisDP+V1ZO8gKhm7ZpiQjgvSmQrd1TRzMUQIcZTcUHamC7UXXAU2Y7XEsEIvTwsSQwxmjZX1BNM/eRcXmfmVDB64G2n4UqM9ImI60NYC39lYg4pRzG8UmJEY99zcUIvGBhKDz8wbUNuJoAWso/EoGQKcQ/UJ5a3flfe9DRdu3EULdm2GiVYxwdfYcm7SIS8fdJpLTPRjgavSlzC33Bvt5AKfXVRjIXHh8QVU3Bf1TUOa5MZPSYYDypvBKKQiHDB1hK9Y4wZ+wJpus+kdhsuB5nFej6uSXZvBS3FgYZ4UPAtF5nOw+ZsvBpWQPU8Y8ZWbKFd+QX0dsyIklv+VP2Mg/FrmQSAa71Z4L8lOimNhNmu/TkhAEuuToA1ilHa23maf9TaHNQGMjoVWpAKixDpOJ9PdnvSrZEarY94uEQWjrTXlMazwwSfuTHz4W1VM787nz57k4HnC9xEXSPrcEbbWNNHgqiJ6ap52PtqnC5JltpFyFVO1eOe8sEA8BBjnN3JDt1Hw3mjZiGRcH3dW1A7y1esvG982zhJHP+PQs/3SYJqjFyIFaSxNHX5/Dfx7G7l89Z7HBcxU5cflUdbqCqJ7PYzHYD1PbnVquwF3xv/cTeFPx7AR+QfOazYxyZiyQPWz50De2YS35li+1E1+aD8aKW4MjFMhmThdjhmwW+dk+x1nmvOUr1eNiJkw5CjizNoSkUM0kcQ4DQwrzyDXBcy2qyFTHB9Xfvlxzn4NfnD0PVthfbV3gif/mWjlFfC7GCXBVXSKaharlzPge8azFTwAGB7RKO1dy5My0uwfesDLZ7rzMsDqbMpN/6yLAEuTC9uIJqEfP+ZRk6g3Ly0Q5GXVnlewKYiXwVMK0cf2qCuYXeMyU8gI9nPtuGGNWZg09brtQz4M/v4zv3gUYLgUOJG2YNd1S05UqHRUgNawVVkKmiydvBHx45Y/R8xg+ZQiiIOhAQlBlwBAQYh2lI6CDuq5AgFjyj6qPrRw8yoR0GGC8mgbrysSSafPgukykDy2l9JZ7m/MsMkCvjvv6Qfly0c37aLKOFg3rwEeotKHZWXBY05rSLovOsPkYPWrTBEOXTYa3PBAlEyWqONaqBD1Rx100fTkxMXLOhcjqgBCqELD+KA/uRygryBNUtk94vlN2ghgD+eDWgeG9az83Hbxy9vsGPlExK1EdntemUpFdXGIo5c2/xvsVkEPUrZPpVhB5FVLw14DJUaXU3jUyxCI1ShgbvGRsS0oy0hs0SIaYPCycXbZ4e4jWxXPcoK0p6gozUX0a8ccjAV30KtdDnbFZns8JbWEL2MD8o3iuhwH9qSVAasqBlI7xNOS4BQaVPwLnrBIsiUC383CxY4M/FdTq7wP3D7y8GxxZ+bizr5HofgVFCmxcEHztd9jcL6tOdF+JcQkWb0VaVO2Vo9lWamQlA3n1AAtBztKwjkqXhn9F+qUituVOfWkRUXQCcD0WjMbzE2znXfK4jOolVne4gT5J8WCfBcxE3UkvNLlQLRcr2KOjuC/xk3NmduUrMKHpqaSwykNMAtYQrgUK71CaIvIQG1Sy9uPcgZHk4z2Yw6wTx+QLCM2Z51VLzsKI1Cbi6Lv5mIogytEXI7EOcwhqyU/iP9f5Ge+bWddX9bz/uicwpZBnyeUirN/HpT1pTnUDShk7pi2QfyP4v6Q0aPVYLVELwvVR9mUNmHcqjiZqExhK2dfKg2XaJfzyO89jUvPoD15gCEtycX/rofWI7dLcCpqi/fvScXOnsWFzqLoiE5eGzv40/drNQBXw37nbfrOExxeh8fs7SxduLUREKAgQ7bJHqkiv4vVGMhXz/m54WDpYggn2ZJ0nJLl6dV7hVvgd/M4GUa/3f4ifeAKWSqoV77CSzimLe0rT5rpKUppp5EG19xwNoNzE4Wi7f5dXDIfKzaVPG8HAf1N7ObMK/nIsWrqh4E3q6lNsibsTHJre6AtPfTsbcLw5KTp6yeXrBqwxcLEGT2TqWi4gDnXvfwHUKvk55aa+A7ATeIQM4qXcv9Oauyoh02KKRfwfcdd3LJmsGmHudW0E4bngtoevbcOgdzM9N1vf4bvpVvTqPc6ISXFWsl9qLnga6IExBEhLJKXLlZmg2+qpxYZBGKWh2hwAzWbfgrhxCjmWWK1XNV/PokmHvWqHLpmxJ8WC+IHBl7u32sCkQPvZsBDaCuutOuewwxD2pDO/LmOHmylVu6JdA9cQHKVibZ/CFsYEqLnj74D548dCMMcyiQQMsTQ48OlBKy6surtfT8T7HjcjWcKVWXUD9zgKvqB1NaPD	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:28.207815+00
\.


--
-- Data for Name: project_requirements; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_requirements (tenant_id, project_id, kind, name, title, level, minimum, min_count) FROM stdin;
\.


--
-- Data for Name: project_shares; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_shares (tenant_id, project_id, workforce_org_id, target_percent, task_cap, updated_by, updated_at) FROM stdin;
\.


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.projects (tenant_id, id, name, guidelines, task_type, schema_version, overlap, lease_seconds, priority, created_by, created_at, deadline, status, status_note, deleted_at, guidelines_version) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-ea46-78c1-b0e6-87478c5dad29	v1:Afk1iNkbfyFX1uBwuW3eexvB929xiXietKR5tuPE16b4iqk6qCrLXkHInqNzB/raHlfDjdGPTQ0NIXMgot5j	v1:Afk1iNm7bhJ6CxljhoUE8PtCHYYvtfVXCraieQbmIdWN4/Z/Fi9YuN0u7IS4IAkIdId0yIutK92pa68pYyed7BJZVOsV8c1f4/omllGsMkk4Qma4Dlykb4WrOnuPO37wGMHN7AuV3kcS79ch0NJZGEbF3p9HxZzDLV/i9wH1eTGQryJWn1povawGUuyPJ0WFxfnu4nyIsQuEpiz7NF5hO8XM1MsF3rMZt008nluYDViLKb5Hmulb1rI9Le79gBTMxkXrx+i/R60iE/bCJ9puLdgCXh3E1rdb4P4NfTV/CYoi0d/0LmVO2e4MOlFV4Xb22U2Yd7iECCWY/EcA2WmQqptXnlRDPpl5kHQfJrtyksKfyTYYifTzlZdt3oaYjtqXPUSD9t53WITKyTwIaLC9Pug80VWxikdvgAeQcTjAQ4Yt9zWKwGJU1XESFBCmDiIcib9l0vIX+dFUUbVoEWHFSmVY8BAo1DZp	text-classification	1	2	600	10	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:18.278971+00	\N	ACTIVE	\N	\N	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-f65f-7a77-9ec2-b5108cf8e3e6	v1:Afk1iNlhPT5PntzR70Dh21lFAgA/Qjc5JBmoqWNOfHd9H4E1TtYFQDM8L5D7DEivpKUedqg0F4rQ6A==	v1:Afk1iNk7F21u7EspJKtjG8+5P4GDB7QzPLG5D0RxAVkwyMTPeXBhx7PmVinuUHGDzycY9nXl3LzSsD8Ey6feoRhUT89parhrAyls8LSxFW8ixF8mYSu3SSIL6hMtKxcQptIE1pXK+GNuAoVev3SD4d0wkBOdxWY/osJ2ZS6/h7c+SdSwG+SngSRCv5hMzoHVH1KIyWcl0thX4FrEZKrnosCuL80QumYndxdxjxrMs5V4gQR1kbTOqILPv0B5FNgfXA0g78HJvc+tHt515V6EM35NX6VWdNc=	span-labeling	1	1	900	5	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:21.375411+00	\N	ACTIVE	\N	\N	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e30-fe0c-77ca-a660-8addc15bc565	v1:Afk1iNnvHT8ETdKpkfnesats9zEsTNbidYacmPYcSzsG+LAF/YVBXTml/vNYUKD25Kwzm7Abldd0f0knQU0=	v1:Afk1iNkIquO7D8pAVlQ0fJJmxts90HJN0XXvxxQODmOtnlPV4opuP5OCm/AyDedw/Q3/5zBnJwTilJ00/zQD10Kq6j4DyXEElXxMTpDVLh90gSGwtGzdSXRl4tqJ4FdC2H8XdGwE9h5Ak36Mgz4giixRY8cD9TI7O23ENPpunUrNtMAk2u9SPL4QLNXYH8+PRUyxBJVg2cRhpJJS88jToXQdG/sheJfV0IxaPbNmS8onApUnXrj0Zt3fGOdu9wnWqEQL0YhbUGBRnAS6ZQv4gdTXw3fQcmCdWS343i4tyHu5zB+mB/AQEYYdkYbL1whSq0B8aCJtIMIbKKFu+mUgrcmwSJ/EJ1sCHXto49J/NYFiALK27GHH5MTZmyTw/V5pQMf76KSfBTfzdnW6gWy1+42KvxvBbE9IO81OVoYH6Vc8b4oy2Cl1PJ9QY+NoKyN/nr5jDniMOmUuy+dP2arsqfiSnFYnyg==	response-comparison	1	1	900	5	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:23.340456+00	\N	ACTIVE	\N	\N	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-02e3-731e-83d6-80e2735cca01	v1:Afk1iNnvKcCd8UzhEj0bWk8ItsdH8THxK4NbOuJ8lqZrr1jXFtvtR4xZ8BvRHcCv148XSY1iJJZ3VfjQ7w45ZRexs4M=	v1:Afk1iNlfsguXJqYY/c9BgjlvymWhZzkxoaD97U8GqoRrNyVsYrEiuc/bdehw4IQDZ+wOOKJZMsVuiCH5j3ZBVGEjZxbrucf6FHyekWv+DjQoDFOws3F51BEwIybCy7tbHBtZAD3n1czLgmoVYEmCAlxB7cShFl38FYux6nVd3caKwe7k0anoEA/JZDU2svHd9HIjj4MnHELhbymS3JzMNhoB1wdgxH8fgQtXLYZXY/QcohmY4H0UmIP5vVG+x9N9TgQL9YPOqLiC8iif7wA6UJ5jRlJEJyhQpL5j+m0bTtQRTOO8hM7QGtmuUzpxSh8omSCCoL7+slpht8HgneBSc/sCgu3o1u9BZcN2le6pJNApfLQK4Luu29HgZlOncqSeitNGX4V6EGcuMF1Fph4JjN5FWVJMpZg=	demonstration	1	1	900	5	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:24.579977+00	\N	ACTIVE	\N	\N	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-0531-79de-8765-52e561587e67	v1:Afk1iNlqsAi2sVxMaZB1Me68BeszyS81KbjgvFaEVVtlwDYD80BwWrzCqhsRcaDd++yTYdKlf9POHg==	v1:Afk1iNnN+IzG2VKUaopqJNHZVM/JuqJeV72+77+hohvqwXIm2+OFsBWMkbnajCCtPKsnSsFEq2vY2kasHf2N662qtNew5VLDr/+ZBsHhGe+JhA8Fzk1+u8vxVei4IZHr2KbNoDfgUGMhjG+wMSTGrzXWCnvUka/4L0c2/eq35ibPPRoOBpI1PuMmDT3ukvSU2orqv1DwaYXc1cO17vhJRbgcs4Q1kJ296aooSsCceq4xcla2rDShFAmE4ZaLuZY46C4AbxexmsPPr6c1m5GFvdyd8nkbgtMMK+bieZU69bRutRtxtYtKL7zstEzm5Xne9GVC+1As	conversation-rating	1	1	900	5	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.169901+00	\N	ACTIVE	\N	\N	1
01a24e30-be1f-7357-acb7-0863daf50c90	01a24e31-081b-73fd-9dd3-8c9505cf922c	v1:Afk1iNnlcjDs0TU7GpJyUdCAWF2VKpcNlL1G2K/FqyJnhaGUaPVEZon41fP5qYmlk59GHjLbGKdKxo9VLeZVQLv8	v1:Afk1iNl6bXETO4b6/9I68x/vI6vfbHFT8R1b22nIJ6Lu+tKUqNZMYNG2wTH3mODkMPhwzBz+655IWBm9XXpsSmuM9uPAIgXCfSlSiSr/a2tfGAFheWoaW5/kIiFnd2VWuCg4wprbcuWHIkusu3QXX/8If5o0lEyH34sJH5bucELi0CSVBN6KzFIuHAldtCWGdKzScOp8JGY55/1weTYXdf015FFWVEfWTeYI2ou+Eumz6X5xoQkMqDZEnKWJItoipORf6Bg4clPKUbln84Waa9RO4FL3t/Ci08lfrhYn6CVo6FCROL3RIvbbP6U4M6zhE5kC6OK/PLbrGKu5iU4WPmV1q1qD2Qf+Z5gfnt7fWoBMpAXWplfGu45ZpHT9ynMfEHJiDm8sYBIQRSjPqrY=	image-boxes	1	1	900	5	01a24e30-c206-7049-b527-0924ee2a9222	2026-12-07 01:49:25.915887+00	\N	ACTIVE	\N	\N	1
\.


--
-- Data for Name: quality_settings; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.quality_settings (tenant_id, project_id, gold_rate, qualification_items, qualification_threshold, pause_threshold, pause_min_answers, adaptive_threshold, max_overlap, updated_at) FROM stdin;
\.


--
-- Data for Name: review_decisions; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.review_decisions (tenant_id, id, review_id, project_id, item_id, annotation_id, reviewer_id, stage, decision, schema_version, body, decided_at) FROM stdin;
\.


--
-- Data for Name: review_replies; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.review_replies (tenant_id, id, annotator_id, body, created_at) FROM stdin;
\.


--
-- Data for Name: review_settings; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.review_settings (tenant_id, project_id, stages, review_share, qa_share, first_answers, target_disagreement, target_missed_gold, max_rounds, updated_at) FROM stdin;
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.reviews (tenant_id, id, project_id, item_id, annotation_id, annotator_id, annotator_org_id, stage, reason, state, reviewer_id, fencing_token, lease_expires_at, created_at, decided_at, round, rework) FROM stdin;
\.


--
-- Data for Name: spring_session; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name) FROM stdin;
24400845-10df-46ef-8542-6333c6de69bb	32ed9a67-70fb-4aec-9053-6d208f7ecdfe	1796608174171	1796608175951	28800	1796636975951	manager@helios.example
07cf8cc7-5c01-4489-a79a-3fe8c2d119cd	a65f8f0b-7eff-4b4d-a9e0-0f4b8cab5a08	1796608185140	1796608185933	28800	1796636985933	annotator@northwind.example
353fcb38-c674-4335-aae0-de9cd1e91e33	60f8fbf8-c60f-4112-b6d6-f051c2f47c27	1796608196663	1796608197274	28800	1796636997274	annotator2@northwind.example
d89e43ff-229f-44ed-b7f0-de64ea4ad99a	6ff3d53d-5f42-46ec-9c19-9b95e55759f5	1796608206436	1796608207111	28800	1796637007111	annotator@helios.example
44a88a60-ef5b-429f-b47a-f4cfa42fd6f4	495622f5-9094-4d1d-b1d6-732ba2f006f3	1796608214771	1796608216008	28800	1796637016008	admin@helios.example
5265d9c6-650d-4338-a2ff-5593ca8a54a2	dc2217e9-43d0-4be7-9996-c2713dac9f3a	1796608228029	1796608228863	28800	1796637028863	admin@helios.example
9aa4185d-9c1e-4923-89ac-4bddcb7ddd6c	cb5d07a6-d609-40bd-afbe-bbd3dcf24203	1796608230155	1796608231495	28800	1796637031495	admin@northwind.example
bd45a9b2-4e81-4f87-b179-b38c7472fa77	1af966ae-a413-4779-aa6f-88e509b30e9c	1796608236019	1796608237507	28800	1796637037507	operator@annota.local
\.


--
-- Data for Name: spring_session_attributes; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) FROM stdin;
24400845-10df-46ef-8542-6333c6de69bb	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000c524f4c455f4d414e414745527371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610ad330d0b37787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000c4d696c6f204d616e616765727400166d616e616765724068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870b5270924ee2a922201a24e30c20670497371007e0027acb70863daf50c9001a24e30be1f73577e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b7400074d414e4147455278
07cf8cc7-5c01-4489-a79a-3fe8c2d119cd	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610b904ac2181787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d416e6120416e6e6f7461746f7274001b616e6e6f7461746f72406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709bf326bc466e686a01a24e30e31772037371007e0027bb49251bebe5939601a24e30d51c784b7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
353fcb38-c674-4335-aae0-de9cd1e91e33	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610c42538577c787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d42656e20416e6e6f7461746f7274001c616e6e6f7461746f7232406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870b8262d340fa78d1201a24e30e5fb7f327371007e0027bb49251bebe5939601a24e30d51c784b7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
d89e43ff-229f-44ed-b7f0-de64ea4ad99a	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610ce0c0053ae787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d41726920416e6e6f7461746f72740018616e6e6f7461746f724068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870adc5391135a8797901a24e30cca975667371007e0027acb70863daf50c9001a24e30be1f73577e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
44a88a60-ef5b-429f-b47a-f4cfa42fd6f4	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610d62545d401787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a48616e612041646d696e74001461646d696e4068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870881e4ecbe4a8666c01a24e30be6370047371007e0027acb70863daf50c9001a24e30be1f73577e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
5265d9c6-650d-4338-a2ff-5593ca8a54a2	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610e336323428787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a48616e612041646d696e74001461646d696e4068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870881e4ecbe4a8666c01a24e30be6370047371007e0027acb70863daf50c9001a24e30be1f73577e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
9aa4185d-9c1e-4923-89ac-4bddcb7ddd6c	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610e53b03405f787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a4e6f72612041646d696e74001761646d696e406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870a06f20d475be1adb01a24e30d555790c7371007e0027bb49251bebe5939601a24e30d51c784b7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
bd45a9b2-4e81-4f87-b179-b38c7472fa77	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f4f50455241544f52737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1610eb2f3e4a09787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d4f6c6761204f70657261746f727400156f70657261746f7240616e6e6f74612e6c6f63616c7372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378708a81c40cf5fab3fb01a24e30ab73745d7371007e0027b41cee76f666502e01a24e30a8e479037e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d000000000000000012000078707400084f50455241544f52737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
\.


--
-- Data for Name: sso_configurations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.sso_configurations (tenant_id, id, issuer_uri, client_id, client_secret, default_role, enabled, updated_at) FROM stdin;
\.


--
-- Data for Name: sso_domains; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.sso_domains (email_domain, org_id) FROM stdin;
\.


--
-- Data for Name: tenant_key_destructions; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.tenant_key_destructions (organization_id, requested_at) FROM stdin;
\.


--
-- Data for Name: tenant_keys; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.tenant_keys (tenant_id, keyset, master_key, version, primary_key_id, key_count, created_at, rotated_at, shredded_at, shredded_by, deterministic_keyset) FROM stdin;
01a24e30-be1f-7357-acb7-0863daf50c90	{"encryptedKeyset":"AW953TYAEGFk+Ja1UG5r7dEerPqLEXwk+G4bFnASpgjoRskeca3qog+TKyrqu9c5+AbThDTh7z17K/s9Zw7fQYixqPRAb5XwxvOP4ntgHPAMgMerCTp/Hkrazr4gDUreY9xbQFO8yRB/glImiPhKoZ7N3KdUjQnSKo5xyhK9Wrh5nokFc474iIsUe0WI2esVxzGVp3YAwHAZCLNy4kmlzMRYFkUFgJ0FxB+s3DfzZT1JP76EjJVLp9exBEY/HLSabkueIuF/zdMAob9GEW601ETwB5POnPKq6RvkV7in9now+b03WcCRMrEXAdhFqREO6fKj","keysetInfo":{"primaryKeyId":4181035225,"keyInfo":[{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","status":"ENABLED","keyId":2741520040,"outputPrefixType":"TINK"},{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","status":"ENABLED","keyId":4181035225,"outputPrefixType":"TINK"}]}}\n	tenant-key	2	4181035225	2	2026-12-07 01:49:18.83657+00	2026-12-07 01:50:20.086878+00	\N	\N	{"encryptedKeyset":"AW953TZWzjZLdenI0Bv9+AF/dJhhxWGqezlGvdl17FhQFPaBdZxIPNxgm8X253zvuVMnwZJTsNLDIkPd20gjiAyietYtkrNaeq31GgHcZHXiG592dRoxTkhZIj04A4HJvRnD2iofZyEJoCDNlxkiYKK4KDQcqvwlkohFY1pDipKIEnw43MLB5dXSi9NeBmiTMmJIZlDEp1knra8PvuICWxXE93JbLkLkQG1ql/Vb","keysetInfo":{"primaryKeyId":1637738534,"keyInfo":[{"typeUrl":"type.googleapis.com/google.crypto.tink.AesSivKey","status":"ENABLED","keyId":1637738534,"outputPrefixType":"TINK"}]}}\n
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.users (id, org_id, email, display_name, password_hash, roles, enabled, failed_logins, locked_until, created_at) FROM stdin;
01a24e30-ab73-745d-8a81-c40cf5fab3fb	01a24e30-a8e4-7903-b41c-ee76f666502e	operator@annota.local	Olga Operator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$U/clryxcGg+39K0UjYSeJQ$ios8FY8tH0GEhmqHtiep82kKkZpE6JTOtlKr8p0/Kcs	ADMIN	t	0	\N	2026-12-07 01:49:02.195855+00
01a24e30-be63-7004-881e-4ecbe4a8666c	01a24e30-be1f-7357-acb7-0863daf50c90	admin@helios.example	Hana Admin	{argon2}$argon2id$v=19$m=16384,t=2,p=1$q/yOnQKiV6MX6iRH2TU2Hg$X4o9aTOuP/RhzPXZceaT+3cLD8Da2sojO+4zETG30iA	ADMIN	t	0	\N	2026-12-07 01:49:07.043101+00
01a24e30-c206-7049-b527-0924ee2a9222	01a24e30-be1f-7357-acb7-0863daf50c90	manager@helios.example	Milo Manager	{argon2}$argon2id$v=19$m=16384,t=2,p=1$JldxA0IN/Zb972FYiAIyUA$DtQpyW9listk0Ax/7jj2yutha3KJiBxGN5fRkWJMpDc	MANAGER	t	0	\N	2026-12-07 01:49:07.974355+00
01a24e30-c64f-7a97-a3ab-aaa1b1915a8a	01a24e30-be1f-7357-acb7-0863daf50c90	reviewer@helios.example	Rita Reviewer	{argon2}$argon2id$v=19$m=16384,t=2,p=1$nmggeQW9HcdDxMMaepzhUw$1YQj4f40gGEpXHGS7UxRfyUpyFD+vq1NyYKOcnyzLKA	REVIEWER	t	0	\N	2026-12-07 01:49:09.071768+00
01a24e30-cca9-7566-adc5-391135a87979	01a24e30-be1f-7357-acb7-0863daf50c90	annotator@helios.example	Ari Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$6RzkuEm3lnYJY6ZhGsgcdw$AVgJV7cTHtKwv4I53bJrLobtJ9EEHVksHX7L9/dRCxo	ANNOTATOR	t	0	\N	2026-12-07 01:49:10.697215+00
01a24e30-d555-790c-a06f-20d475be1adb	01a24e30-d51c-784b-bb49-251bebe59396	admin@northwind.example	Nora Admin	{argon2}$argon2id$v=19$m=16384,t=2,p=1$q6kMgjGGKbZlvtrBpEiDpw$O+4vi8509Gx0tDZ02RlEF6L62LNEtrDrGOQV5qUvkdc	ADMIN	t	0	\N	2026-12-07 01:49:12.917828+00
01a24e30-da93-7f14-b7ca-ba1a62da6083	01a24e30-d51c-784b-bb49-251bebe59396	manager@northwind.example	Ned Manager	{argon2}$argon2id$v=19$m=16384,t=2,p=1$WclHnwvelsidXRLlKrg+aQ$FX/jfAZM+wqiMm+odFRXOJ0OGKS/ZepF7vwpHtGgReo	MANAGER	t	0	\N	2026-12-07 01:49:14.259874+00
01a24e30-dee2-7cdd-8d1f-295a60c29ce0	01a24e30-d51c-784b-bb49-251bebe59396	reviewer@northwind.example	Rosa Reviewer	{argon2}$argon2id$v=19$m=16384,t=2,p=1$tqJep1g+Vo/l5i2lJJOZLA$rGVYLjFsey9zA4hX1EJhmM5+Ir6kVzX845wZoWRgB68	REVIEWER	t	0	\N	2026-12-07 01:49:15.362739+00
01a24e30-e317-7203-9bf3-26bc466e686a	01a24e30-d51c-784b-bb49-251bebe59396	annotator@northwind.example	Ana Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$kMJf84JdTTAeQAWbc7VLvA$CfCTlRXWMWw5gH1b7Vt2A2dUS0M4dxFkaI4DvB+R3Ls	ANNOTATOR	t	0	\N	2026-12-07 01:49:16.439312+00
01a24e30-e5fb-7f32-b826-2d340fa78d12	01a24e30-d51c-784b-bb49-251bebe59396	annotator2@northwind.example	Ben Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$hEqk0WkyGi3xWiTAek6ujw$CiTTU5C9Ff3X2m39lEGuCb0Ddmy/zhDMx+aHFGn/GwY	ANNOTATOR	t	0	\N	2026-12-07 01:49:17.179315+00
\.


--
-- Data for Name: wall_policies; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.wall_policies (org_id, cooling_off_days, updated_by, updated_at) FROM stdin;
\.


--
-- Data for Name: wall_refusals; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.wall_refusals (tenant_id, id, project_id, annotator_id, annotator_org_id, rule, explanation, exposure_first_seen, exposure_last_seen, wall_until, refused_at) FROM stdin;
\.


--
-- Data for Name: witness_attempts; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witness_attempts (tenant_id, id, witness_id, delivery_id, tree_size, attempted_at, status_code, error, duration_ms) FROM stdin;
\.


--
-- Data for Name: witness_deliveries; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witness_deliveries (tenant_id, id, witness_id, tree_size, note, state, attempts, created_at, next_attempt_at, finished_at) FROM stdin;
\.


--
-- Data for Name: witness_due; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witness_due (delivery_id, tenant_id, due_at) FROM stdin;
\.


--
-- Data for Name: witnesses; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witnesses (tenant_id, id, url, secret, state, created_by, created_at, secret_rotated_at, disabled_at, disabled_reason) FROM stdin;
\.


--
-- Data for Name: workforce_settings; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.workforce_settings (tenant_id, share_identity, updated_by, updated_at) FROM stdin;
\.


--
-- Name: access_log_alarms access_log_alarms_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.access_log_alarms
    ADD CONSTRAINT access_log_alarms_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: affiliations affiliations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.affiliations
    ADD CONSTRAINT affiliations_pkey PRIMARY KEY (id);


--
-- Name: annotations annotations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotations
    ADD CONSTRAINT annotations_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: annotator_credentials annotator_credentials_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotator_credentials
    ADD CONSTRAINT annotator_credentials_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: annotator_exposures annotator_exposures_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotator_exposures
    ADD CONSTRAINT annotator_exposures_pkey PRIMARY KEY (annotator_id, tenant_id);


--
-- Name: annotator_languages annotator_languages_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotator_languages
    ADD CONSTRAINT annotator_languages_pkey PRIMARY KEY (tenant_id, person_id, language);


--
-- Name: annotator_profiles annotator_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotator_profiles
    ADD CONSTRAINT annotator_profiles_pkey PRIMARY KEY (tenant_id, person_id);


--
-- Name: annotator_skills annotator_skills_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.annotator_skills
    ADD CONSTRAINT annotator_skills_pkey PRIMARY KEY (tenant_id, person_id, skill);


--
-- Name: api_tokens api_tokens_hash; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_hash UNIQUE (token_hash);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: assignments assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: audit_checkpoints audit_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.audit_checkpoints
    ADD CONSTRAINT audit_checkpoints_pkey PRIMARY KEY (tenant_id, tree_size);


--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: audit_final_checkpoints audit_final_checkpoints_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.audit_final_checkpoints
    ADD CONSTRAINT audit_final_checkpoints_pkey PRIMARY KEY (org_id);


--
-- Name: audit_heads audit_heads_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.audit_heads
    ADD CONSTRAINT audit_heads_pkey PRIMARY KEY (tenant_id);


--
-- Name: budgets budgets_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.budgets
    ADD CONSTRAINT budgets_pkey PRIMARY KEY (tenant_id, project_id);


--
-- Name: claim_windows claim_windows_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.claim_windows
    ADD CONSTRAINT claim_windows_pkey PRIMARY KEY (annotator_id, window_start);


--
-- Name: conflict_class_members conflict_class_members_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.conflict_class_members
    ADD CONSTRAINT conflict_class_members_pkey PRIMARY KEY (class_id, org_id);


--
-- Name: conflict_classes conflict_classes_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.conflict_classes
    ADD CONSTRAINT conflict_classes_pkey PRIMARY KEY (id);


--
-- Name: declared_conflicts declared_conflicts_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.declared_conflicts
    ADD CONSTRAINT declared_conflicts_pkey PRIMARY KEY (org_id, competitor_org_id);


--
-- Name: engagements engagements_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_pkey PRIMARY KEY (tenant_id, project_id, workforce_org_id);


--
-- Name: excluded_affiliations excluded_affiliations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.excluded_affiliations
    ADD CONSTRAINT excluded_affiliations_pkey PRIMARY KEY (tenant_id, employer_key);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: gold_results gold_results_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.gold_results
    ADD CONSTRAINT gold_results_pkey PRIMARY KEY (tenant_id, assignment_id);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: key_rotations key_rotations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.key_rotations
    ADD CONSTRAINT key_rotations_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: label_schemas label_schemas_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.label_schemas
    ADD CONSTRAINT label_schemas_pkey PRIMARY KEY (tenant_id, project_id, version);


--
-- Name: ledger_entries ledger_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.ledger_entries
    ADD CONSTRAINT ledger_entries_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: login_addresses login_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.login_addresses
    ADD CONSTRAINT login_addresses_pkey PRIMARY KEY (user_id, address_hash);


--
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (throttle_key);


--
-- Name: money_rates money_rates_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.money_rates
    ADD CONSTRAINT money_rates_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: organizations organizations_name; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_name UNIQUE (name);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: paid_work paid_work_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.paid_work
    ADD CONSTRAINT paid_work_pkey PRIMARY KEY (tenant_id, annotation_id);


--
-- Name: password_setup_links password_setup_links_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.password_setup_links
    ADD CONSTRAINT password_setup_links_pkey PRIMARY KEY (token_hash);


--
-- Name: pay_tiers pay_tiers_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.pay_tiers
    ADD CONSTRAINT pay_tiers_pkey PRIMARY KEY (tenant_id, person_id);


--
-- Name: project_deletions project_deletions_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_deletions
    ADD CONSTRAINT project_deletions_pkey PRIMARY KEY (project_id);


--
-- Name: project_directory project_directory_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_directory
    ADD CONSTRAINT project_directory_pkey PRIMARY KEY (project_id, org_id);


--
-- Name: project_guidelines project_guidelines_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_guidelines
    ADD CONSTRAINT project_guidelines_pkey PRIMARY KEY (tenant_id, project_id, version);


--
-- Name: project_images project_images_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_images
    ADD CONSTRAINT project_images_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: project_requirements project_requirements_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_requirements
    ADD CONSTRAINT project_requirements_pkey PRIMARY KEY (tenant_id, project_id, kind, name, title);


--
-- Name: project_shares project_shares_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.project_shares
    ADD CONSTRAINT project_shares_pkey PRIMARY KEY (tenant_id, project_id, workforce_org_id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: quality_settings quality_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.quality_settings
    ADD CONSTRAINT quality_settings_pkey PRIMARY KEY (tenant_id, project_id);


--
-- Name: review_decisions review_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.review_decisions
    ADD CONSTRAINT review_decisions_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: review_replies review_replies_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.review_replies
    ADD CONSTRAINT review_replies_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: review_settings review_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.review_settings
    ADD CONSTRAINT review_settings_pkey PRIMARY KEY (tenant_id, project_id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: spring_session_attributes spring_session_attributes_pk; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.spring_session_attributes
    ADD CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name);


--
-- Name: spring_session spring_session_pk; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.spring_session
    ADD CONSTRAINT spring_session_pk PRIMARY KEY (primary_id);


--
-- Name: sso_configurations sso_configurations_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.sso_configurations
    ADD CONSTRAINT sso_configurations_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: sso_domains sso_domains_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.sso_domains
    ADD CONSTRAINT sso_domains_pkey PRIMARY KEY (email_domain);


--
-- Name: tenant_key_destructions tenant_key_destructions_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.tenant_key_destructions
    ADD CONSTRAINT tenant_key_destructions_pkey PRIMARY KEY (organization_id);


--
-- Name: tenant_keys tenant_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.tenant_keys
    ADD CONSTRAINT tenant_keys_pkey PRIMARY KEY (tenant_id);


--
-- Name: users users_email; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: wall_policies wall_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.wall_policies
    ADD CONSTRAINT wall_policies_pkey PRIMARY KEY (org_id);


--
-- Name: wall_refusals wall_refusals_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.wall_refusals
    ADD CONSTRAINT wall_refusals_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: witness_attempts witness_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.witness_attempts
    ADD CONSTRAINT witness_attempts_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: witness_deliveries witness_deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.witness_deliveries
    ADD CONSTRAINT witness_deliveries_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: witness_due witness_due_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.witness_due
    ADD CONSTRAINT witness_due_pkey PRIMARY KEY (delivery_id);


--
-- Name: witnesses witnesses_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.witnesses
    ADD CONSTRAINT witnesses_pkey PRIMARY KEY (tenant_id, id);


--
-- Name: workforce_settings workforce_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.workforce_settings
    ADD CONSTRAINT workforce_settings_pkey PRIMARY KEY (tenant_id);


--
-- Name: access_log_alarms_raised; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX access_log_alarms_raised ON public.access_log_alarms USING btree (tenant_id, raised_at);


--
-- Name: affiliations_user; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX affiliations_user ON public.affiliations USING btree (user_id);


--
-- Name: annotations_assignment; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX annotations_assignment ON public.annotations USING btree (tenant_id, assignment_id);


--
-- Name: annotations_browse; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX annotations_browse ON public.annotations USING btree (tenant_id, project_id, annotator_id, item_id);


--
-- Name: annotations_idempotency; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX annotations_idempotency ON public.annotations USING btree (tenant_id, annotator_id, idempotency_key);


--
-- Name: annotations_item; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX annotations_item ON public.annotations USING btree (tenant_id, project_id, item_id);


--
-- Name: annotations_time; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX annotations_time ON public.annotations USING btree (tenant_id, project_id, created_at);


--
-- Name: annotator_credentials_person; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX annotator_credentials_person ON public.annotator_credentials USING btree (tenant_id, person_id);


--
-- Name: api_tokens_user; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX api_tokens_user ON public.api_tokens USING btree (user_id);


--
-- Name: assignments_annotator; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX assignments_annotator ON public.assignments USING btree (tenant_id, annotator_id, project_id, state);


--
-- Name: assignments_ended; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX assignments_ended ON public.assignments USING btree (tenant_id, project_id, ended_at);


--
-- Name: assignments_leases; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX assignments_leases ON public.assignments USING btree (tenant_id, project_id, state, lease_expires_at);


--
-- Name: assignments_once; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX assignments_once ON public.assignments USING btree (tenant_id, item_id, annotator_id, round);


--
-- Name: assignments_recent; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX assignments_recent ON public.assignments USING btree (tenant_id, project_id, gold, claimed_at, workforce_org_id);


--
-- Name: assignments_workforce; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX assignments_workforce ON public.assignments USING btree (tenant_id, project_id, workforce_org_id, gold, claimed_at);


--
-- Name: audit_events_item; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX audit_events_item ON public.audit_events USING btree (tenant_id, project_id, item_id);


--
-- Name: audit_events_pending; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX audit_events_pending ON public.audit_events USING btree (tenant_id, occurred_at, id) WHERE (seq IS NULL);


--
-- Name: audit_events_seq; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX audit_events_seq ON public.audit_events USING btree (tenant_id, seq);


--
-- Name: conflict_class_members_org; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX conflict_class_members_org ON public.conflict_class_members USING btree (org_id);


--
-- Name: conflict_classes_name; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX conflict_classes_name ON public.conflict_classes USING btree (name);


--
-- Name: declared_conflicts_competitor; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX declared_conflicts_competitor ON public.declared_conflicts USING btree (competitor_org_id);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: gold_results_annotator; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX gold_results_annotator ON public.gold_results USING btree (tenant_id, project_id, annotator_id, created_at);


--
-- Name: gold_results_by_annotator; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX gold_results_by_annotator ON public.gold_results USING btree (tenant_id, annotator_id, correct);


--
-- Name: items_browse; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX items_browse ON public.items USING btree (tenant_id, project_id, id);


--
-- Name: items_external_id; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX items_external_id ON public.items USING btree (tenant_id, project_id, external_id);


--
-- Name: items_queue; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX items_queue ON public.items USING btree (tenant_id, project_id, state, id);


--
-- Name: key_rotations_running; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX key_rotations_running ON public.key_rotations USING btree (state, started_at);


--
-- Name: key_rotations_tenant; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX key_rotations_tenant ON public.key_rotations USING btree (tenant_id, started_at);


--
-- Name: label_schemas_id; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX label_schemas_id ON public.label_schemas USING btree (tenant_id, id);


--
-- Name: ledger_entries_period; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX ledger_entries_period ON public.ledger_entries USING btree (tenant_id, ledger, created_at);


--
-- Name: ledger_entries_person; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX ledger_entries_person ON public.ledger_entries USING btree (tenant_id, person_id, created_at);


--
-- Name: ledger_entries_project; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX ledger_entries_project ON public.ledger_entries USING btree (tenant_id, project_id, currency);


--
-- Name: ledger_entries_source; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX ledger_entries_source ON public.ledger_entries USING btree (tenant_id, source_key);


--
-- Name: login_throttle_window; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX login_throttle_window ON public.login_throttle USING btree (window_started_at);


--
-- Name: money_rates_scope; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX money_rates_scope ON public.money_rates USING btree (tenant_id, ledger, vendor_org_id, scope_key);


--
-- Name: notifications_of_user; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX notifications_of_user ON public.notifications USING btree (tenant_id, user_id, id);


--
-- Name: password_setup_links_user; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX password_setup_links_user ON public.password_setup_links USING btree (user_id);


--
-- Name: project_deletions_due; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX project_deletions_due ON public.project_deletions USING btree (purge_after);


--
-- Name: project_directory_org; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX project_directory_org ON public.project_directory USING btree (org_id);


--
-- Name: project_guidelines_id; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX project_guidelines_id ON public.project_guidelines USING btree (tenant_id, id);


--
-- Name: project_images_project; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX project_images_project ON public.project_images USING btree (tenant_id, project_id, id);


--
-- Name: review_decisions_item; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX review_decisions_item ON public.review_decisions USING btree (tenant_id, item_id, decided_at);


--
-- Name: review_decisions_once; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX review_decisions_once ON public.review_decisions USING btree (tenant_id, review_id);


--
-- Name: reviews_annotator; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX reviews_annotator ON public.reviews USING btree (tenant_id, annotator_id, id);


--
-- Name: reviews_item; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX reviews_item ON public.reviews USING btree (tenant_id, item_id, id);


--
-- Name: reviews_once_per_stage; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX reviews_once_per_stage ON public.reviews USING btree (tenant_id, annotation_id, stage);


--
-- Name: reviews_queue; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX reviews_queue ON public.reviews USING btree (tenant_id, project_id, state, id);


--
-- Name: spring_session_ix1; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE UNIQUE INDEX spring_session_ix1 ON public.spring_session USING btree (session_id);


--
-- Name: spring_session_ix2; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX spring_session_ix2 ON public.spring_session USING btree (expiry_time);


--
-- Name: spring_session_ix3; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX spring_session_ix3 ON public.spring_session USING btree (principal_name);


--
-- Name: sso_domains_org; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX sso_domains_org ON public.sso_domains USING btree (org_id);


--
-- Name: users_org; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX users_org ON public.users USING btree (org_id);


--
-- Name: wall_refusals_project; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX wall_refusals_project ON public.wall_refusals USING btree (tenant_id, project_id, refused_at);


--
-- Name: witness_attempts_of_witness; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX witness_attempts_of_witness ON public.witness_attempts USING btree (tenant_id, witness_id, attempted_at);


--
-- Name: witness_deliveries_due; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX witness_deliveries_due ON public.witness_deliveries USING btree (tenant_id, state, next_attempt_at);


--
-- Name: witness_deliveries_of_witness; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX witness_deliveries_of_witness ON public.witness_deliveries USING btree (tenant_id, witness_id, created_at);


--
-- Name: witness_due_at; Type: INDEX; Schema: public; Owner: annota_test_owner
--

CREATE INDEX witness_due_at ON public.witness_due USING btree (due_at);


--
-- Name: access_log_alarms access_log_alarms_no_delete; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER access_log_alarms_no_delete BEFORE DELETE ON public.access_log_alarms FOR EACH ROW EXECUTE FUNCTION public.audit_log_deletion_only();


--
-- Name: access_log_alarms access_log_alarms_no_update; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER access_log_alarms_no_update BEFORE UPDATE ON public.access_log_alarms FOR EACH ROW EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_checkpoints audit_checkpoints_no_delete; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON public.audit_checkpoints FOR EACH ROW EXECUTE FUNCTION public.audit_log_deletion_only();


--
-- Name: audit_checkpoints audit_checkpoints_no_update; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON public.audit_checkpoints FOR EACH ROW EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_events audit_events_append_only; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON public.audit_events FOR EACH ROW WHEN (((old.seq IS NOT NULL) OR (new.seq IS NULL) OR (new.leaf_hash IS NULL) OR ((((((((((((old.tenant_id IS DISTINCT FROM new.tenant_id) OR (old.id IS DISTINCT FROM new.id)) OR (old.occurred_at IS DISTINCT FROM new.occurred_at)) OR ((old.action)::text IS DISTINCT FROM (new.action)::text)) OR (old.actor_id IS DISTINCT FROM new.actor_id)) OR (old.actor_org_id IS DISTINCT FROM new.actor_org_id)) OR (old.project_id IS DISTINCT FROM new.project_id)) OR (old.item_id IS DISTINCT FROM new.item_id)) OR (old.assignment_id IS DISTINCT FROM new.assignment_id)) OR (old.item_count IS DISTINCT FROM new.item_count)) OR (old.target_id IS DISTINCT FROM new.target_id)) OR ((old.detail)::text IS DISTINCT FROM (new.detail)::text)))) EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_events audit_events_insert_pending; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_events_insert_pending BEFORE INSERT ON public.audit_events FOR EACH ROW WHEN (((new.seq IS NOT NULL) OR (new.leaf_hash IS NOT NULL))) EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_events audit_events_no_delete; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.audit_log_deletion_only();


--
-- Name: audit_final_checkpoints audit_final_checkpoints_insert_only; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_final_checkpoints_insert_only BEFORE DELETE OR UPDATE ON public.audit_final_checkpoints FOR EACH ROW EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_heads audit_heads_grow_only; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_heads_grow_only BEFORE UPDATE ON public.audit_heads FOR EACH ROW EXECUTE FUNCTION public.audit_heads_grow_only();


--
-- Name: audit_heads audit_heads_new_empty; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_heads_new_empty BEFORE INSERT ON public.audit_heads FOR EACH ROW WHEN (((new.tree_size <> 0) OR (octet_length(new.frontier) <> 0))) EXECUTE FUNCTION public.audit_log_refuse();


--
-- Name: audit_heads audit_heads_no_delete; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON public.audit_heads FOR EACH ROW EXECUTE FUNCTION public.audit_log_deletion_only();


--
-- Name: ledger_entries ledger_entries_append_only; Type: TRIGGER; Schema: public; Owner: annota_test_owner
--

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE ON public.ledger_entries FOR EACH ROW EXECUTE FUNCTION public.ledger_entries_append_only();


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: login_addresses login_addresses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.login_addresses
    ADD CONSTRAINT login_addresses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: password_setup_links password_setup_links_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.password_setup_links
    ADD CONSTRAINT password_setup_links_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: spring_session_attributes spring_session_attributes_fk; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.spring_session_attributes
    ADD CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES public.spring_session(primary_id) ON DELETE CASCADE;


--
-- Name: sso_configurations sso_configurations_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.sso_configurations
    ADD CONSTRAINT sso_configurations_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.organizations(id);


--
-- Name: sso_domains sso_domains_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.sso_domains
    ADD CONSTRAINT sso_domains_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.organizations(id);


--
-- Name: users users_org_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: annota_test_owner
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.organizations(id);


--
-- Name: access_log_alarms; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.access_log_alarms ENABLE ROW LEVEL SECURITY;

--
-- Name: annotations; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.annotations ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_credentials; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.annotator_credentials ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_languages; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.annotator_languages ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_profiles; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.annotator_profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_skills; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.annotator_skills ENABLE ROW LEVEL SECURITY;

--
-- Name: assignments; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.assignments ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_checkpoints; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.audit_checkpoints ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_events; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.audit_events ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_heads; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.audit_heads ENABLE ROW LEVEL SECURITY;

--
-- Name: budgets; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.budgets ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_credentials engaged_read; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY engaged_read ON public.annotator_credentials FOR SELECT USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (EXISTS ( SELECT 1
   FROM public.engagements e
  WHERE ((e.tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) AND (e.workforce_org_id = annotator_credentials.tenant_id))))));


--
-- Name: annotator_languages engaged_read; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY engaged_read ON public.annotator_languages FOR SELECT USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (EXISTS ( SELECT 1
   FROM public.engagements e
  WHERE ((e.tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) AND (e.workforce_org_id = annotator_languages.tenant_id))))));


--
-- Name: annotator_profiles engaged_read; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY engaged_read ON public.annotator_profiles FOR SELECT USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (EXISTS ( SELECT 1
   FROM public.engagements e
  WHERE ((e.tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) AND (e.workforce_org_id = annotator_profiles.tenant_id))))));


--
-- Name: annotator_skills engaged_read; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY engaged_read ON public.annotator_skills FOR SELECT USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (EXISTS ( SELECT 1
   FROM public.engagements e
  WHERE ((e.tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) AND (e.workforce_org_id = annotator_skills.tenant_id))))));


--
-- Name: workforce_settings engaged_read; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY engaged_read ON public.workforce_settings FOR SELECT USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (EXISTS ( SELECT 1
   FROM public.engagements e
  WHERE ((e.tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) AND (e.workforce_org_id = workforce_settings.tenant_id))))));


--
-- Name: engagements; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.engagements ENABLE ROW LEVEL SECURITY;

--
-- Name: excluded_affiliations; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.excluded_affiliations ENABLE ROW LEVEL SECURITY;

--
-- Name: gold_results; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.gold_results ENABLE ROW LEVEL SECURITY;

--
-- Name: items; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;

--
-- Name: key_rotations; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.key_rotations ENABLE ROW LEVEL SECURITY;

--
-- Name: label_schemas; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.label_schemas ENABLE ROW LEVEL SECURITY;

--
-- Name: ledger_entries; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.ledger_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: money_rates; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.money_rates ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: annotator_credentials own_delete; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_delete ON public.annotator_credentials FOR DELETE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_languages own_delete; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_delete ON public.annotator_languages FOR DELETE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_profiles own_delete; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_delete ON public.annotator_profiles FOR DELETE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_skills own_delete; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_delete ON public.annotator_skills FOR DELETE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: workforce_settings own_delete; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_delete ON public.workforce_settings FOR DELETE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_credentials own_insert; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_insert ON public.annotator_credentials FOR INSERT WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_languages own_insert; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_insert ON public.annotator_languages FOR INSERT WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_profiles own_insert; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_insert ON public.annotator_profiles FOR INSERT WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_skills own_insert; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_insert ON public.annotator_skills FOR INSERT WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: workforce_settings own_insert; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_insert ON public.workforce_settings FOR INSERT WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_credentials own_update; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_update ON public.annotator_credentials FOR UPDATE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_languages own_update; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_update ON public.annotator_languages FOR UPDATE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_profiles own_update; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_update ON public.annotator_profiles FOR UPDATE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotator_skills own_update; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_update ON public.annotator_skills FOR UPDATE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: workforce_settings own_update; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY own_update ON public.workforce_settings FOR UPDATE USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: paid_work; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.paid_work ENABLE ROW LEVEL SECURITY;

--
-- Name: pay_tiers; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.pay_tiers ENABLE ROW LEVEL SECURITY;

--
-- Name: project_guidelines; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.project_guidelines ENABLE ROW LEVEL SECURITY;

--
-- Name: project_images; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.project_images ENABLE ROW LEVEL SECURITY;

--
-- Name: project_requirements; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.project_requirements ENABLE ROW LEVEL SECURITY;

--
-- Name: project_shares; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.project_shares ENABLE ROW LEVEL SECURITY;

--
-- Name: projects; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;

--
-- Name: quality_settings; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.quality_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: review_decisions; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.review_decisions ENABLE ROW LEVEL SECURITY;

--
-- Name: review_replies; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.review_replies ENABLE ROW LEVEL SECURITY;

--
-- Name: review_settings; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.review_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: reviews; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.reviews ENABLE ROW LEVEL SECURITY;

--
-- Name: sso_configurations; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.sso_configurations ENABLE ROW LEVEL SECURITY;

--
-- Name: access_log_alarms tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.access_log_alarms USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: annotations tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.annotations USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: assignments tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.assignments USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: audit_checkpoints tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.audit_checkpoints USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: audit_events tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.audit_events USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: audit_heads tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.audit_heads USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: budgets tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.budgets USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: engagements tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.engagements USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: excluded_affiliations tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.excluded_affiliations USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: gold_results tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.gold_results USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: items tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.items USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: key_rotations tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.key_rotations USING (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (CURRENT_USER = ( SELECT pg_get_userbyid(c.relowner) AS pg_get_userbyid
   FROM pg_class c
  WHERE (c.oid = ('public.key_rotations'::regclass)::oid))))) WITH CHECK (((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (CURRENT_USER = ( SELECT pg_get_userbyid(c.relowner) AS pg_get_userbyid
   FROM pg_class c
  WHERE (c.oid = ('public.key_rotations'::regclass)::oid)))));


--
-- Name: label_schemas tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.label_schemas USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: ledger_entries tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.ledger_entries USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: money_rates tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.money_rates USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: notifications tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.notifications USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: paid_work tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.paid_work USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: pay_tiers tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.pay_tiers USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: project_guidelines tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.project_guidelines USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: project_images tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.project_images USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: project_requirements tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.project_requirements USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: project_shares tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.project_shares USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: projects tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.projects USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: quality_settings tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.quality_settings USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: review_decisions tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.review_decisions USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: review_replies tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.review_replies USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: review_settings tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.review_settings USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: reviews tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.reviews USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: sso_configurations tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.sso_configurations USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: tenant_keys tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.tenant_keys USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: wall_refusals tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.wall_refusals USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: witness_attempts tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.witness_attempts USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: witness_deliveries tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.witness_deliveries USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: witnesses tenant_isolation; Type: POLICY; Schema: public; Owner: annota_test_owner
--

CREATE POLICY tenant_isolation ON public.witnesses USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)) WITH CHECK ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));


--
-- Name: tenant_keys; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.tenant_keys ENABLE ROW LEVEL SECURITY;

--
-- Name: wall_refusals; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.wall_refusals ENABLE ROW LEVEL SECURITY;

--
-- Name: witness_attempts; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.witness_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: witness_deliveries; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.witness_deliveries ENABLE ROW LEVEL SECURITY;

--
-- Name: witnesses; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.witnesses ENABLE ROW LEVEL SECURITY;

--
-- Name: workforce_settings; Type: ROW SECURITY; Schema: public; Owner: annota_test_owner
--

ALTER TABLE public.workforce_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pg_database_owner
--

GRANT USAGE ON SCHEMA public TO annota_test_app;


--
-- Name: FUNCTION audit_delete_log(organization uuid); Type: ACL; Schema: public; Owner: annota_test_owner
--

REVOKE ALL ON FUNCTION public.audit_delete_log(organization uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION public.audit_delete_log(organization uuid) TO annota_test_app;


--
-- Name: FUNCTION key_retirement_candidates(); Type: ACL; Schema: public; Owner: annota_test_owner
--

REVOKE ALL ON FUNCTION public.key_retirement_candidates() FROM PUBLIC;
GRANT ALL ON FUNCTION public.key_retirement_candidates() TO annota_test_app;


--
-- Name: FUNCTION pending_key_rotations(); Type: ACL; Schema: public; Owner: annota_test_owner
--

REVOKE ALL ON FUNCTION public.pending_key_rotations() FROM PUBLIC;
GRANT ALL ON FUNCTION public.pending_key_rotations() TO annota_test_app;


--
-- Name: TABLE access_log_alarms; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.access_log_alarms TO annota_test_app;


--
-- Name: TABLE affiliations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.affiliations TO annota_test_app;


--
-- Name: TABLE annotations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotations TO annota_test_app;


--
-- Name: TABLE annotator_credentials; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotator_credentials TO annota_test_app;


--
-- Name: TABLE annotator_exposures; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotator_exposures TO annota_test_app;


--
-- Name: TABLE annotator_languages; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotator_languages TO annota_test_app;


--
-- Name: TABLE annotator_profiles; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotator_profiles TO annota_test_app;


--
-- Name: TABLE annotator_skills; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.annotator_skills TO annota_test_app;


--
-- Name: TABLE api_tokens; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.api_tokens TO annota_test_app;


--
-- Name: TABLE assignments; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.assignments TO annota_test_app;


--
-- Name: TABLE audit_checkpoints; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.audit_checkpoints TO annota_test_app;


--
-- Name: TABLE audit_events; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.audit_events TO annota_test_app;


--
-- Name: TABLE audit_final_checkpoints; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.audit_final_checkpoints TO annota_test_app;


--
-- Name: TABLE audit_heads; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.audit_heads TO annota_test_app;


--
-- Name: TABLE budgets; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.budgets TO annota_test_app;


--
-- Name: TABLE claim_windows; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.claim_windows TO annota_test_app;


--
-- Name: TABLE conflict_class_members; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.conflict_class_members TO annota_test_app;


--
-- Name: TABLE conflict_classes; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.conflict_classes TO annota_test_app;


--
-- Name: TABLE declared_conflicts; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.declared_conflicts TO annota_test_app;


--
-- Name: TABLE engagements; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.engagements TO annota_test_app;


--
-- Name: TABLE excluded_affiliations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.excluded_affiliations TO annota_test_app;


--
-- Name: TABLE flyway_schema_history; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.flyway_schema_history TO annota_test_app;


--
-- Name: TABLE gold_results; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.gold_results TO annota_test_app;


--
-- Name: TABLE items; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.items TO annota_test_app;


--
-- Name: TABLE key_rotations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.key_rotations TO annota_test_app;


--
-- Name: TABLE label_schemas; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.label_schemas TO annota_test_app;


--
-- Name: TABLE ledger_entries; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.ledger_entries TO annota_test_app;


--
-- Name: TABLE login_addresses; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.login_addresses TO annota_test_app;


--
-- Name: TABLE login_throttle; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.login_throttle TO annota_test_app;


--
-- Name: TABLE money_rates; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.money_rates TO annota_test_app;


--
-- Name: TABLE notifications; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.notifications TO annota_test_app;


--
-- Name: TABLE organizations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.organizations TO annota_test_app;


--
-- Name: TABLE paid_work; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.paid_work TO annota_test_app;


--
-- Name: TABLE password_setup_links; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.password_setup_links TO annota_test_app;


--
-- Name: TABLE pay_tiers; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.pay_tiers TO annota_test_app;


--
-- Name: TABLE project_deletions; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_deletions TO annota_test_app;


--
-- Name: TABLE project_directory; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_directory TO annota_test_app;


--
-- Name: TABLE project_guidelines; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_guidelines TO annota_test_app;


--
-- Name: TABLE project_images; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_images TO annota_test_app;


--
-- Name: TABLE project_requirements; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_requirements TO annota_test_app;


--
-- Name: TABLE project_shares; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.project_shares TO annota_test_app;


--
-- Name: TABLE projects; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.projects TO annota_test_app;


--
-- Name: TABLE quality_settings; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.quality_settings TO annota_test_app;


--
-- Name: TABLE review_decisions; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.review_decisions TO annota_test_app;


--
-- Name: TABLE review_replies; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.review_replies TO annota_test_app;


--
-- Name: TABLE review_settings; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.review_settings TO annota_test_app;


--
-- Name: TABLE reviews; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.reviews TO annota_test_app;


--
-- Name: TABLE spring_session; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.spring_session TO annota_test_app;


--
-- Name: TABLE spring_session_attributes; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.spring_session_attributes TO annota_test_app;


--
-- Name: TABLE sso_configurations; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.sso_configurations TO annota_test_app;


--
-- Name: TABLE sso_domains; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.sso_domains TO annota_test_app;


--
-- Name: TABLE tenant_key_destructions; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.tenant_key_destructions TO annota_test_app;


--
-- Name: TABLE tenant_keys; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.tenant_keys TO annota_test_app;


--
-- Name: TABLE users; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.users TO annota_test_app;


--
-- Name: TABLE wall_policies; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.wall_policies TO annota_test_app;


--
-- Name: TABLE wall_refusals; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.wall_refusals TO annota_test_app;


--
-- Name: TABLE witness_attempts; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.witness_attempts TO annota_test_app;


--
-- Name: TABLE witness_deliveries; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.witness_deliveries TO annota_test_app;


--
-- Name: TABLE witness_due; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.witness_due TO annota_test_app;


--
-- Name: TABLE witnesses; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.witnesses TO annota_test_app;


--
-- Name: TABLE workforce_settings; Type: ACL; Schema: public; Owner: annota_test_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.workforce_settings TO annota_test_app;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: annota_test_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE annota_test_owner IN SCHEMA public GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO annota_test_app;


--
-- PostgreSQL database dump complete
--

\unrestrict dxg69HAE0a3o5JbHjez6Cin8kPzmzojIAf8Coc15AdHAt8fDCSeKzGI2X2IUxL0

