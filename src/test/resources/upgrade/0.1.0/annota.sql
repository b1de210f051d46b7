--
-- PostgreSQL database dump
--

\restrict OuqdInpomANSUDtL4t8Uh4QnzbDRNWVzsLJr05pIaNjYYq6YQaOaABGCjtlRBCm

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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a7cd-7d5f-bfab-1c440e7a573a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-a738-7a87-b4b0-dea258c65c8c	01a24e47-84b3-76d5-bffe-433963febf1d	1	v1:Aahn+7MJYJkItbYN5bujt6843NBAWoMyrIJNfHK890Syh3HQrQKFsn87wkiRhbHqzD6/sQ==	\N	2026-12-07 02:14:08.583024+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a8b1-7258-84f0-7dd5a0832577	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-a873-7c3e-8b92-8a6e282a03c5	01a24e47-84b3-76d5-bffe-433963febf1d	1	v1:Aahn+7PEhq6hlGF+wtyBWTxEahJdrdBi/qaFdfv7DBA6XXhrPjCQuB24twsAUs9c2bOfBg==	\N	2026-12-07 02:14:08.815884+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a98e-726c-a36e-12c03de5b6c9	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-a91b-71cb-aa88-28b87f7b68e1	01a24e47-84b3-76d5-bffe-433963febf1d	1	v1:Aahn+7OYXSJQLufAobdjGZP/+/l11UUUF8GlnmwS163zFkQ5PzjmbF4rRstLuZfA+mm55w==	\N	2026-12-07 02:14:09.03614+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aa67-74b1-a938-5cdbe73458ad	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-aa17-7619-9e58-d150dc17ffe3	01a24e47-84b3-76d5-bffe-433963febf1d	1	v1:Aahn+7M9IIfI7AML4qTRdx4V3/0exnR6UHoDOsBbehUUcb/6ZscBp3hzPPSeNKheGcD/aw==	\N	2026-12-07 02:14:09.238097+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ab3d-7a5a-b80d-465cdd6e4bb0	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-aadf-7ccc-9493-cd00d2cbfdd4	01a24e47-84b3-76d5-bffe-433963febf1d	1	v1:Aahn+7OYKq32yrAXv9abeGWgw24UCWmCBPb/vos9VfMKDSq59YDcTSCP67aTuYIA0eC7hg==	\N	2026-12-07 02:14:09.467621+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-af29-7a10-a273-8d031bcce6a4	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-aeaa-7653-8397-10e4b749e0da	01a24e47-853a-7674-9c17-d80678bec883	1	v1:Aahn+7N1Zj3mKQCgMSmWoT73235Fk1RjfdCFFaPF5gqb2qcJ0EFUNfVY1hJnvM9ySpfkAw==	\N	2026-12-07 02:14:10.470726+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-afe4-77a6-b959-91ebcda733c0	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-af84-7ea0-a5be-70b65f2a8a05	01a24e47-853a-7674-9c17-d80678bec883	1	v1:Aahn+7P/jINn2TKeoIV1hTic4SQy7urpnvYHiK2TtP6r/6WxG2/bhOgT/5GtByBewGtNvg==	\N	2026-12-07 02:14:10.653618+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b0b4-7de7-b551-2b8f502be8d2	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-b047-7614-bdac-91e1b48f9559	01a24e47-853a-7674-9c17-d80678bec883	1	v1:Aahn+7MRWaX5BHEHMgy+h1Im0leiZlxqss5+BXicfbBtPcfws7m7BfITmCKyaXp2zaJd1Q==	\N	2026-12-07 02:14:10.865071+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b1c1-7a69-9dc4-107cb5a69ae1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-b147-774d-9958-709174bf2cc6	01a24e47-853a-7674-9c17-d80678bec883	1	v1:Aahn+7Ns5X2Lq5lVGk84i2uar0r8N0F+dKbkgrIXkjXJl/G5M5GzIzM0N5IyajwEd9NdOA==	\N	2026-12-07 02:14:11.128759+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b716-7d20-b657-ee7c1edd8d9d	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-b6d7-740d-acc8-bb3ca7fc384d	01a24e47-80d7-7b9b-8287-6a763f34e930	1	v1:Aahn+7NrajlrqoB8N+4Tb7/wy29wwX6KFmgriSJJiYnnsK+0gUi8rsFdXcbLFivFqJiHWg==	\N	2026-12-07 02:14:12.496116+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b8ce-773e-bdb3-d5058757b0b1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-b7d3-7623-8fa7-3071db867887	01a24e47-80d7-7b9b-8287-6a763f34e930	1	v1:Aahn+7P5ARvvdKPCQNEhalp3sSewSzo15PNhus/7xB5paJ52VZB4/ZElQrAG1LEuD7mG0Q==	\N	2026-12-07 02:14:12.93762+00	\N	\N	\N	1	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ba8f-7c97-b3ed-e3addf26f24a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6de	01a24e47-b927-7ea3-b623-3204554f2c7f	01a24e47-80d7-7b9b-8287-6a763f34e930	1	v1:Aahn+7M8C4NlBcIlnUJCv5jevsZbUpSChwFkKUEo7zkRU9G6H7hccqavCseOs7lIbIqxTQ==	\N	2026-12-07 02:14:13.358934+00	\N	\N	\N	1	1
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
01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:08.494218+00	2026-12-07 02:14:09.563091+00
01a24e47-853a-7674-9c17-d80678bec883	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:10.393564+00	2026-12-07 02:14:11.443065+00
01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:12.443361+00	2026-12-07 02:14:13.508512+00
01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:14.109979+00	2026-12-07 02:14:17.485124+00
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
01a24e47-9779-756e-a96c-80889919abf0	01a24e47-7e83-7e85-9804-f74604f8980a	operations script	317d8be70694c588d9f093334d7818bdf46f5c1b67541817cd610ba91c407573	2026-12-07 02:14:04.409528+00	2026-12-08 02:14:04.409528+00	\N	2026-12-07 02:14:04.925746+00
01a24e47-9cff-779e-b42c-091f554dd44e	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	operations script	54b7913e00d463a16d6116da1de7e0323bb86e195bd247a50821bf6287af9ef7	2026-12-07 02:14:05.823176+00	2026-12-08 02:14:05.823176+00	\N	2026-12-07 02:14:06.757523+00
01a24e47-a47f-7425-a96c-3fc5335d715f	01a24e47-84b3-76d5-bffe-433963febf1d	operations script	2ef61d41763a7b3b9bac5873bc8adab0194b589bebe644393efc7c67958c3a4b	2026-12-07 02:14:07.743924+00	2026-12-08 02:14:07.743924+00	\N	2026-12-07 02:14:08.171647+00
01a24e47-ae1c-7595-893b-f9369e9f2f08	01a24e47-853a-7674-9c17-d80678bec883	operations script	d8bccd5467894290206bfab016ee2374196e481d33dc3f3f02757be917a5b1fa	2026-12-07 02:14:10.204659+00	2026-12-08 02:14:10.204659+00	\N	2026-12-07 02:14:10.26486+00
01a24e47-b5e5-77ec-99bd-33f9dcb75a80	01a24e47-80d7-7b9b-8287-6a763f34e930	operations script	9cba1db450b26be3f8e3d32390fe306890ef247dda23cb194ed30106e6577df7	2026-12-07 02:14:12.197102+00	2026-12-08 02:14:12.197102+00	\N	2026-12-07 02:14:12.296393+00
01a24e47-bcec-79e2-a1c1-b3df4e4210a6	01a24e47-7f85-7363-8669-7536b3602020	operations script	2d029fbe0904d47753bee6a2d0189a7d52265c356aef3e45e8e966ef8b0c37dc	2026-12-07 02:14:13.996574+00	2026-12-08 02:14:13.996574+00	\N	2026-12-07 02:14:14.081007+00
01a24e47-e815-7f38-bff5-b974a4ff0bb1	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	operations script	9be835405aa2a906f892a6b12855aab5f2209dc7a04e1811ca53c3f752c5f0af	2026-12-07 02:14:25.045899+00	2026-12-08 02:14:25.045899+00	\N	2026-12-07 02:14:25.375107+00
01a24e47-ef9d-7a28-8873-b4c0b4fcde62	01a24e47-821f-75c3-9951-ccd7862f29d4	operations script	b9ea432460582882370beaab66ab3c8608b4ef18ce5666227e0c089cc23bfe7e	2026-12-07 02:14:26.97372+00	2026-12-08 02:14:26.97372+00	\N	2026-12-07 02:14:27.341024+00
01a24e47-f96c-7fd5-bea7-09700c63e0b5	01a24e47-761a-7861-825e-73e167401730	operations script	858edaae3c043e5738f842f85f121b1d4717bcff0dafe784a59cd1ea10ce06a2	2026-12-07 02:14:29.484497+00	2026-12-08 02:14:29.484497+00	\N	2026-12-07 02:14:29.818739+00
\.


--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.assignments (tenant_id, id, project_id, item_id, annotator_id, state, claimed_at, lease_expires_at, ended_at, gold, round, supersedes, rework_review_id, workforce_org_id, active_ms) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a738-7a87-b4b0-dea258c65c8c	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-84b3-76d5-bffe-433963febf1d	SUBMITTED	2026-12-07 02:14:08.315292+00	2026-12-07 02:24:08.315292+00	2026-12-07 02:14:08.583024+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a873-7c3e-8b92-8a6e282a03c5	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-84b3-76d5-bffe-433963febf1d	SUBMITTED	2026-12-07 02:14:08.747406+00	2026-12-07 02:24:08.747406+00	2026-12-07 02:14:08.815884+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a91b-71cb-aa88-28b87f7b68e1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-84b3-76d5-bffe-433963febf1d	SUBMITTED	2026-12-07 02:14:08.906924+00	2026-12-07 02:24:08.906924+00	2026-12-07 02:14:09.03614+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aa17-7619-9e58-d150dc17ffe3	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-84b3-76d5-bffe-433963febf1d	SUBMITTED	2026-12-07 02:14:09.130608+00	2026-12-07 02:24:09.130608+00	2026-12-07 02:14:09.238097+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aadf-7ccc-9493-cd00d2cbfdd4	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-84b3-76d5-bffe-433963febf1d	SUBMITTED	2026-12-07 02:14:09.358212+00	2026-12-07 02:24:09.358212+00	2026-12-07 02:14:09.467621+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ab92-75e6-9139-91fbb44e7b26	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-84b3-76d5-bffe-433963febf1d	SKIPPED	2026-12-07 02:14:09.551127+00	2026-12-07 02:24:09.551127+00	2026-12-07 02:14:09.624809+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aeaa-7653-8397-10e4b749e0da	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-853a-7674-9c17-d80678bec883	SUBMITTED	2026-12-07 02:14:10.331221+00	2026-12-07 02:24:10.331221+00	2026-12-07 02:14:10.470726+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-af84-7ea0-a5be-70b65f2a8a05	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-853a-7674-9c17-d80678bec883	SUBMITTED	2026-12-07 02:14:10.547183+00	2026-12-07 02:24:10.547183+00	2026-12-07 02:14:10.653618+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b047-7614-bdac-91e1b48f9559	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-853a-7674-9c17-d80678bec883	SUBMITTED	2026-12-07 02:14:10.751075+00	2026-12-07 02:24:10.751075+00	2026-12-07 02:14:10.865071+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b147-774d-9958-709174bf2cc6	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-853a-7674-9c17-d80678bec883	SUBMITTED	2026-12-07 02:14:10.987706+00	2026-12-07 02:24:10.987706+00	2026-12-07 02:14:11.128759+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b2ed-752b-9008-543a7d65541a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-853a-7674-9c17-d80678bec883	SKIPPED	2026-12-07 02:14:11.407205+00	2026-12-07 02:24:11.407205+00	2026-12-07 02:14:11.636235+00	f	1	\N	\N	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b6d7-740d-acc8-bb3ca7fc384d	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-80d7-7b9b-8287-6a763f34e930	SUBMITTED	2026-12-07 02:14:12.415244+00	2026-12-07 02:24:12.415244+00	2026-12-07 02:14:12.496116+00	f	1	\N	\N	01a24e47-7d0d-7dec-876f-03c54bf434f1	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b7d3-7623-8fa7-3071db867887	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-80d7-7b9b-8287-6a763f34e930	SUBMITTED	2026-12-07 02:14:12.676896+00	2026-12-07 02:24:12.676896+00	2026-12-07 02:14:12.93762+00	f	1	\N	\N	01a24e47-7d0d-7dec-876f-03c54bf434f1	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b927-7ea3-b623-3204554f2c7f	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6de	01a24e47-80d7-7b9b-8287-6a763f34e930	SUBMITTED	2026-12-07 02:14:13.003478+00	2026-12-07 02:24:13.003478+00	2026-12-07 02:14:13.358934+00	f	1	\N	\N	01a24e47-7d0d-7dec-876f-03c54bf434f1	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bafc-734a-974e-21c932b248bd	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6df	01a24e47-80d7-7b9b-8287-6a763f34e930	SKIPPED	2026-12-07 02:14:13.499213+00	2026-12-07 02:24:13.499213+00	2026-12-07 02:14:13.651951+00	f	1	\N	\N	01a24e47-7d0d-7dec-876f-03c54bf434f1	0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c7e1-79f2-bad8-47114e4e60f6	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-84b3-76d5-bffe-433963febf1d	REWORK	2026-12-07 02:14:16.723027+00	2026-12-07 02:24:16.723027+00	\N	f	2	01a24e47-a8b1-7258-84f0-7dd5a0832577	01a24e47-a8cf-7197-aee5-c8af4d10213e	01a24e47-81f7-7b53-97e4-e10eb4a0a427	0
\.


--
-- Data for Name: audit_checkpoints; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_checkpoints (tenant_id, tree_size, root_hash, note, created_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	3	\\xa9f7840412749106f0c7c37f9f16d0ca27d8b07f5c7ab5d8f1f388b91831beac	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n3\nqfeEBBJ0kQbwx8N/nxbQyifYsH9cerXY8fOIuRgxvqw=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euKdzogvOtOqmYBf5IzQ7Fdceg1+jKB6JzDFFZrriDcHmbQ0mOL0aLEFiyVT0l7j5n4sCvdP6R56kEE11FbpKRg0=\n	2026-12-07 02:14:00.710985+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	12	\\x84eba161b1a185a818bdba03090a502ef1dd24b1cda102c41115412c4ef2217d	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n12\nhOuhYbGhhagYvboDCQpQLvHdJLHNoQLEERVBLE7yIX0=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euDgWyhRZ298I3xHuze3YTUvN2JQdEY3dsMp+llP1geNLEDnp4nVTvoirW7cLjmN/zGUrDoh5mPxdEL55Q1cfowA=\n	2026-12-07 02:14:01.950215+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	13	\\x17720d8f596f2904aa7a4113d003778d8a96b7704f517e77f3089b8b6eedfa76	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n13\nF3INj1lvKQSqekET0AN3jYqWt3BPUX538wibi27t+nY=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euBEh63HHCkzyUCYO0t75WdMqhNOUD0osmBSDPCGtY0uvEzW6qhB758L98VJUqYDplF2vVasv5nHUNROnJUF/LAs=\n	2026-12-07 02:14:05.399634+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	15	\\xa7b25edd4aa49ea5b10c65a39d03241a5a235294a40b9d177983981fcf201f92	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n15\np7Je3UqknqWxDGWjnQMkGlojUpSkC50XeYOYH88gH5I=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euIODMjUg2untF6cRmCjP7D746cjbOkEAsVHHyJKtmmgN4hLWbVkRW3S0vECN6SvF4u8E0dRIKRw5I7ozG5zYiAo=\n	2026-12-07 02:14:06.578864+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	16	\\x6e4737732d5678d6ecb4ceec76caafaba6012fd45d716ca0ddaf04cdcba28c57	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n16\nbkc3cy1WeNbstM7sdsqvq6YBL9RdcWyg3a8EzcuijFc=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euJcAMvszwCuRCy+tt56bQnsgGWoczF7xJcCAc7D0UQp83twaIZ99j7h9AKTUoyTUoQ1j1myiMQe7xnwmbFSfxAc=\n	2026-12-07 02:14:07.707181+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	18	\\x6dd25cd7c65c9fdb87a4b9f8f8125437e0b192d6e4c2f4cb585452eb956aee3e	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n18\nbdJc18Zcn9uHpLn4+BJUN+CxktbkwvTLWFRS65Vq7j4=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euFbUuFe8dKtRseZwDAoukWC6jUWMNaA8R3I+5P7OG2DXWTa9Wi6l9YQEOel2WGBkDfsf7EnKSHwdVsCKJLQOcQA=\n	2026-12-07 02:14:08.908412+00
01a24e47-81f7-7b53-97e4-e10eb4a0a427	1	\\x327bc20187209a108cf5bb9d76ff60bc38e0a906357d1f7c7cc79a080e7ee049	annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427\n1\nMnvCAYcgmhCM9buddv9gvDjgqQY1fR98fMeaCA5+4Ek=\n\n— annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427 3Hx+lJEq9ob6s+aEwCNJkfY1y54ufqLJCG9qs/UtaEaFJg0xWe0x+Elmb/7tdde5b5wa8dv3RjKcAUKuruPhJGgWNwY=\n	2026-12-07 02:14:09.006827+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	22	\\xed9b5f5faac9cf022de7199d7b96a82b18e5bf1e71d0b14f22499ead325bba2b	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n22\n7ZtfX6rJzwIt5xmde5aoKxjlvx5x0LFPIkmerTJbuis=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euMCSU4tQ9cf0RZrnWq2fqeEaZEbPHTTRJuQmj3a+dBDJ3UlUGqzxzVR3puYPka+YQ4K8auzejaqS49t+YbDaXAs=\n	2026-12-07 02:14:10.052552+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	26	\\x0542b973f24d950c361aac58c2667a26f867dacbfd4a77ea9b2695c1ce44995a	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n26\nBUK5c/JNlQw2GqxYwmZ6Jvhn2sv9SnfqmyaVwc5EmVo=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euPLgi7vN2PIKMSdxuAsRdNugpEWCIDqld4ruKYuwL9xbXSq0soETLgKB1eGKsJYoYhA6j8V/2VFsVh3bl8d+FAE=\n	2026-12-07 02:14:11.129793+00
01a24e47-81f7-7b53-97e4-e10eb4a0a427	2	\\x1b212a581f36bc89d6c3d33cab1e04a3d643677feba245bc7195796d8286f587	annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427\n2\nGyEqWB82vInWw9M8qx4Eo9ZDZ3/rokW8cZV5bYKG9Yc=\n\n— annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427 3Hx+lCfgP7G/Q5k46a59WTbGSO4I4Y7zpiiUnrGXSzhwJQ2nLEgC71st4tfdyY5BDxPoMj9kny8gIyLixZ6Q74+vTQA=\n	2026-12-07 02:14:11.437947+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	29	\\xc2c0dc9fb218a7013d0f2596da1fa9bd916888abf14a73e8c95145bad8254f86	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n29\nwsDcn7IYpwE9DyWW2h+pvZFoiKvxSnPoyVFFutglT4Y=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euNYvAkxmQSJCIVMc6McdvcIvjLipOZfX79Nvi1YDuaI5egmaH3iNT6jmp2eB/jfuCf5zh46ie4rRIU1WjoIxNAY=\n	2026-12-07 02:14:12.586909+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	32	\\x6478dea33f29043689639bb91341b9a57f42c8e88e9a15bc0e74354dfcd971e5	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n32\nZHjeoz8pBDaJY5u5E0G5pX9CyOiOmhW8DnQ1TfzZceU=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euNm3K3fjSP1C8P9VVgTKUnX/JksuUDbrJALiqHrhMlQg7Iph2CdWz4a0F4RHVYhyAl2+xG5deHpCB64NcEktkQ0=\n	2026-12-07 02:14:13.865984+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	34	\\x25cf0084c7473969dbb8fca7a0a6b912ecde6c1b1cb45e3cf858cff58bcc5a71	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n34\nJc8AhMdHOWnbuPynoKa5EuzebBsctF48+FjP9YvMWnE=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euKgRb6I/toPyJjAPrwm2DOtuT9R/c3dU06oaTAVQl7gjACA/v0yp1bAw0QDZZ6KfKcxlPhbuCLDk4/GYQJkckAM=\n	2026-12-07 02:14:15.041327+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	35	\\x5e0c4f258542f7ae14e8aab2011d02596b680d9d7e73296f0a63280a10349432	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n35\nXgxPJYVC964U6KqyAR0CWWtoDZ1+cylvCmMoChA0lDI=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euAc15MfoO9lqACd0oeg8YMCjhJHHfeJN76eYXhlLt7PSuAxcPtoCO3hU0xa0nPXqHN32HZwJmERlTT2hslbloQU=\n	2026-12-07 02:14:16.31092+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	36	\\x1830bd31965459c6cf8435451cdcf4352c7651a201eebeec7d2f7afb4fb97087	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n36\nGDC9MZZUWcbPhDVFHNz0NSx2UaIB7r7sfS96+0+5cIc=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euA0Fe9T98zwGqBYLQ+K7V3EBISaDGAQnRfUbbinqgEYmSiD6i37UispgNVAJrbmZF5tv9hW4ZXe1E9xd4rC73A8=\n	2026-12-07 02:14:17.693664+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	37	\\xac07bcadd0b34baf3b4b215f1fc7e3b18459c4c99e40db57623dda4ae13a980d	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n37\nrAe8rdCzS687SyFfH8fjsYRZxMmeQNtXYj3aSuE6mA0=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euHPYy53xcZfXb1L92kcCMp/k6k/ym8cf4WNRAB/SAuL5DYO4lJQcEhtVbMtkXIaQ3HmKs4tg7WQPLsd6cCZiewY=\n	2026-12-07 02:14:21.16718+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	38	\\x4f70f0fff7f0d990058c51caf3a125bebe28b68d3200f3bf29dc486591154225	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n38\nT3Dw//fw2ZAFjFHK86Elvr4oto0yAPO/KdxIZZEVQiU=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euIg4u57n9qoG7GAd9J72ps/DUGMHcxh7bnTiTCNOwC5nLatbABp8pn8xnFSoH1D1CKqmeNvnjmsSy7tDxTxUjAg=\n	2026-12-07 02:14:22.509119+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	39	\\x5143d64d415c059348172eddca1083c797825b23b56f5e97ab8571addbbedd3f	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n39\nUUPWTUFcBZNIFy7dyhCDx5eCWyO1b16Xq4Vxrdu+3T8=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euLjp8Jso2Rsy6LLjUb1mLa+c7eUL/vc7HZZx/Ijg0mcqGZN6lQBr/LHjnuIaF2gdo3Vf1p5BsK34SYPrPUmcqgI=\n	2026-12-07 02:14:25.416153+00
01a24e47-81f7-7b53-97e4-e10eb4a0a427	3	\\xaecb4351bebcbefd3d6c2bed19ae476bd8fd616df035ce81153220e8d938b6d9	annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427\n3\nrstDUb68vv09bCvtGa5Ha9j9YW3wNc6BFTIg6Nk4ttk=\n\n— annota.local/audit/01a24e47-81f7-7b53-97e4-e10eb4a0a427 3Hx+lAO9EZfFGMjfCHg/0v2nfsh5egYcDIvEtm91EG4od1H85Iockh4QlRff/nBC6CtxGsnhrkhs6Vl5st8+V9VBvgU=\n	2026-12-07 02:14:27.431069+00
01a24e47-74b3-7c31-a5ea-5924ea5a3c71	1	\\x3bea4e37f7e7deca8de42aad345a0ba10a9c38c6d0f36a7585a2f5a1be38edda	annota.local/audit/01a24e47-74b3-7c31-a5ea-5924ea5a3c71\n1\nO+pON/fn3sqN5CqtNFoLoQqcOMbQ82p1haL1ob447do=\n\n— annota.local/audit/01a24e47-74b3-7c31-a5ea-5924ea5a3c71 80frPOUnUMT6efnaR+nS9wUH15Jj3Rbt7bqaqNbXCwcRXkl/rFz5xFZlMnz7HuVDDSrGrODiQcSLEYxnp2nyMZPWLAw=\n	2026-12-07 02:14:29.871464+00
\.


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.audit_events (tenant_id, id, seq, occurred_at, action, actor_id, actor_org_id, project_id, item_id, assignment_id, item_count, target_id, detail, leaf_hash) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8711-74a8-9edf-c1d29817ddbf	0	2026-12-07 02:13:59.880753+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	\N	\N	0	\N	text-classification	\\xd87b06df93d3c01adfbfb644f728a6764052aff81429ed9e6f30854074abdd34
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8743-74a1-ab23-f6b202a1f448	1	2026-12-07 02:14:00.23955+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\x52684c6f61011926ccc7713cd24d197741730fa4587039ba6a567b029e744f9b
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88e3-7290-949c-8a704bdb2cb9	2	2026-12-07 02:14:00.655855+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88cf-73be-9afc-20b220f21289	\N	\N	0	\N	span-labeling	\\xdbce419df33c2c2dbcec5887854307682dc87fa92fddbfe8627e9196c50dec9e
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-895d-74ca-805a-ec96c99f1123	3	2026-12-07 02:14:00.750953+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88cf-73be-9afc-20b220f21289	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\xbbea8ea8c2a6b1ee6b454cc6ecefe33f699f3950573e39b6ba218e5c5034b573
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a47-7b5c-b4a9-3571a5ec0bca	4	2026-12-07 02:14:01.017005+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a38-757c-a404-2c1e63a7abb5	\N	\N	0	\N	response-comparison	\\x57569e1626b55611bf6eba962a709d874efd8d31276a640274700a526885768a
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a59-7166-ae85-0e1132d0cb5a	5	2026-12-07 02:14:01.043748+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a38-757c-a404-2c1e63a7abb5	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\x55d19939715f2ee36fcb26f008c3d389cdaabdb39d8ff7dc66066ad3f2c0c44d
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b65-70e6-9ce0-73d07f3b6310	6	2026-12-07 02:14:01.311303+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	\N	\N	0	\N	demonstration	\\x8c968cb4e0c2f7ba31b35b8b6ad961fc6b41ca60286a9838e3fec46924d3e78f
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b6d-75d8-bc14-282dee170949	7	2026-12-07 02:14:01.319792+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\x6bb95d9b59e899a4be7402697976304c9c0cc8a641112cad96e9521b6e1d5155
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bb3-7919-94be-c4bd298cf929	8	2026-12-07 02:14:01.387779+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bab-7cba-ad08-b5767a404d5f	\N	\N	0	\N	conversation-rating	\\xeab9b30c31241813b1f127890d322ca23d4c9ecddb5555340282e277c525f7e9
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bc7-7b09-8a65-adacae6dd879	9	2026-12-07 02:14:01.410792+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bab-7cba-ad08-b5767a404d5f	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\xfbc828d73bfd409d950659c021843b10ad472eac3c10a7bc5ec40ba65c591056
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c2b-7e81-ab39-36f98d5e1444	10	2026-12-07 02:14:01.493198+00	project.create	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	\N	\N	0	\N	image-boxes	\\x04e46fea953f87da11f2036a0b3b72df4450aec6feb56e1ebd7e78544ca78745
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c4c-787d-a42e-aa7d051854ad	11	2026-12-07 02:14:01.54148+00	engagement.start	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	\N	\N	0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\\xc83cda5b75d6ddd870d3e3cbf58d58fd094ff13a86940fc0066404cacef8f598
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-979b-7ab1-96dc-762f02a6d8e8	12	2026-12-07 02:14:04.409528+00	token.issue	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-9779-756e-a96c-80889919abf0	operations script	\\x2f04576cea2e3eb165daa79bb1b1c1a4bbd1d608b8718b254484c13d1dbd982a
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-9d00-75ca-8eaa-178359feb7ff	13	2026-12-07 02:14:05.823176+00	token.issue	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-9cff-779e-b42c-091f554dd44e	operations script	\\x92d4e9629d9e1aa7d31a867c51177c9cf0665664077234ca3013db319f88fb19
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-9eef-7ae3-b38e-085899296027	14	2026-12-07 02:14:06.242105+00	money.budget.set	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	\N	\N	0	01a24e47-85c8-7290-9d31-908f3236c08f	100.00 EUR thresholds=[50, 100]	\\x8732c76371101970ca2115f550bef79483402976e73fc38ac02c38bd9b6010f2
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a0dc-747f-84de-548b5a3751cd	15	2026-12-07 02:14:06.788749+00	witness.add	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-a0c4-779f-b7cf-df5a7e86d909	host=127.0.0.1	\\x123e1063adbf114d45d34c298a3daa4e58a9733d7d4cc1ea0ed67e0a7f87b55d
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a777-7e9b-a9fa-2a887db130fb	16	2026-12-07 02:14:08.501421+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-a738-7a87-b4b0-dea258c65c8c	1	\N	\N	\\xcf3f409d6f14bc62dce26867197eff58463a281c63dc46445b835ef3717fe45c
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a87c-76ac-8942-488b989d041a	17	2026-12-07 02:14:08.763637+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-a873-7c3e-8b92-8a6e282a03c5	1	\N	\N	\\xdfd0bf936f31d7ff74e694eee9166582f6e8a798edbdcdf3a08e225216a3d432
01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-a4a9-77dd-bbfa-d4afa3893809	0	2026-12-07 02:14:07.743924+00	token.issue	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\N	\N	0	01a24e47-a47f-7425-a96c-3fc5335d715f	operations script	\\x327bc20187209a108cf5bb9d76ff60bc38e0a906357d1f7c7cc79a080e7ee049
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a92f-7895-8701-f58ff0a3c087	18	2026-12-07 02:14:08.927925+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-a91b-71cb-aa88-28b87f7b68e1	1	\N	\N	\\x690d62c162b38260d56f27b537641ef563df53bea3275afceeac6f61fa1ec60b
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aa24-7e1b-b27b-83a62632f2dd	19	2026-12-07 02:14:09.187229+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-aa17-7619-9e58-d150dc17ffe3	1	\N	\N	\\x71b8bf3f891fbc0e3db798d76e6dc053f2deced53755dad142e2f6982e823149
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aaef-70be-80b5-8244cea72f0c	20	2026-12-07 02:14:09.390851+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-aadf-7ccc-9493-cd00d2cbfdd4	1	\N	\N	\\xfd5dd15067d214181b3b4db46e0ef259f916345e2549ca082a5004f5cffb4f09
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ab9b-768b-b35e-475a335f6512	21	2026-12-07 02:14:09.56316+00	payload.claim	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-ab92-75e6-9139-91fbb44e7b26	1	\N	\N	\\xf80ef1ab6c758e9b0f52f7c510bcdd4e5b5cbe753b4558599c7811b268f02d30
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aeeb-7096-b5b3-f3d49ac47765	22	2026-12-07 02:14:10.410975+00	payload.claim	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-aeaa-7653-8397-10e4b749e0da	1	\N	\N	\\x8df84625026fcceda2fe2ea29a9f0ff83f6285522b993c3f5c1d0de1afd3b112
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-af97-77eb-9691-6edaa6ae6695	23	2026-12-07 02:14:10.575504+00	payload.claim	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-af84-7ea0-a5be-70b65f2a8a05	1	\N	\N	\\x983b3d1444fab083d5bb0016131b358614a3fb8db0c522d1f9d7e87cd045b4ed
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b06e-7dd9-942e-d4898ca5fbfe	24	2026-12-07 02:14:10.796805+00	payload.claim	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-b047-7614-bdac-91e1b48f9559	1	\N	\N	\\xee5314cf9877147ca50ff71e9816d19da9a2474a993883810a003c36b8f99f2e
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b14f-70e4-9e28-7c1bb28c1eaf	25	2026-12-07 02:14:11.021444+00	payload.claim	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-b147-774d-9958-709174bf2cc6	1	\N	\N	\\xcd525db48e66549f2d8c06b3e06f77a59889b7b38905026e2bdc235a2a6c5a8f
01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-ae1f-79a0-ad1e-e06145087e00	1	2026-12-07 02:14:10.204659+00	token.issue	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\N	\N	0	01a24e47-ae1c-7595-893b-f9369e9f2f08	operations script	\\x237a336670d6ee8518c782395f7a924e44c90b05ae6607e61a38b6ac87ebbc30
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b2f3-7341-851c-c60cfaa57959	26	2026-12-07 02:14:11.443136+00	payload.claim	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-b2ed-752b-9008-543a7d65541a	1	\N	\N	\\x64dd47f5a37d4af5e1aa0180c82dc92671118f4571f0cec637dc9cbde51a87c3
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b5f3-7a8e-b5b6-cac9a5859544	27	2026-12-07 02:14:12.197102+00	token.issue	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-b5e5-77ec-99bd-33f9dcb75a80	operations script	\\x0668a0bc0082a1786997b68dc9f6479a71ebcaa50283fd447ec244dde2fa0c48
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b6df-78bd-bef1-4492fedef5fd	28	2026-12-07 02:14:12.446913+00	payload.claim	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-b6d7-740d-acc8-bb3ca7fc384d	1	\N	\N	\\x885a192abb9909161e85b3df027ca8efca776c959e234c3e620389ee0eef803d
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b850-7657-ba34-fe601db60bfe	29	2026-12-07 02:14:12.815682+00	payload.claim	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-b7d3-7623-8fa7-3071db867887	1	\N	\N	\\x7ab8dbf4534801e3b7a77703f87b0cb31f3f66b59fefb804772d5d83fe7d3004
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b92c-7e40-920f-be5ea1aa3b11	30	2026-12-07 02:14:13.035792+00	payload.claim	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6de	01a24e47-b927-7ea3-b623-3204554f2c7f	1	\N	\N	\\x07a4fb58f461eddff38ea964347423b11a294b0cb75ab2b2411aa259671d4ed5
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bb05-779f-8feb-b499712b1e7f	31	2026-12-07 02:14:13.508572+00	payload.claim	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6df	01a24e47-bafc-734a-974e-21c932b248bd	1	\N	\N	\\xa4b7890617d5edb747af08d922ec32acfc0a5ca1dc0e4dfe15efd83db09797e0
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-fd8e-74b2-b279-8f516ffa393d	\N	2026-12-07 02:14:30.527372+00	payload.export	01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	\N	\N	7	\N	format=jsonl	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bcf0-7fad-b43e-e5b08ffa5d23	32	2026-12-07 02:14:13.996574+00	token.issue	01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-bcec-79e2-a1c1-b3df4e4210a6	operations script	\\x95d957b245d207108025551822efbfd5ada4a6274e7f8c02e2b7ed6783b01aa4
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bd73-76ee-8d3f-c7406c6d4a00	33	2026-12-07 02:14:14.12767+00	payload.review	01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-a7fc-74f1-bfae-0dbc1faa584a	1	\N	stage=REVIEW	\\x01a0793dc88e88bb794a3a65fe5652fc8707af8be5d27a7542f6a528ad48b544
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c3db-7066-b8dc-ecee55a6d1ec	34	2026-12-07 02:14:15.734221+00	payload.review	01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-a8cf-7197-aee5-c8af4d10213e	1	\N	stage=REVIEW	\\x8b9f2be09190e66a5a2f86166f9f3f6489f0486a17f84ee12482242ad6a2ef31
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ca9b-7714-a79e-484f47d3e7dc	35	2026-12-07 02:14:17.497968+00	payload.review	01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-a9ab-7dc2-99a9-3ec71d2b8b33	1	\N	stage=REVIEW	\\x75749c94d8223a8373dfb8806715a1c843a56882cb9c7c75090ad8d5c41e7b89
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-d840-70d9-99fe-78870223fe79	36	2026-12-07 02:14:20.967502+00	keys.rotate	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-d802-75af-8882-ad3dd5ea994b	version=2	\\xbd66f1c3b6c00c5d442059db2412ebb09a9605629f094efd2451af5075f65c7a
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ddbe-70f5-9cae-af335d6671e0	37	2026-12-07 02:14:22.390855+00	keys.reencrypted	00000000-0000-0000-0000-000000000000	00000000-0000-0000-0000-000000000000	\N	\N	\N	0	01a24e47-d802-75af-8882-ad3dd5ea994b	version=2,reencrypted=93,failed=0	\\xfd24ba8829fc02fcba23790e2bda418b76c826f7b823e3f9953611411b93033b
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-e817-7ded-bcae-e58545359b27	38	2026-12-07 02:14:25.045899+00	token.issue	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	01a24e47-7d0d-7dec-876f-03c54bf434f1	\N	\N	\N	0	01a24e47-e815-7f38-bff5-b974a4ff0bb1	operations script	\\xbfc8f07df1746b4d3d4a1f3b58cfa48f1c1092e5533d7dd7d482a05985ee2128
01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-efab-7359-a6b8-43ea9d8973e3	2	2026-12-07 02:14:26.97372+00	token.issue	01a24e47-821f-75c3-9951-ccd7862f29d4	01a24e47-81f7-7b53-97e4-e10eb4a0a427	\N	\N	\N	0	01a24e47-ef9d-7a28-8873-b4c0b4fcde62	operations script	\\xc1b594b5d4dcd0a9871dc1ea0d16e06d747e0c6d5fc6cf50f7a6969a13de9d62
01a24e47-74b3-7c31-a5ea-5924ea5a3c71	01a24e47-f9a2-7ab8-8ea3-6313b0ee52f4	0	2026-12-07 02:14:29.484497+00	token.issue	01a24e47-761a-7861-825e-73e167401730	01a24e47-74b3-7c31-a5ea-5924ea5a3c71	\N	\N	\N	0	01a24e47-f96c-7fd5-bea7-09700c63e0b5	operations script	\\x3bea4e37f7e7deca8de42aad345a0ba10a9c38c6d0f36a7585a2f5a1be38edda
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	39	\\x6478dea33f29043689639bb91341b9a57f42c8e88e9a15bc0e74354dfcd971e5c48fc84645c81d9e91ef4a9c3266e36235af6cfe23ca9690b439937b360e92a48428d9d0d72acac6ff2ee544b27ea85162b2f4eb0d0917f8d52e1800318b3701bfc8f07df1746b4d3d4a1f3b58cfa48f1c1092e5533d7dd7d482a05985ee2128	2026-12-07 02:14:25.416153+00
01a24e47-81f7-7b53-97e4-e10eb4a0a427	3	\\x1b212a581f36bc89d6c3d33cab1e04a3d643677feba245bc7195796d8286f587c1b594b5d4dcd0a9871dc1ea0d16e06d747e0c6d5fc6cf50f7a6969a13de9d62	2026-12-07 02:14:27.431069+00
01a24e47-74b3-7c31-a5ea-5924ea5a3c71	1	\\x3bea4e37f7e7deca8de42aad345a0ba10a9c38c6d0f36a7585a2f5a1be38edda	2026-12-07 02:14:29.871464+00
\.


--
-- Data for Name: budgets; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.budgets (tenant_id, project_id, amount, currency, thresholds, alerted_percent, set_by, set_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	100.0000	EUR	50,100	0	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:06.242106+00
\.


--
-- Data for Name: claim_windows; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.claim_windows (annotator_id, window_start, claims) FROM stdin;
01a24e47-84b3-76d5-bffe-433963febf1d	2026-12-07 02:14:00+00	6
01a24e47-853a-7674-9c17-d80678bec883	2026-12-07 02:14:00+00	5
01a24e47-80d7-7b9b-8287-6a763f34e930	2026-12-07 02:14:00+00	4
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:00.23955+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88cf-73be-9afc-20b220f21289	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:00.750953+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a38-757c-a404-2c1e63a7abb5	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.043748+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.319792+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bab-7cba-ad08-b5767a404d5f	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.410792+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.54148+00
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
1	1	foundation	SQL	V1__foundation.sql	941316561	annota_test_owner	2026-12-07 02:13:26.080713	412	t
2	1.1	web sessions	SQL	V1_1__web_sessions.sql	-747422378	annota_test_owner	2026-12-07 02:13:26.664175	31	t
3	1.2	row level security	SQL	V1_2__row_level_security.sql	-1700352876	annota_test_owner	2026-12-07 02:13:26.791145	8	t
4	1.3	check constraints	SQL	V1_3__check_constraints.sql	835982285	annota_test_owner	2026-12-07 02:13:26.832069	32	t
5	3	audit log	SQL	V3__audit_log.sql	1367905345	annota_test_owner	2026-12-07 02:13:26.889647	78	t
6	3.1	audit rls	SQL	V3_1__audit_rls.sql	1912074463	annota_test_owner	2026-12-07 02:13:26.981211	4	t
7	4	tenant keys	SQL	V4__tenant_keys.sql	-1303510171	annota_test_owner	2026-12-07 02:13:26.994308	12	t
8	4.1	tenant keys row level security	SQL	V4_1__tenant_keys_row_level_security.sql	-1881881014	annota_test_owner	2026-12-07 02:13:27.149869	130	t
9	5	predictions	SQL	V5__predictions.sql	-952704923	annota_test_owner	2026-12-07 02:13:27.342835	69	t
10	7	browse	SQL	V7__browse.sql	-1397570415	annota_test_owner	2026-12-07 02:13:27.494181	170	t
11	8	gold	SQL	V8__gold.sql	-1327307313	annota_test_owner	2026-12-07 02:13:27.777674	51	t
12	8.1	gold rls	SQL	V8_1__gold_rls.sql	-496932606	annota_test_owner	2026-12-07 02:13:27.989195	34	t
13	9	conflicts	SQL	V9__conflicts.sql	-1219062165	annota_test_owner	2026-12-07 02:13:28.068435	218	t
14	9.1	conflicts rls	SQL	V9_1__conflicts_rls.sql	686608379	annota_test_owner	2026-12-07 02:13:28.411526	51	t
15	10	project images	SQL	V10__project_images.sql	1383049592	annota_test_owner	2026-12-07 02:13:28.604036	122	t
16	10.1	project images rls	SQL	V10_1__project_images_rls.sql	1652369792	annota_test_owner	2026-12-07 02:13:28.897639	76	t
17	12	deleted organizations access log	SQL	V12__deleted_organizations_access_log.sql	-1978034887	annota_test_owner	2026-12-07 02:13:29.038682	49	t
18	12.1	access log deletion with its organization	SQL	V12_1__access_log_deletion_with_its_organization.sql	-348135169	annota_test_owner	2026-12-07 02:13:29.162108	60	t
19	12.2	key retirement	SQL	V12_2__key_retirement.sql	-1351631074	annota_test_owner	2026-12-07 02:13:29.302397	61	t
20	12.3	access log cheaper sequencing	SQL	V12_3__access_log_cheaper_sequencing.sql	-1318405316	annota_test_owner	2026-12-07 02:13:29.490468	12	t
21	12.4	access log pending index	SQL	V12_4__access_log_pending_index.sql	-596170712	annota_test_owner	2026-12-07 02:13:29.589301	16	t
22	13	tenant key destructions	SQL	V13__tenant_key_destructions.sql	739029264	annota_test_owner	2026-12-07 02:13:29.631675	10	t
23	14	seal project texts	SQL	V14__seal_project_texts.sql	1291852671	annota_test_owner	2026-12-07 02:13:29.680733	52	t
24	14.1	label schema ids	SQL	V14_1__label_schema_ids.sql	1481594034	annota_test_owner	2026-12-07 02:13:29.769493	28	t
25	15	access log alarms	SQL	V15__access_log_alarms.sql	1693723403	annota_test_owner	2026-12-07 02:13:29.839874	21	t
26	15.1	access log locked for the application	SQL	V15_1__access_log_locked_for_the_application.sql	-2003691184	annota_test_owner	2026-12-07 02:13:29.891816	133	t
27	16	access log witnesses	SQL	V16__access_log_witnesses.sql	-1895041629	annota_test_owner	2026-12-07 02:13:30.047137	124	t
28	16.1	access log witnesses rls	SQL	V16_1__access_log_witnesses_rls.sql	187514096	annota_test_owner	2026-12-07 02:13:30.179332	11	t
29	17	accounts	SQL	V17__accounts.sql	-1256779725	annota_test_owner	2026-12-07 02:13:30.207353	90	t
30	18	key rotations row level security	SQL	V18__key_rotations_row_level_security.sql	-934516373	annota_test_owner	2026-12-07 02:13:30.319678	21	t
31	19	reviews	SQL	V19__reviews.sql	-770295578	annota_test_owner	2026-12-07 02:13:30.368718	141	t
32	19.1	reviews rls	SQL	V19_1__reviews_rls.sql	498920033	annota_test_owner	2026-12-07 02:13:30.537547	11	t
33	20	project deadlines and notifications	SQL	V20__project_deadlines_and_notifications.sql	1164813159	annota_test_owner	2026-12-07 02:13:30.562607	14	t
34	20.1	notifications rls	SQL	V20_1__notifications_rls.sql	2097966736	annota_test_owner	2026-12-07 02:13:30.595095	64	t
35	21	rework	SQL	V21__rework.sql	128858096	annota_test_owner	2026-12-07 02:13:30.679669	79	t
36	21.1	review replies rls	SQL	V21_1__review_replies_rls.sql	1421713564	annota_test_owner	2026-12-07 02:13:30.786828	95	t
37	23	project life cycle	SQL	V23__project_life_cycle.sql	-1937738922	annota_test_owner	2026-12-07 02:13:30.899067	59	t
38	23.1	project status check	SQL	V23_1__project_status_check.sql	-437105705	annota_test_owner	2026-12-07 02:13:30.974661	1	t
39	24	guidelines versions	SQL	V24__guidelines_versions.sql	716960044	annota_test_owner	2026-12-07 02:13:31.03063	65	t
40	24.1	guidelines versions rls	SQL	V24_1__guidelines_versions_rls.sql	-1097459028	annota_test_owner	2026-12-07 02:13:31.131864	19	t
41	25	annotator profiles	SQL	V25__annotator_profiles.sql	1781061172	annota_test_owner	2026-12-07 02:13:31.17396	83	t
42	25.1	annotator profiles rls	SQL	V25_1__annotator_profiles_rls.sql	-1344916988	annota_test_owner	2026-12-07 02:13:31.285252	4	t
43	26	vendor shares	SQL	V26__vendor_shares.sql	1072695278	annota_test_owner	2026-12-07 02:13:31.315353	45	t
44	26.1	vendor shares rls	SQL	V26_1__vendor_shares_rls.sql	-1279189916	annota_test_owner	2026-12-07 02:13:31.434192	16	t
45	27	active time	SQL	V27__active_time.sql	-413892657	annota_test_owner	2026-12-07 02:13:31.489426	23	t
46	27.1	active time check	SQL	V27_1__active_time_check.sql	1217211858	annota_test_owner	2026-12-07 02:13:31.529035	112	t
47	28	money	SQL	V28__money.sql	-1010467190	annota_test_owner	2026-12-07 02:13:31.677643	190	t
48	28.1	money rls	SQL	V28_1__money_rls.sql	-873605365	annota_test_owner	2026-12-07 02:13:31.896521	63	t
49	30	single sign on	SQL	V30__single_sign_on.sql	1812873753	annota_test_owner	2026-12-07 02:13:32.070416	94	t
50	30.1	single sign on rls	SQL	V30_1__single_sign_on_rls.sql	-1494927850	annota_test_owner	2026-12-07 02:13:32.202087	10	t
51	31	share window index	SQL	V31__share_window_index.sql	-1927027706	annota_test_owner	2026-12-07 02:13:32.218251	15	t
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG7DSPoP+ipjcg7zL+6+DPG3o5Cx6q4O0Q==	v1:Aahn+7MeHlaOPXJX5Fm6n7wL5mhitTnx9dTvSQ6sPuntjlZJErKLkMlgmVN9A6lP0G6UG2y7dXrdlTEVBGN4FNM67pKFPivElOQgStcuRBozAO/kXt76WFV8SbOizaUFEqw=	DONE	0	2	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG6yHCb1/IFwYHOyqwg3JykCFhtyT0o5WA==	v1:Aahn+7Miq9EvPmggheY1Lz5uBk/TWI/QbzA3sjZ0SCrCVFyP4O9gLx5Rm37TEFoTh17yca6hub5XQwydPkNwURtyiaa8kFueRGWW4gprVlFDyY/q/VzkAGEGKybYElVal7YJSVODHgA0nmfGxbCtQhckygeTEIMWfGIGLYHcXjuYWArrLTgtG+0nEkiDYrK4XXCvH32h	DONE	0	2	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG7E3yAET/Sf1+dyRNTvZXLDP/kw1opo6Q==	v1:Aahn+7PInmDPpV7qP62EcpPMcok1gu0bqkMzcVZPxQZeFBo2gBOdjyGUKAuXTRycp3pe0W4M4/fXlBCMvfTRZx272LSalGD6HwqQZJkBhAMKctzQx7+6nYpu64MOL/+DaVOOK4uIXfXWhE0TWjE8s8ysR18E	DONE	0	2	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b8f-75c7-8526-c00ac2f486a4	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	d1:Aae8UG7CG9992TsqgNzw/FLPOJnFXakRUmM=	v1:Aahn+7PYZl5bsYdwpM8fKhxRaSE5kfsDFsL2VQSMW1tkr9l4OOCnhlip1BvZJhV6THmuOJpBWjxT90pU8DSpIk5yr4/bL6xLCKdWVP3NiIbTPOWp22sBaI12yqb8bNOnM0/nRmms	OPEN	1	0	2026-12-07 02:14:01.333874+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881a-7c6b-bc21-ebf5666bf6df	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4OrFrINIpl9GIN37Oz7TXp7wEVmZcXGA==	v1:Aahn+7OMOGJm5A1YE2hT5GIZqVdvkZB7ikTvbu9NiO+ba9UmOUOAvCsgRAjD94nwq+e8u7FwVGM7LeCDLRLZC9mgjve43z8ffncI5t4/fsM+FzX1oOfyFe72yVuegsjJfdRB	OPEN	2	0	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a07-76b0-b8c7-2e55b8d5f76e	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG7DeF6QXot3Z3TfidGjAmT4RlqftfmNyNU=	v1:Aahn+7Mw1mb/yqHP/kGJFmbbdeBGii1XHP8yDEt1LzgHpR0LtqRicqn/chiKRYY/nA/Z7p4SqsEebxN52KaQm8X20tcHLZdeWWUeZsNhJ4mAzHY54okHpIPUby4HLxfEfL+Gf2oxlUwKfV7nLNJ/uAoK6GL85AB9QQ/6SaS6+mV/d+ctbdtZaa4=	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7PnmoqKjfjTP9g9ptpBP8uxm1rCALgu8iyBOExJogKsSbrZ3R/+T16ZV6BOV4PJWzIx95aNWna6k+//DyCY76fjYz7sKn8LQb76F/cv6XewF7OSHm1umVtGB4tvY8Y+Gaqunqy/3ij7IHUzo4cpTAljzNPNVnWnUF/Rejie/2ZNVtZ+JVbkgpJkKXSQG5ekvXNMfwx8o8NVK8XNZ3INPiA/TpXcecUuzkR7gGyylAq1OjWcG0DfoeqEuVyEbgvNGZEJoiIq7ybXrIfb8Oe6FUfD1qh3EPfUmB/Sp7OzkZt+ti66ar43+gMV36sqteoaW/IVjw==	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG7L9JSj6BYvkYoZb1HWPxXSJbc/Yr/Cdg==	v1:Aahn+7PEdnhWvfWs8jLgZO3lIypE/RH/UmzpVAy/lOv2rgU0WM0e/Q0dXrR0Jp6iT0BACdijCD0mnhaaUUN7Ts4RR5anUnuGPlVG9Jt5EqsY5jW2xQQePYRr7HE0SU/nK866WDSdQtJIyb2lKGAGED5PSm+PRMvqfvQTbyiPscbp30DDhCI3hFVu5wE=	DONE	0	2	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4wgocj6Dh4jB5VFlTpAg8QZSx7jdUPDA==	v1:Aahn+7OPCAftLmXj2EA01wVCWcxN6dOgnGxRUTAiHNUDYBnII5HJDuEWXFkwxJbzsd45J5n4OgWZxDeGpY1wYxYEetA9JeVr2YQ8TJ6JtBIRUWHlfTFkEXtKwtCKwl6gpVPYXVHKlB+UX1TlKiNjtEvIvD9X0psQsVWejK7Z7AimohUjKisnLTG8KIQSIcSK+NSlxOIS	DONE	0	2	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4jfi2/3yBoTK90ZDFaUuLl/DSdma6n7Q==	v1:Aahn+7MX2+2sOy8bgvNdVQnllaisXUGrzCLx9Ktbp4Shdnq/7NfaXfQZH0AXwB1RkoDIGtosVykEfyo02B9BFVw0nUb5zP76poIbPs2vsNZxhFqQIVCXdyinA+Fk70j6y0km+Bw0z6RPiBfxBiOok3Hx57Q=	OPEN	1	1	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881a-7c6b-bc21-ebf5666bf6de	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG6jWmEEu4U0RAsveAUb2l5VK4qKSHH56Q==	v1:Aahn+7OiwFFFkKQjyyzyPr0NFHGJw0HpI8CqCYmBEPUdoNavcGBRB6TlK3pVWi0Fo9Na6tZSlzDkfz/ipQZZKvRVbgzL8Q4WfrPln+l/ZXUW/7xvYNGZ662oNRxUVkiDKzuJKreHHaB7JWb+qh80pgy6	OPEN	1	1	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881c-7cd6-9f52-e792612f1ece	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG7/dJwDy+aCICqZSSWYeEkgoX/pMfuc6w==	v1:Aahn+7O+euU/97U8rlQCMiJK3p0Rw1bbhJp4RaL8nxT+dCEHzQUjl3ga+ZGMPZZSnW3KqicrxdFu5WjZllRF+358XX+nRxDSDM6+JlTNPPHTrA8Ui65+MrNwZzPabTPMEq8M3aNSksb5IYUsRg==	OPEN	2	0	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881d-700c-a602-60569e1a0a7f	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG6Qr3OcbtYjLZQIjggLvNSWQdpdRZ1EVUo=	v1:Aahn+7MuJim1rCkJ+FcQP+tOzUT7ZmJDqJODVEgrXj0iiEyAlrVAmMQKOY5USBrEBiSE52Ym8KAJkyVheFeM8MJMVjW3GNduBgvci9S26CQYllgC36xwfkRUa3jEC1LGKkDMSUQ8kd4T/4CoSFCccL+pvjpjmHZ2	OPEN	2	0	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881d-700c-a602-60569e1a0a80	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4b6PbZEC2tESNAlCM+lZsGsCImlfJuWS0=	v1:Aahn+7Oh0Hdhob3FgtyQZ+pO72c+VQbzury/ZOBB5Y1vdEq4mt1Jp3efsJFQx3PkQX3BhY0ojZG40a0dYJyZJ5yJ9HyjI7yIghcMC4/pGV1tzMaOD+rFJf6ObA9Bhy1P8R9NRWHx1Fo=	OPEN	2	0	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-881d-700c-a602-60569e1a0a81	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG7zsed/IoFd3zmCXdBl3HVhQALWpLCjTw4=	v1:Aahn+7MADHmprNmkgtctgHDMvioddCh3gjmIfDuIl92p7UNJNaFVrN/vE1Bx0hbK1vNSD6IpnvZK/ZgD60WzRC4nz3EPX0wTY2NCswNvUKbauaxzoladgEfaKJuIkO6ROzj51mdt9ibt9RSmXw==	OPEN	2	0	2026-12-07 02:14:00.39047+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8be6-75de-83dc-670bcf63458e	01a24e47-8bab-7cba-ad08-b5767a404d5f	d1:Aae8UG5YRnll9dms0k0pTL9bvd7ew1yWtrGA	v1:Aahn+7P1rrXMvKGoyuVD/XtgHfYA+dUALiBwn23Wcyn/WcoUqQ2Lrep6jpr5wxf1ueLjgjkgOIITQ0zWWWEVWWyYFNN8rlkqiOvE5n+a1BsNWN8hmvYUbop+3u+IiFTb4LN7EOLzoxRKu9NiP2vceBOMI8x1pLTCW3aPKV78QGBWzn2hGe7xhZNucU02s9jsCtwdaqDlAzPrn6jls2llMwg=	OPEN	1	0	2026-12-07 02:14:01.438867+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ae7-765b-8f2b-e25fdc708825	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG4DUOrbGjvoe0PBIcdOFzldh6XliQI=	v1:Aahn+7PbJ8a55O03D4pq5de/10gCRsjqOghKhibwEest2VW38+uYVKrkxu8kOcBh8JpGDTGQuL4MrqDyxtrgcrr5GsGNUPl7FDqV97M82gDPY68JzwFYgLzt0gRhF1t4gBMhMWZFNB+ufQ+yHj7mH6C9BprD8MdgKgRN6THlF1oplpzBVHv4l0Fe2k84IcVEMihIruRqrp8e52wNcNCQnGGf4y7ml+qohRoCflf8ko4HZVSORdhy6e1nu1yuUSlGKlyvgAqsMVedAMUtim5UOEg=	OPEN	1	0	2026-12-07 02:14:01.118856+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ae7-765b-8f2b-e25fdc708826	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG60TCcnXuwA2LKW5PSvi+ZQ82ewqSM=	v1:Aahn+7Nv/JNTT8kY+l0E0ttY+h52EVTT0TkxwschOyCjL4uPDiTZHnIxSGEg9jLrUytL+2T8Ijlnlw62eYjqqPwclSkcdBPOi4gvMkMVhJ9xUCKXkfNF1YyGKzwW6jO9oCTh4Qt1Yh6qGabMOOSFnvprXp8Wrn3wXJAJyTTZDN0XsANlKwxcS03WDUVzYiqpMU6ALMG3m5NNKmLcs+DGmvn/TmV8wpOd5bPh/lFEpBmof0WyE0bao4u7vkpwg/u5OFiRkZ3Q/yjkxc+DF9LoapJOOba58hGuhwL42ViaRAhYfhRTH2BxIRd4eIYOhZltg1Ynbjg2Ly4a/mFCkXtlFVejMtSm7vOwiw2F/4InKBiQPN4QmW1WCcMS3qpmdfw86qcdY1svNLaWRdWUL/jRzd0lH0dQu1s+/ktnc2zjNRbLr6f6msjZQt18eIHDV1yV6ntILaF4Qprb7TtEb/JCH4a7jEGt45v466Ax9oMEDTGjMqeQ8NMyOLuCGa3XjI59dpOo069qu9mcqoEWdlh3CFtlLQVs97r8TmDSl+CZdJ39xn2fsEMDLmG5oxXig1l671As9dPqm86+bCHao3xzsXw6MqWrR0B0AkDP4e7ZOg==	OPEN	1	0	2026-12-07 02:14:01.118856+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ae8-71c8-ad50-c01cdcbfb9b5	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG6eJd5K5T/ZEW5DFr/BNf6sIQcADbo=	v1:Aahn+7MFdLphsLmDLQ4qWvx3QtuAVKSuFRwnzLlgYNer/qCRNKJdAZbiwKY+Ep6yFmR130V8fdVfdhbboueWr5iTQN6oUDVU/cCva28xSn70JX+6+5F7n85I6hpzPRR74t4SxD7LgnfnEgyD5r7I7cWSMowXQAw2aeUrN2xi+naTRkrZJHEDpEUKX/1Zt6PaEZLa5CLBtrIbsqmyLk43CyzrgfHEs9d02bZebhZfL/OvPI/81+ZR1Bk5/rap92pDQIErrFUB/z2B00mRZXopyeWsaw6i5q8P6hlzhWOBzA1E4s3dsmtAa3rOokz1DIsj0VGHq1rKlCYKv+yx0y2ZIqZ08/mGMsFleCyzpROfhw3OYblt9ETR3cAfEQWjEpA9tgEWFsmneeurmTU4qllwXXeJyjIzqomxax6yiVP4fw2dyymXzsyTQUldIsMTX/RSTidsVLRuNbWO8s/4H+6zg96vQnvILh2VWayC2hiGnIuci7NKMfJrkYO0bBUCRf8KT3G5si5wnQI0lpeGBjHXg/UrE2GIumRDrCZ3Og8MG2xKuKgkofA5Y0hElNKph1baIZH6FM5vq6WZHz6vxj3XeEW5GIQjCxo=	OPEN	1	0	2026-12-07 02:14:01.118856+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ae8-71c8-ad50-c01cdcbfb9b6	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG5EcyXBVPiCfshKUvBCBc+5S+wfc2w=	v1:Aahn+7PbEVRkiPxnunWyx0UuttSS70d0PJwf76ZvOPOaTWWDkkpqtEZ/z4qwNHPdROFtFRYT8jeAJDqfYGvJC6Av6b3tyirz2X92ORo3Fti1AJ5bfyd4QrPxWgJpzs1PxfAHmJ3yWlNv+OMr74hh0M4DXgjm+pJ4INlekfowHcVQdUX5mjf6BfYWvFyfKQuV2fTOz9kUbbjuhVZh2xykzaqH+raGt8EnTlmR7iReHqBTU4h8URzCtBbWPLweJZ0MSEGy3YXm3xbvFqYEbjdfsD1O2U/rVUaTjsEmvIMzADXztog=	OPEN	1	0	2026-12-07 02:14:01.118856+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b8f-75c7-8526-c00ac2f486a3	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	d1:Aae8UG4DdbyG+WGG5qE70itisc0BnuBZZ2k=	v1:Aahn+7Opg+rEj46PelKu5oElQPbrpqDL0UAxjWHfLo5Lv5AHhhrVrLTPkgOzVRrVbIvYtJmWQ9M+ud/9D22xjN3fBooMKEV7b0TEUR6ah7rC3Lyh+vsoAn2ixOj9W8OwAHW8wuELdQD2VcNcpDpmTd79tGfq7zwmjCPsPRdHXWWEvyMVbX4X7geyK0kGDZEN3CSwFAQ4at2TTVd1W94I2taGCuYLSuCVSoBzUdo8O6AUDsuB92QqPaQ1J/kv700OXSvLSas=	OPEN	1	0	2026-12-07 02:14:01.333874+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b94-7630-85a7-1d13072154c5	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	d1:Aae8UG7M0zJgFCTayb5CaIGuS625FItSZWA=	v1:Aahn+7OAPqDpEpG+drSbFJgc/w+m+tto8j2jnAtYlfpQx4wfLOQgCp6XmFUJnMoK7oxLDjvboFN/8YaLqWWVZ1i1be86Ay61+FaZN/Z6LwZvjn+NL/NwP2eec3lZ2C2bkM8kj+eIrwS9CXnJDw0EUMR01Qf5230Hw1EOJZLxoqw6j+n7Sg5e2uFH7y1MzD8EVZw1eBJVOAAPNbCN1Anfmls7Gg9Lqh7RNxgTb2xNXJMeaE6ApNmTvM6u0esX1h0n0d6AT45cjh7GxsFl2PAuq+7pBuzqbbT5gHYwASQcdcXuDATi89QxeeUENGJpo/UyG9fercahQ4rlbnTpVBVNZA2hvUOK2vFwJSw5LKm0wtCvVV1o1mz7lp6ajhXDvyYSM90XSpSDF2N4imcWMclaxVUaLw1qZgI=	OPEN	1	0	2026-12-07 02:14:01.333874+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b94-7630-85a7-1d13072154c6	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	d1:Aae8UG7HqbrjWwnB06A/mFnvXSEn24cVSZI=	v1:Aahn+7MlRXu9e9YTgqSGyne+o8ssJAN9nhnqmBkcc+Osv0mZB8iY3wnEajsRr+iUctzzE6ex792zAT5QdKPEfqXPqH/M0U0GtWprw9P0626HAgcdL+ZdMvN5fDFg4f5rROAgIMVmvpOrdA==	OPEN	1	0	2026-12-07 02:14:01.333874+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b94-7630-85a7-1d13072154c7	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	d1:Aae8UG70S1CpzuhkOGN0rqc2PmlW+x7KWrw=	v1:Aahn+7PoFZybsxb8qZi0Rpmi8JffzKEZhQzqSCb1rDJmchSG2kAzuOIutNZglJwZHoWZiUn9P5mOqy+NNODYT1qneP5UWaVAl1GXrEPcx9YZ0Om+wD2JvlX+BM6gKrnf2ZO+YELEL/9z4tb+70xiwY4ihy1jUGIGkH/5p7sGOsHc5jEeOy0PzeAwA1zatKp+e1qnbWuq0NtAgjV44BVG1kBgyV/ad2QUJrkFL0buZCI=	OPEN	1	0	2026-12-07 02:14:01.333874+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8be5-735e-835a-05d70962276d	01a24e47-8bab-7cba-ad08-b5767a404d5f	d1:Aae8UG47p2eQnQgKvY4DAb3ginBMATk0xDeY	v1:Aahn+7NkZo/EJ/Wgig2+RVhZjXIl7Oi2T6G4GUzOUM0fAvyfzUK40pAZnewsF0I7CiCNw4prAjQKx0ikajIXQCcOghWwXa84ohfCG1LBZoyeHJlEr8yEpy4LCImrxq9V7SREXPM5P6E3A4g8nfOhebGI0ARuZ6flmicg2tph2RKq0YVwLugEW+YlfULIwoAKNe5Mq0lb2zHj7GkvPvDGrjyOpfweP3EzO4azQVfbkxpBS++Z8Ht+3huA7BF69m16dw9qECVNfr7aIUkfylbFfW/o/m0TQw+YangG+uDgk+VBf0cwnC955XPXn69m6k2IY4v/fv1y/GtVVBvzHjKwIqBTH3TkMxJ8by8msC2OhLOjKUsYXUcl7k9TofQHEpFgvza+vWghXd7JCY23UzkQFI9U0SxnoJMFyRvAaGoq1U+GMq3bZLuTs4hTIjSVZoxjxW3AIGR3r0JxkkcRxxDOIJXneRydRixpJj2yJcCW+lwjAz3flilk2/zDcLTte9YMjZPatgOxWvAxslk=	OPEN	1	0	2026-12-07 02:14:01.438867+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8be5-735e-835a-05d70962276e	01a24e47-8bab-7cba-ad08-b5767a404d5f	d1:Aae8UG75/7o0CmHGzJC691g3UtXlfRXKspf7	v1:Aahn+7O57+HFx+RpdE5M67xj0Zteo9/g1pc1u3MhmQ85zC8rgZxg3eIB9fCtfQWBNIShpMaHCjw7tdahsbnyjxVQDOF460/Px6Kt/MgHy/iNTtboiraYPF5SQOBaFSTdlKcBQLwrj2yL6q0IsSQf6Qb+1QcA/VJlnQcDn6QdsfWyZkpDAzlj8a/ACxqEbEJcPLuywfDWq0mLbcrfm4OXMgwg5tlZtCQW5JELwpBxOuUOvS6K4oy/ZE49+NBXQ7kW6BJqWP25WO+Ei/Z7pbyOLKpJm+W5wGtNpo2cVygUKf5zVxj5QKgELW9DwuN+DmvCsRDY9AKPgr6h0nipJ8EA2rPKW75Z3g9Japrq/L9NYovljodmkRp7luKWVCtQVG27V/q0+vGqUS8SQDkIGm/U6oQd3brQmDyzqNlVutCnCfFUaV5vrEALQ0PQjqSP6Rl5FimYINdeYQeH8SNvMbxT	OPEN	1	0	2026-12-07 02:14:01.438867+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8be6-75de-83dc-670bcf63458c	01a24e47-8bab-7cba-ad08-b5767a404d5f	d1:Aae8UG4g32CpVi9ZF4AS9l0LWCagC1dyJx43	v1:Aahn+7NzYr2AAEyTFHQRYnoHsmlpCiHHP+MGJ0J5f030u9Piz6LCk/em52d8NsvYNzfB2PeaQQlk53cJ1Lzd0T58OAC429xjKMhIrC0I6Z5zw/PW8VPJaW0kDeuWC2HbPIm7DmIATQtPUbNIw/6pW1nmRfp+z5MRalCRqaySf2evmLO+Ets3PesmzPX5Glyr4drttsxgO1xvtK3zjKy6Jlj+jK9/zU0yzTYzArWFMRE4qGF3+t1MXGETtK/BTIi8n9d6bHu7Is9z961F55uvbg8u2iLXuOECsKv6HAZIsvakVQ==	OPEN	1	0	2026-12-07 02:14:01.438867+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8be6-75de-83dc-670bcf63458d	01a24e47-8bab-7cba-ad08-b5767a404d5f	d1:Aae8UG40JW7jrfa+X6c+uOGMOTy3PiV1a2+w	v1:Aahn+7PaBIw9ZI0ODMJviI4w3Xi+SwxE7yMkv+c/wJIwrCRLRRlvg62+bEhHvepX/M63caWsYe75Kp/C6ZLadzTRFVTj8dOsWAQfuwxeAQ2J1BeWzSwXvj9Rv+4OqUg1kGBZIWXMv788c5pdmhNztDavwgHuFiWuCyjRfq9KJoxFbLld9FyY2B77FPyUiEda6JP6xEuB13y6ajw2QQvM+XS17s/wr8pJjAytHrLKi6d1DthoT4EPFv9ayQycuOzSIEuM4p6/gPp9CJLGz8Tn/eCYPWMIzNv3865SFiBgDXr1bNylEZdnu6Cfi+lKSinGfxnKpMi8jAZKlGCWeizHEzXimvA7/ZTf6bXCf7HJpcvNprVhZLQIvh1xTBQBe0QimlNaAK4fQpHqbaqx/pQ+0KskyM7BWrTM6JUi0EiQpfxmwCRFpE13H9Sng4ignSMjnh9SXUZ0MyNGu5EojD5r79UeHY76IVOsvZaQUI/r	OPEN	1	0	2026-12-07 02:14:01.438867+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c7c-75b1-8c1a-27a432b0c244	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	d1:Aae8UG6QD42eBA2D9j53qJFHPRudMuWCRt72hUE=	v1:Aahn+7M44PCjMNBVj8RXtpt8RTI6R9A1wxCkseuyya6jCyYU+n1fsVcTmt6zZX2FbelxcmI6aM6ualuazR9JXW60f1k3mu/ekpXdeOYO+qlHCxYpdLNuiuCg4wgdly17	OPEN	1	0	2026-12-07 02:14:01.590828+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c7c-75b1-8c1a-27a432b0c245	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	d1:Aae8UG7Ge2iMwkUy3Xvs8QkGFT19Wt+JlcRKTb0=	v1:Aahn+7ODH135VUtCUJL3/N7E2TDu3d7hPImoOocVnZxmqeK72bAzpfTitCOOd6v0/mk11kcNkScsUUdpqSfOyUyyRKjyC3DlHEsx6o73StW2Uak4e/4BameFKS2T1LM1	OPEN	1	0	2026-12-07 02:14:01.590828+00	\N	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8f60-7142-9858-678c39b6ed3c	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	d1:Aae8UG4pgu6Q7oza7iXq7ptuwfvNZQROilav/3IQxznpr/F4Ycs=	v1:Aahn+7OLoUTRn1vD0iaBJlg1GQ+DFIDeiQHQbv10nAc9rdRL+meJTVesuDUsb+j9htqhwRPPwk23WD55ycSScQnMv5LNvgnpeYIBBJpT/z3CGkSQz+mT4yQT7z5uWukVR9Riumr9NumLGCg4svEheFopS3uzIUX7mpOBrWDztABsOE5u6n3PH1y7mYxXitlFKcV4/e2zPSzOU0Fj/paELcf41LgqOcP5UqDgCN7foRIzkosV6NyhCtYD+NzyQihmlcYilLyVTMzismg4K8fBDV9Q2gWF/3x+4dZNfrcHd5jwuxwNHvJtFsbXvJEH68LV3eg8mbbalX59Mm/UVthtbA==	OPEN	1	0	2026-12-07 02:14:02.322879+00	\N	\N	0	01a24e47-8f0f-7b36-b10a-dafc6999638f
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-9fe4-7941-99f8-250c71bd6b4d	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4Ztk4pAwVNG3AuoW/IoYQPztL0049A	v1:Aahn+7P4aTu1g5oJBiKPsllZhicJ5YM4Bet25e/E9jXOmThkK6cLH34+C7u3RXOqe7N9P3il/UfF6O6VQPgewXsVJwIlfhl50uM+	GOLD	0	0	2026-12-07 02:14:06.535375+00	\N	v1:Aahn+7PeVrDmQmgnPcsLO8F6iFHPVV58t8TVvI+4BGXD41CkLvh0SHPJ0Aw51zJIiMD+bg==	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-9fe6-77d5-b1dd-f4e98437c634	01a24e47-85c8-7290-9d31-908f3236c08f	d1:Aae8UG4GWNq8PaXXSyqXc0MOF01eIowfjEBW	v1:Aahn+7OEnaCIdlFuWj4u0JIa3edSQwLVhlpDOBdSLNlydR1lYR2it/Y/j7vw+3G8onXXkBRyhtt2dk8nOcSWy1xkFis=	GOLD	0	0	2026-12-07 02:14:06.535375+00	\N	v1:Aahn+7NPfDpQO99xJ8lEaiDTXRRAsvJKoarSjq8eR67QDmIrRqTAwjzR37lYIPpEeuiBr9nO	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a09-7da3-bc85-703cbd0ab7ce	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG4erwkAWxJU2hQAD/3oX0wec4H2offBRfA=	v1:Aahn+7PrpuHtYzNTBEM+Uat6Q3y7RygmSVJWq/1q+YGlN49HWFL15RTuN46EXL8+XAGIj+9c5YYtaBXyD8EuUO0y0zIsHOODnw+Y+Ein8j/oIPO3WxeIfsQv6PGHSMFI5TqHwlbAwHN5xm+e0sCi2zemJvE/1D/VxLaM9GLQe5a7/2VKbu0WT9Yu6bZd	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7O1K1rfhip9vgIX+4jYorj+INEf0rllKbu29fYlXNeVf+2qJE8zAiwzgZA8H1Q8BIzDROiCVLSMWQukET3hDcCk3o6LVGhUrTQDD1oYySx2r+pcuwjZ23hdok06bmOsiD6Oe+yDcWx97qBi+Ri84ClwEge9WOepN/puYdfTRSXQT1KcPZBDdJWYxFS15pfmWVFfSp7/Bna1IuI8ytYL2obFakzPCdM=	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a0a-752d-98ec-e661025ee4e4	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG7lG/KD7Nmn5wwIpeyzyz4rog4dLQCrSi4=	v1:Aahn+7OUlTHex3njrdZGpwVbzNHvDTdwJ0ptYqvcfmll5YUYx90VNGLtAotbdfICC6d6r9IYPum78lsr8gygqpvjQRnIyWTmWPsULWcnkRzn4R7drXm3tPs2a7LNub3lPR+cjxaZn7ouLCEAjjPJqgxUt7ftTrrdlcSG9yCVp4qIH1HEwGq0yRAQ43IxDMRDRn6okg==	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7NngzjEJzI6nBlnQzJwGoYmJ0LMLK9M39LUhSRGBqFKH8O0oQ6i5mROzJpNixnHcM6kRWiY9MDcKtrKiNRwgOTYnIgTigBEQDpBsF9/o/zH5wrcJOtFcV9MGGwFLl7CmOI+5AGUNmRHx7nWFO7IAYX0yQBjrodfgrZ/J+UTKKeTX3WrkneIG5/DhgTM0H0/gGw/OAQ1D31ud4lsX9bnvycPAC3x5+QET1/Foz/2LrRwo4VJGLRyI5Xx16oDjCwdNCm5diyor0XyjjjuGX0G6yoFA5Eo2Fam/30Cl50Blox1Dtyw9MS4+QVYvOIoXEDs8otVHv9UBoQaq9J5N4AUpHTLiNTa9uuaBY0HJSzDABxO14K7bIeN9w==	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a24-7be3-a60f-3ca0c4fecf79	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG7GHQHJEGKiewFjBXmNCpTP6hJ2zN8HHFg=	v1:Aahn+7NRdvzsjFApBkGcC2tfSJOWuB6xi5IL8NrKjK2dZR4y8Kqy8o8ZsNN50Ta0E3BYQn1dngh3+tJD6AW0455dzBRUT4vJjZ5fLF1ZPjauyRfnHFGsbFLhVTTIdETLGMn0mQ2OypokTzR3Ll0OYSjOn6RLXk6srSky+VgSeQEwUmPmIwzdfZkEncMMxJse26zO0w==	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7Pqopp0y6dlHLVMo+H2uktfgQClnt9Mstu364h/ev2h9e1NtUzVKBMJ+3LqFT2M/eIXwLW50N3LFEkgjul0maSda2QIY0ntsgBRftKdgKegmAm63TCFgGM1WUXWMPYbilG6V5mUbmbwJXq1lrTtp9CTJgHjAy/QjRaMoaDphCOaOQK8N4ZmA3t3/sBtsPOYhu33qjNT9oogkEkAuXi9P2gsR+boqrYT/sUYALIiXvRSKVW9M3FZncBiZXTg/xxngOn1jE0k7lq5JPM=	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a27-7b87-ba91-585814b4c924	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG4kV1apeoDSj1/7H3VPMf4TjHhTay3xX8Y=	v1:Aahn+7On2/Lg+g/X0QY+Mu+xfwE9sfvuuwuQq2BYbWuEU7Oaqrl/ouIo/6Pfh5T6/dIn1tPSgguBTgbXYxvwMUHZD5g06nxwSdEW2S6GZLYxp6/SUrI8lfS6aOAF142UCLErs1MLWkZeMzZByh2VgFzjiHCNsy1Y1Wx5Vnz8mA==	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7N4d4ZhYd2OLZ/AB13pNK7i/VDyO8EmDhxmDOMnuWgrIQnTEe4ybOJXlEQvmc9WVcGTQxPtHveuUX+gg/XzTGftg8IY4jXywInItPZ3N3/wm5089GUnfA0SqtqAGeG5jdfIMZCqfUQFr9TF4CFdMOmSphWPhWiiACYeKe/etkhV9APkt6jS8vj9dVOupT5cBIg/1JVItTZQV/HsGySy64VQONaIzsp2e9wg2Zldb+EhWW98cKWYGh4zvBeDFSaNRXNHbbONa4kYw/NwjEQ67h2zVCl39TsbSwDZNXyLXQ3aLfarpmPfQLyEsvSkB3Tzk83Q	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a29-7b2a-8287-709641071513	01a24e47-88cf-73be-9afc-20b220f21289	d1:Aae8UG7JvKvX28l1mdA7NDeot66tf2pUL0jqGm0=	v1:Aahn+7PVCkYJPLQz0zd+4pgp0z/3XC/VK8CAB4v82zMT9XiEkLpbkpVpp7zt6oc0Tx5kc+cx6zc4prODns7ujDv1p4E0XCnGNIzSEy9DgVPjhPIMHlMpY1FWoFkhK2MeXbjS+lHIAFQBzxwOF7uowA7reqTAOJpA9Qmv6hx1IBFGkjW39CGeyw==	OPEN	1	0	2026-12-07 02:14:00.860286+00	v1:Aahn+7NDwCVRS65glAMX1luNC4u1cF++7TdEbQIXyc5GF0vNw+AuyTtrxz8ya7SgwGqp8E6P/cVTWvY5npbRZSEuUQc8eq6WYjjMzEKivoR986kLEiyW7CU3r0jeIBhuXnilytqatXbzw40NyqNmkUHNR2oH5+MGOC324GiD4dSjR0TM4IEqeXNi7YHZjux3ogMgigJh4vZKJ6qfd1XUjfrYY4nI+Dy4Ai4=	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ac3-7413-86c2-d97416e263cb	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG6UnYLsRNy8S6jQXi/pQ2oaSMOe1MM=	v1:Aahn+7M8/liB9/s1PZxCC6maTkI6LkhznBmA43h70cxTxnIv8DmDg4G7MwoH6KXhasnU6YX5oZg/8X0QYaU5XSCB1Y9jBc5krs5z6S7k1K4ypP/lEqVNuobjY1f27xodh2789dWWRJKX//ub+E+Rj6s2So06TSrdKChvY0DPvGIycBbV1i5qoGCjfjXH9I2KV8kBbpLlbu5pNJuKf4jPKgm0raSq+4VM59VRx+f9ZZqS7AiM3pF7CZD4zi35TgADNyjUEaaft9xSv1I2YXA+6YKGELoo1HEANMTWOxTaCj8CcbnpDMbHnOGeO5+LY1K6i39hmpBTdQ3C5crOqu5P8vbrslsbXYbGw5JfaQ==	OPEN	1	0	2026-12-07 02:14:01.118856+00	v1:Aahn+7O/atY8E6YQPAsG0YX0UnnGR+AGtubthaTocvCvqTSSQ5GIh3OkN2zMTZDgdCy+VE5Y0nppgJotlGCE1tZd+MeV+P1fsgRLkSnjpQSDo9Pe/yts04nXtCvQfUJdcFca2CtCZW21I1IQc36iJ9l3Jxf97pQAtsooA4k56zRmu0ZAHjJ4CqOS9sE=	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8ae8-71c8-ad50-c01cdcbfb9b4	01a24e47-8a38-757c-a404-2c1e63a7abb5	d1:Aae8UG5H779FIhqktnd0XJ3l3djCpG9gXRw=	v1:Aahn+7Mm4wUYJekrjUMoOLIglAJLjKPWfQlPln1sOCq0AQh9JQ/ZnYu1KfFwGmYZ7Qufusv3L7JC4nlujntQoNjcP3mAlTj0EX9Sd+HKitI6jtTYlXYNxBvHKzxukuYhrz9P4rd8000YL6MDPe5gUSLcvurqMaEiKz8+uvypxWbVUnlNzjgxDQ0/7dlHQbiKs0QiY3yFbg5R/V57H8t8S3slVmbxIPX3+MyXtvzSqPMQr1RM0YRUDGB/TDnw23UIgOP/L19zCdKvX69UhZxo/t5fkMD+0CJwPjeEd32Q6pHO/PBN3P5TF30edPbGTVigSWS9Rroe8DkL0G4f9jh9LIBJ9fyt63gCETAoQyJrVnEQEd9uZQMXxwrOTt3ghw4u2g==	OPEN	1	0	2026-12-07 02:14:01.118856+00	v1:Aahn+7MPKVEzXp57l3bnegm0artqs5UA5KwAvJtdSzOmuN6vc6bEJoiWdJHhBWarwP2cHw5rBFhCDYAg7FqQwbB/0b70RTEMVpKlJKT0Gf0B+5s/NemMEg8yXY0iMl+e3se4aB7HFm+iQf51I6S4TX//QJYPQV4hRjUQGBIbiV9s0cZXFp9NwBm3NC0StgKzKwlSQbLoiH+4jj8=	\N	0	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c7c-75b1-8c1a-27a432b0c243	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	d1:Aae8UG6r4IKshq25v/Urqfy+ehjfP/eJ2SB6B/8=	v1:Aahn+7PbOuaNIE4aLTxX9NZErnM3c01q2a4sqteORfbLsYdeWVbaSEhaxWmLnWjb5wDeBasetePz9/xo5dOANs4cPjhSZ9FBS1e1prOjzPWnl9MxhseV3XNWJyoYR5v2	OPEN	1	0	2026-12-07 02:14:01.590828+00	v1:Aahn+7Nbhe9A8EKJ7vZIZSc3Gti/PIakx30AVRFvHPtobcYMXg7naKaVorkmKeeI3KfH5NRVT2nJHD3SAlUFl8FRWcSzFZ1pU/Qgl8ubM/7eRjrIfpSQdldX4I1Q3i7e/oI5Dq5V6Xj5THLiwhQSlpY8+BlhzIGoJFx/eIfIqBlOFpafTDGzV1tjuDrW6quPNGX+KTAbFmcMCMvwfm/pVcZLMy7KewYzNUGNXUAVq+mGR06/d/nf6dsE6t+wDefjL+jm4WlBV9E4fZMkqj52Pl/m0QAsV0jfo14P5pgaxyiffkqaTyB1D1EqdcWFRiYB+HF7swU=	\N	0	\N
\.


--
-- Data for Name: key_rotations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.key_rotations (id, tenant_id, keyset_version, state, phase, cursor_id, rows_total, rows_scanned, rows_reencrypted, rows_failed, requested_by, started_at, updated_at, finished_at, keys_disabled_at, keys_destroyed_at) FROM stdin;
01a24e47-d802-75af-8882-ad3dd5ea994b	01a24e47-7d0d-7dec-876f-03c54bf434f1	2	DONE	\N	\N	202	202	93	0	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	2026-12-07 02:14:20.471247+00	2026-12-07 02:14:22.390855+00	2026-12-07 02:14:22.390855+00	\N	\N
\.


--
-- Data for Name: label_schemas; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.label_schemas (tenant_id, project_id, version, body, created_by, created_at, id) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	1	v1:Aahn+7OryjEyG11aOFi4VMlMraetNmK3dDkSto8j3UW6nfe9uAcTAu5R81iuiMCTznKkNTSJ5OapCLJ58EXm8ai4M9yOGfyeDeT0YL0tHIY1SVUVO04m3mNWbX+bWm3wpemVF/16VemTBRql/0zcSL1Be2I7v0iiyfSvjHav0Kvr8/PHqyWJkoqiErJ3W/pw1qpUtE3CMzC8	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:13:59.880753+00	01a24e47-86eb-752c-833d-f3b25fb82fe5
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88cf-73be-9afc-20b220f21289	1	v1:Aahn+7M2fI6Nycfa1iJ6RqZkmMj56WNO2Re5Nospxje4j0+gd7SlnOiWD1/CP6+eWWlFrbf3UgpDNL4cgnpgNJnPqSjm2hCACYnEgMwu2c48wHnWyLWPYmLq95VEXEmSc7cZwNY8NntlhJQOvoYtfhrxgQkflBtAq+T+3QHZsaLJQUyY9i6l88xF44bV3qjAeQhKWg==	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:00.655855+00	01a24e47-88d0-771c-a2a1-9a99809ec2a3
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a38-757c-a404-2c1e63a7abb5	1	v1:Aahn+7OErU7ugy5M4wzVvlEo0TItjsN8VugDPh0pwrKItGczN5z3J5j1WDehjfheZgzjRUxcW8bWfpaCUO4YVAp3bBlvcl8JzOKN4hqqtH1Xnbj01e9pGVyTfhU7o5i3U7ZVRLl0yzbxn5Cg/DS9pgopQD8tH6XrPcLIeBwGEP74Rv8N0sgb7MgEewrQjW/74p3GYrtrcF9eXctlVb0OwzrRGPzmK+a+Xy2f7AD/C0SlAkM05prTWCnIZsnaBNweGaGpVFxgszVv8cWSDJ2H3DpDXNsoWxWmhZ4G1mHpz+bSOHtJIInEfMv+3Psb9D0bj41mv90yKBeGJ6qU7dyHVlXta7sXectDKp5sD3dwGVKomFU8ytclCPUdsNb+Pp0NMGy2N40RI0Cj1AxzsX4neYZofIhJmgChTe+LWSbBKbP8oTugF1evaRyR4q02Yzb2IRI6X0Z69ca8jfc3gtQX/5J/Ibe4an2BttOPizSCCLsjuFQTyKsQQvU1WMGpVFPIc6hRcRngDVqoQC1UUPlacKVMIoeCxaE3NVAUE0XiWMK7REj2ZmvZyao8SMCbaiVx9RJfz1yzhaBs3PW8MPNu2QwuhYyMzE1Yp0N91XcXF/vlTEEGEE9n36MDciD9itfq6k88n5tB++FwJNqT28TDHzdFEQ/1bJqcJZtTD5/qEVFGIvCEdmiZwlUQN0iR51YHqt8cNopVCKd0nZF+XKab9F6jonxL9x90Jt98sgN9Mb2QfqdJFzNkSTgIZGaJ7BqiDydE/fiUseVL5VMrXEX7f8sW8e2uQUQDuxtmvO73JgxOiw4EaBUDZocStcTnaj8ymFK0237LggWrJcw+8mh2H8HOrKO4OzTChC8xtMkCxfoMOHoE3I6524OqAA7TOiQ3u823fwOtdWDfCxHxHBw8	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.017005+00	01a24e47-8a3a-7057-9c16-2b55b17738ee
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	1	v1:Aahn+7PBy/TAtlD6wonBmOWc2xlhNCqKXA9pTv3VgJaQYUVEWwgy48+cVAjTwRa2IxVe0j6MeExY+6iI7uYi5xjHG5pPW5IXKxHmp1ilFsU6SVeSPpFIuDtMfhtQRG6TPBK2oPZyiiwxRDbp4WxtmJUly/I4AGhKtAiyqw8RZVeEYCKlKPv4tJefvBf9oUkh+441EibI8X63EG2+YsvRF+xfxY7yfeB20UtSf2hsfUN+DRK8c1eu4rH+kBk=	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.311303+00	01a24e47-8b61-723b-b2ee-64c3f7058731
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bab-7cba-ad08-b5767a404d5f	1	v1:Aahn+7M7S+eBttuhPj0YaByC7y5PZ+Hl5m9s7uBnxsPjHnv4/e55twGeVd99gr+vKGvHwxNfTHFcjgZQXq+7OxONgPXLxX9+bSndQ3lBzMrnBSnR0jNVbRvpB7CVMRKqkqMMBN+GOagYi56f8m+3e+epgB2OvD0yEVe09Oz9b43OAPWJ28oI75kGYL7EapqAOhnwuclPgCztd0kCfjvLDNd8rw8dNnXT36hBCkktK57e7yTR27L4XrgCZef7a4zjsWOiCwXy/xKva9d7103T5mCVY8PqrAe2pbgpiY0fRMTYWmPCDaSiCLJkx5JGtmMF+K7v3KaHSqSrj+l6MeuwPbAhDIcVpHFrXM/vpfzzRUJYDwkcrCF2k0c4F+w47ySTnJZJQZS0s5XOZEhFDpqyq++x9OXC0PfHb6+0YvPIAnvTSXolnCt6iG5J	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.387779+00	01a24e47-8bac-7826-99b6-aceedfd7e40e
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	1	v1:Aahn+7PYaN3iTgPnlmos9WqiGXzCJelyFc6DRnWU5bqQbJo0C7nmYitwxxmyocVL4UwJLSU92URO+ysjZlneX/bBGXtqtf//emAHIOLYXlsBlgKqFsO7VMhudU/onBfct+RzBP2amEB7PzvbYlqwE22iyqFTla3JwGQqfeKesqMp78w+Y1hMYzYNsCzwZdrqWWBPXP+sYHMUA2MMY8NiOz9eLYxA+PT7nmljxbCmyezb/25y0EUBKuR7dQzTh+xt/6leLgVNBNwtuaEp98fmYwUYsjueD76h2JWSlXKOZWkLqhXXDo1QcefiURBL/ksFtQ0fFZLD0rszhCbp	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.493198+00	01a24e47-8c15-762a-8f76-750af03071b2
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
01a24e47-7e83-7e85-9804-f74604f8980a	2e9eed50c126cee5d6a1ab37bb1db01b8b5d6ce62e16f3c262f39399b87a5b81	2026-12-07 02:14:03.352684+00
01a24e47-84b3-76d5-bffe-433963febf1d	e690825724581658a1cc143818fec29d3200261d8a12187af835646b708ed260	2026-12-07 02:14:07.494981+00
01a24e47-853a-7674-9c17-d80678bec883	28fc2421c66bc81227c4c358ab24cf7761d77ef8b6e888e32ee08f893bc442a8	2026-12-07 02:14:09.919038+00
01a24e47-80d7-7b9b-8287-6a763f34e930	32f2fc1115086b44d5beb2dc0679138e06a0226264de0ce07dc61563988c4203	2026-12-07 02:14:12.019076+00
01a24e47-7f85-7363-8669-7536b3602020	68482fe71bfd975e3ff7e301402e088302e3d46c3c7314e13a25819ee29a98b5	2026-12-07 02:14:13.860122+00
01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	71a8e0d08cf7e436672c0586bd080be79449b567adc4e2df9cdaf3f8d8d2c263	2026-12-07 02:14:24.801868+00
01a24e47-821f-75c3-9951-ccd7862f29d4	4bf7ef1b591d0693f9162e81ba30b6c9661172fd1347b19ae24a705d42ea26fb	2026-12-07 02:14:26.223997+00
01a24e47-761a-7861-825e-73e167401730	74404bdae177aea17bf07e114200eab3e62e8c26ba366be0cda3a04e47c440d8	2026-12-07 02:14:28.723465+00
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
01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-c7f3-7a7d-930b-765b2c4d512c	01a24e47-84b3-76d5-bffe-433963febf1d	REWORK_WAITING	A reviewer sent one of your answers back with feedback: it waits for you to rework it (round 2) before new work. Take it soon, or it passes to another annotator.	/projects/01a24e47-85c8-7290-9d31-908f3236c08f/work	2026-12-07 02:14:17.004267+00	\N
\.


--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.organizations (id, kind, name, created_at) FROM stdin;
01a24e47-74b3-7c31-a5ea-5924ea5a3c71	OPERATOR	Annota Operator	2026-12-07 02:13:55.508345+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	CUSTOMER	Helios AI Lab	2026-12-07 02:13:57.645268+00
01a24e47-81f7-7b53-97e4-e10eb4a0a427	WORKFORCE	Northwind Experts	2026-12-07 02:13:58.903179+00
\.


--
-- Data for Name: paid_work; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.paid_work (tenant_id, annotation_id, project_id, assignment_id, person_id, vendor_org_id, task_type, active_millis, reviewed, submitted_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a7cd-7d5f-bfab-1c440e7a573a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-a738-7a87-b4b0-dea258c65c8c	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:08.583024+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a8b1-7258-84f0-7dd5a0832577	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-a873-7c3e-8b92-8a6e282a03c5	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:08.815884+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a98e-726c-a36e-12c03de5b6c9	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-a91b-71cb-aa88-28b87f7b68e1	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:09.03614+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aa67-74b1-a938-5cdbe73458ad	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-aa17-7619-9e58-d150dc17ffe3	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:09.238097+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ab3d-7a5a-b80d-465cdd6e4bb0	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-aadf-7ccc-9493-cd00d2cbfdd4	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:09.467621+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-af29-7a10-a273-8d031bcce6a4	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-aeaa-7653-8397-10e4b749e0da	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:10.470726+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-afe4-77a6-b959-91ebcda733c0	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-af84-7ea0-a5be-70b65f2a8a05	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:10.653618+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b0b4-7de7-b551-2b8f502be8d2	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-b047-7614-bdac-91e1b48f9559	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:10.865071+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b1c1-7a69-9dc4-107cb5a69ae1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-b147-774d-9958-709174bf2cc6	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	text-classification	0	t	2026-12-07 02:14:11.128759+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b716-7d20-b657-ee7c1edd8d9d	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-b6d7-740d-acc8-bb3ca7fc384d	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	text-classification	0	t	2026-12-07 02:14:12.496116+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b8ce-773e-bdb3-d5058757b0b1	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-b7d3-7623-8fa7-3071db867887	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	text-classification	0	t	2026-12-07 02:14:12.93762+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ba8f-7c97-b3ed-e3addf26f24a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-b927-7ea3-b623-3204554f2c7f	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	text-classification	0	t	2026-12-07 02:14:13.358934+00
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
01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-88cf-73be-9afc-20b220f21289	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-88cf-73be-9afc-20b220f21289	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8a38-757c-a404-2c1e63a7abb5	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8a38-757c-a404-2c1e63a7abb5	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8bab-7cba-ad08-b5767a404d5f	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8bab-7cba-ad08-b5767a404d5f	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-7d0d-7dec-876f-03c54bf434f1
01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	01a24e47-81f7-7b53-97e4-e10eb4a0a427	01a24e47-7d0d-7dec-876f-03c54bf434f1
\.


--
-- Data for Name: project_guidelines; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_guidelines (tenant_id, id, project_id, version, body, created_by, created_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-86eb-703e-b22c-65951b89563e	01a24e47-85c8-7290-9d31-908f3236c08f	1	v1:Aahn+7OVzPYB8aVafzmmb848h7H+ugMg4dm3Y0lb6SjGMYw3IUfch1DuRSa3nGzkARAxSsc8iq5OWa5o5pv/ipfqnTcRP6R7jacUTIPzzXAUemazm4dL6OBY5xVI6vy/jplAYPwVjqstvp/leMTnkbtKjHjpDKpwS4J/3+xwCLKuVq26uIPtNd5kpnHUAJAkbuHtW94eAwyJJ5CI5gUPc5v7pD1xqSKuHVrsW+Bvrpy7zy3EN+TbdjdlwuCs9UXqBLGKSyKz4QsnrF1v2ylR0tFNWclsmjUD2+nIERESuIW/8Pm0QrGA9cEA1+6P6Youn6IcMHjyd6fF4ZwWoaOXa1ZIRxzJUB8/5x5+GsvS8PVAbBoJc96jp8dkIKHnfkZAjJhdfFJYY15CLSx6BdxD+z8CUgHNnW/ljhvnsJSAMXGBQqIeQNHbE08BtASqMHgjRKseTjb+tF/pG1TumauqRXxGQE8kW3Td	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:13:59.880753+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88d0-71cd-a10d-478a6202e51d	01a24e47-88cf-73be-9afc-20b220f21289	1	v1:Aahn+7NRr3odxD5IMHq3zl3KBYxzPz7IFRJpwHs1MAVLJM7xNahLr/+CaQKKJp6gXxEUV46NbDRxbT0p1kP+74AgId3RmF8oQ4hQ7y9IFeXjISpxCLr6WySNs3/ZBosuXIZKu7RtUu6Z6Sx2uGEdATiQ3E1iRqJR7DVar1RsOOi0KkuuAeLWooOUoCRXq2zeGerezlM2EwPLYS0gNW+I+S2s/rfLyTJ6QbDgBUCVcv+YDnQQ1d0YZiNGeqEkEVGxy1pu8fCLEE/io87hnCZmqaEYt81Sfyc=	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:00.655855+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a3a-76a8-9d7c-2c05e249d12c	01a24e47-8a38-757c-a404-2c1e63a7abb5	1	v1:Aahn+7Mqs98FFVJGWn3EVxxOz0UeCZpmcTyR0/CFrTFxVZ+3egukG+Iql+SRRbyfb+fOBLk6L0jWR3VVq3vZlLt7kIhSIZUMiSPbg0VulBOkcrKb0YarXjNXtbZj4xT/xu7UCILMlPVskjKjrUZl16sS10Fe5lKPr5QSSHLE6HlNwb5hgABXpk9oFM3/cBBpDidI+QGtYROx2ZoeRBh7bhqZr1/oQJAFsIakMWi34ctlrdiSpUwS0pAlxwVvX7S546GHB9KP9ba7LIDwTnjvm+YhcUJdfn6r+QVjc8c1UkLm7g22AdD10e4gGVjHs6YwNtWaLDBMjr38rUpIV3J3VzxynvRBIsA3McmVg22oL2LzKvYF6brO/VPd4VUdYUkCx512wG9QxTcDgGrMREhUOArLi+5rgBgOG55WjXbZ7Gm50CsuI5hXIy4IkKqHqpV4ggMnlyxCOgOqUhvgWLMu8X9caUXJPA==	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.017005+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b61-73d8-988f-d679c1a35b7f	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	1	v1:Aahn+7MZZwPswXxPr2+d55AZCnpO6fLjMOyUOo4uf3KI2gltxfrgoVu3GFsWCl/x5NC88YyHvh1hcFxsJMIpj+zVyhPfBXlJgUAZhyLLIkFaPaUvFOlwY0984REWQrbZ4V7DZKfifar3YtihP1f/hSxpuHleG+1TEwvI3Zxen7cywrDCHxiFnuySU9OOHSF9f5mn2BDCU5jBNlmTASSBaSQS/WhVUB/lbMZtq3E3wZTf3l3a9L7y4iO+czzBlrxMwerV4OYmpkyX4o892jA07V31hjsNZiy+u7+sGUXj5PJxc6DddF1OE7eDXawsy9JOjind9I/hKRvnw/tad0R3sWd9h/dcbBO1ZxYqe5iWvP9GFLdwgkcPn2v8oL0hSPkA9/q4XZ6+6rbDdPS1aDv5f77sjNUMDsA=	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.311303+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bac-720f-810a-891f6e475d93	01a24e47-8bab-7cba-ad08-b5767a404d5f	1	v1:Aahn+7MSxKqz90OrlIWr0qN4hbL1LvcdfFeR89gEcfPuGzBXNEynYw8tr+qqX7zvaslb+LwxtBU1eqjKdfpPO1YbIq1BwtzWYIz0be7Z2Snpc2JHdDbcm+L9slaElKhVQcih4n91HBMRa8h3gx39Wv1cU9moHH+Dw6pMRzDypGYplmjt+r4MiSVg6+WKrCRixS51BX/c4a7fxLzCrRI6MMFAZRwtqgUq2Xs2qBzjunWRF9D50b6fLPYTOWZfsxA0wNNGgaB11zv8ATSv+njetSPuBp7toDz9+uM2grjJScAWkIrWn7rAWfO5AzJe5tl1DElU+b1s	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.387779+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7d87-977b-e0ad3f3e32b9	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	1	v1:Aahn+7OQCAe5olLIuTwbq4cldzfBSkUgsIQfLO91x7YEF2RFhr1V7LTX/C1guQ6LXDF7OhKoC3S6TQODz5aiNrNfHGG1bdmaolQsGaMSNlifyYUgDSWhhmAL91O+mpk/r6ZDYnNXoYjOSoYGBpwbwuWr3spZDYvPl7RsZlYWzKbZ6aqU+pK9SGdY/69/wkgCzr1PwU9QumgYOzWFSMgv1fOWrOFTKOrpCm8avcwAJQ2Ez9DpKOTC1rBtNcUZ0TumazoPes1yY5j8II7CpbIEOGmFw733LD+UkCg07+RW1wJRTcBdvMvf/HGxfV1+AgVb6sjvF6DgMO++eYs1Wxyn15WI5zky6flcgyShKREfCHGxZzpTyN9OGL76NFhs5qcl1Mk8XI9323lbeUHB/+8=	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.493198+00
\.


--
-- Data for Name: project_images; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.project_images (tenant_id, id, project_id, name, media_type, width, height, byte_count, content, uploaded_by, created_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8f0f-7b36-b10a-dafc6999638f	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	v1:Aahn+7NWOF8SKN3pLl8rGKw3EnhH0YiV5Ge+F6lStxIrkUHeXg5WNvrrXuxHWgD4	image/png	640	400	8508	v1:Aahn+7PIlmvlU+Uaq9aqQjHPukJdZLs19pFPNASfWFabpbEBO2aHBJ9rmk0Je64V17X+Og0K4Qf+HMtnUm5drHUOquyJ6uTXYmkGnM2Wd6Pmx1CtJTQxQg67kqkkSvn8otPqkSh2BUjwr56gIY6iKcAzSeIVZSOuYyEalkAAeS3wzHdfznNHAwgy9kTN6rC8HCdanY0UjDtdLdwAWacahiBxn4HSe+IkvkufBdkUNW1Z3OKXjw27bZCzxxPt0o9m8+esmRz0UmSpty8FDjTfp/Mt4joLTDlD+C3bAtRDr+cd4TuL/XIBD5ism/wwFYdSyMw5252pXqLC8Bv/w6xfFjetWBd1nMefNkHeyBaWuQb67ZZbgiieCRlCnL0BGogKTdBpNqiq60/cen4KCY8J8s/MUrICDWmF+5zUcZtNSI3UmNgB3G/hxPsziynb0vvS6PaHsYuj4CblTN9Jm826+LlGkqxD87Tl2uyj9uqY1VKWIVpDJCbjf/TYfD9AYo+wtJ1ypGDynRMNihZww/Cd0B2E64I4j0VoYKKJzrN5Zg471lO4loTVZRj2Zm0Q44bWbYatzxcWS+pYq3E6PKWKUVKmpCoPLjMyccq9QCpXIC5jVlmlHuOutUYTCS6wpFP2nt/osQxAOstMM0RB8+XefKE7s5haDav0//5lVzD2eLnUGSFBH4y5eLAUEMnXRudUnLZ0Awh58kACzc0udZVqXGUOpDuvWt8xAcJMfsufZmewCQXV3NoYC+OJ8u7ZHIfVrF5dSSyELZGzfR8ws5qGPdbygHzsDBobGc0gyvtEgQ3N6Q5PXGrMj1KI0ZGWqgvT5byoK72ESVWdVYg/koNZFU77A+6tJaTu711KtiAJYj4LtpyWk+c+ERj6+7UW0hHyWWYrp+E/MGr0WH9p/PoYiKP7mfuDIsz5xCuW8BLMW/pTj7I0z+txG0xWCf3KQU1KdZ7te8hApYDOgVL9xC+W1j27+ejS/hniPW49T5Ehqc5hWi8cHjiVtAdKj3iWHi2dw0aSJRIVXa3N9D9b5c7aDol9odPngUyZUu8erOuDDC//yMLJ6b6MhfpIIe7ZuTmkEmCnxJuFdFSpQkgRCKB5PyaEAsAdz1jZtW17HPeOI2Xe3HZ92BbciHTy4qxojUefX3JAbFgwPVvptHqPSVhYqdW57DuF/SwocEC0X05k5mQSxb3KsOeJ2PwqkrEdTNnBniuGci2aT47e62wNRuJ6BwTD6uzmm9//Z1lb+zBjuXjgcdF2c8zEW2UCkdFLOFzsxrQqo624Yz3j8I78fAq0MUusbiraQA8IW1/h2AdsNZZibK8K9rw0LNAk7Z4k9JH9YNsH0sGB0BzuUbGNetuyYxIp9rfPCAQYMprRffqnKyfp31Ul9JW3/fbsR1qaVfbR82Tp7CwHscVuk4q5XKx6SsIPevAz9fXTjMniEzU3Rux4pVn7hHaEgN+TzUC6+Do7ER/sXoMiXe4YaaGlgcmPFlMzgKXP6+7wjA4X0iAN08aGdFUz7OlEHDyH+NO0WSB/J/AXKeKMyn/8wElb53igjQuYydfTBdqVBjMtGf2A+47qR8kPBcsLh/ygOJBb1SxmAdJbjH11TWva5ULvHa4yJcn3/PC5oRoheclUYb5tbh/IiG2RPocvOWkyBcsv+OddryjYR5h/Qjuuh7WZWcxOq7IuH4rzBJ29Zx3VpWdygVvGZP6rPIvwOApyiXMsCDiuIW6H/vcG7YeTIYzpPmT4dPp2i+3xFzVLzttfP0GKuav/3MJ06s38Y7w7I/xvAcVil5Zj47SrK0vDMeYZ1mPto3UOow1Llw/b/BYHQL2+9kbdOEMgE+ogShyjIYMG02QdRne8M1D/nFynjo93c3YE1MywbKyKoMl6yjh9ZRIk2gySkPG36Zgfro8t7OD7N9fA6Lmwf+BBHg0oI/GqA7gpcY4O7dffsO/b/+RFr0pxJQ3B26Q2VLGHDVLbBMQRQRV369VhXLMZ2yTviNCm5XgP36bMrlSASq8PhrhnEiW6puW7a6h5VXPd6fRrIfQW20j1E73EL8710bgsizl9LGq6oIUhArDtbHZas0wGh1Vr3PeVij7srp3CU/iTFe6/mR+LPUnrW8zIGp5y6KU25TCcLpLGZgSlk3+udgbTb8Aqtka+9rcpBtOhyGb3SlbAkRgU9c6rjUMFnNppvcsk9/Z2iYTDUOyacfxj1/36dJwseK/xT19WeLWX3+befvEOVbYXVYqlguvb2YEfLw7bmi4azPMrPg4xd9QMSfRWkERMfwgcj+YBHhgq6SEREo61h86sD27k1h7AXVL8CcaacigYYAs2/YN8mpfUKBHKv86aedmxbDwtqwXcj+/J/k+6iw2uvoFxhKbdPncxIWxFHP//ReEzNlowF4eiWHT1qwm5HP4bDRw7mk9Tr4BqGVKEZYNA/foFTmuDE9zCo+5XbmHArPaFshKnNgJhMoq9mpKKu2MCN29Ww7/kzDc9+m1auXQU2hpmSIDPm7i9uOxbh2zWZf/z1oQawotbKv4eZ1JAhN/nPMtPhwmIPlC5Tx34uuuo683SHcD4oFWa4iPWNmMQdjsFtzi+iDGbbroIpG8B+ny8E8ql+rGIxsboOU3XryNdIdBwaB9nvg7+tEfAuXyuEQNOwc72EGXaWTudRLNlOeULUhG6wDJyI24fH83vxpwn7/9Kpqa4x5k2DExIK2/SkRUu4nIU7XL9l40jAndc87fIRN7giQMuiQtPqQUqrPNztQSxMhRa+Z5aNRFBAdHMKN+nSseqy9DI6GHvHjv6J8FAiLvHwyOPq7eMhx43ebQQYpzjCiF8gl5sEabxGEa4JQtUl5Ga7/1Cz599P9VIz/uej3MzbYe4am2dYUsaImBgruDEEM9RCQpcbfqIan0O1kA6kBXnKJ3P6iHUHgpGBXSSBD7V6Hi7QBdT2ABXeksEeN9X6i9W/pinq+uXzmUQt7eejqw6XM8FID0GM7QJyqUBog1UFN7gpLtGDx+MftgpoP7NS28PVsjGPkKtbnxrbM+W1cRVismnwALuR98vJGKUqmmz9wVqaTj1Sr6dFN4AUvB5yYxbLp8R+EYIzNcfzeY/tToeGAPoe5uGWjbLmdUR6S6jE1bOBVDLqtFnWXFwGcniGkVPxwyCQclKBlVnNAuWf+BHEJQScf/1w72qXtY8HzV/d8+ijZVq1YREfd4D7h4ItEjB0on65i4jJQuWdISw+cdun+G8y2yhSF6QwuPD38eqkhdmmgIdaZ1fnd+9Ec5p+D5NqVy7aSkbzyJvv7PxrrhGpHbI9GCLJq85JkgssGsoZd1BXvQAX308TWjRdqQuMnEfB6XmTxQDB32HJ95mLU8r8FdUDAdvCB8IFxPFy6m1u61cNYEpBlUHFk3kYFiBxaYXEl+DALAtf4gtnAVmVg33c8sqn4ZDUpU1V2Hwf2s34AddnW3QNQ0af2GeVR4oOanWQSGpq1mdCBIpdusp43Oel18qEpQaOJthW3CFz0IW6lTxi5tR/VVWtsQhazl3FX9MyuQ+G7kdDBttRG1Ma7WSShgmbUxyTZ2cMIj6kd55ApMfiOHQerLG991LQIK43PJM3wotVJmRhT/UW6fTlNn0NNoycxdevVRBxiw6MAi5B8iFP8SyosjgJ/rBTp3JBgHYp9E8Xsk4siiWOUR7U8mnVtLr6wPOg1ZSR/3n4K45wb278hn8GIVGPH5kbIN26tONMKmvScCgWIuuadAFqISFhaivDzfgLE2dvJYy1RGe+1q0w+4vgV81O1rXSxfpiyfCh2GZDGTqqeLvYBdsWCc+DLQ3FO0Qmo/p0WASa/gXCSzJmFPLXO/oMHbMIfxyiqvulkP+i7PDN5jdqEtCrjElawHII3tzujrkT7g20M9Pk8SW6kgIWl+Jr9FxOev08rgHbChVkFhwXIpIIg4Fr/GUP1e8gqckiolGVtjdGZfG7pXYGxxtw6EPdPxVMs3IQ4SzdE+lO51AJhxXMKb+4JpfirB/VFVms7hDNQBic+a91GZ13uEsh5ONzSWahyeCDmdKgH1Axp9+xF5Y8KwkeVKigfK24FJIBNJif08akodE1zIXP/FbRrZRmRpHa5LllH2R6CA8gi8jjYIb1uvXrVNs1BrU/LBF/SjcKTfoKYMfC/OeTuPVmfYwbGZUUmCR5Z3JQvFHvOVuCFbxKZvwN249g+QktQgMiqVgB5wyvBjQtBWr42NYK6f0QPSaGbqkDZkWxT1n5IWAmlo5GniV8ewQVKzt1qnWrBJKizeDCFfCyv3Jpj0g76NQ+lLySijjqybCFaybbTmygWdg984FAeFQHe4Ojzw89I9QfLjIc0XgpTVMwidCMJKkaIi2RjXksk4pA5hoc8j7dtbdVxuJtU6mS/pQ3uNUps6re1TeXSmBeXR3Xoo+7OTCMoCriOXXE7E88jSfSlajAIhIEQDduJ2S2ywud0QX/Bey7jae/ZduJdCMFR1NK6a2ZRNySp8HK4MrDcQ//UBtDy201AT2f8nxzPqkeVcYrnN09CPLS1+GpNT4yoRyqPQBrG1G+63P4OCxx/YX40ITaaspirQczeoEEPEzsZ0SlqfWlzeulGwK4nnQi5tNg8bqew5yItYyIUtLfYivZPIKxBr62VzvDdy4nsUG6++iZ6260lsId6XwVFqsggWvTEQreUqB/nlDQ0HZbM8d8S6x/Y6UI2HlXKhPtUFXkBaqHKSy0+KlDKZ21as0K4Q/70odhjr7eziHFzRnctBdjmvkea7dkzjLvzoEMib+DpklKmNy+qlSI+8LihvMai5iN2xY6eUPF6vhb1Dm7lIIhP/FiR2jTbYcXDTSyhC/X6jL7jY1PNW1XQQ1+JnfuI+uh3K8HxI0IT2R5mOv5jSvOX/mzP9VCkd/NNFkUQIYdTghxMmuKjwiTg8D9l5MgPybTpJwBOkkVLf72NRtu+UOkACPupphT1eRXnibqugpRZYgSLp9M3qNOwIU2/thHwubOeNTi0c9+vN5Zx3Gvb/j1SfM+5Bmo5+hjN9R9P9m6ypnQ03WtR9lTgJUUXFrnDMiExnwSigJ30eRd6ymjthQaplfNBbAZELlnxoKtzK83AKjnJzHfFvixfZgb2AC5tZrL7QogU7IBg6mdnTiJ9D7YtVUzOQODVcFXgms5wJzdrhguDJIxxoZzbSA7/SGv2y/glBuWxsmfUMVAusTtWEZYB76sLT7IylGZuzMoKOIIsnz6qUBz05rqQpgr9NzEHmXT0AvlmXp4wcUJAKqcxUCDk4RGbDIib/1BzpgCTvr3FABxWAHIGtSF5tOoP1peLJBKjRG7wDombs133oY1dTB3Ca89Pv/wL4Y15DCRvrmzANOIYQAb9qc4myxS2Owf6yYdt1ad2XF+WWipLJArnB08l4suno5xOIgowjiffPfVRdnp7AJpAg0wj2UouXdvDKmX3UYImaVmKuYTp3dCohItTgYDxYpByW14CsbmNDxMKq8jnSNzeM+SLOQIOu/ImLaFDwm8xj4EKofCBYUrwg+Mdxd+OROQGqRgh1+7h3JElI139kTuMQCUomBRhf1J63Pvz1jBZ09fnb0c4fSKWDaM+j93UXwewutrO3+lL5mhr6U0Q9wv1ug4r35pV50MLW05LM1wQvbTMKdnNBluPciXPNTofEFGUOhqv3Q3Z7z3lXPv1hxp9J4c9UtgC40GJGUvkzKEcUD6QPji3H/DsMg8lQN+YNVW/g3hnJTLHrDB3tJ5JgfeoERSIov00YuwaB2BKVlLYXRL/ghwZ444oM+q2H2qS1QsAIhl0mdO/OCoRz+V6gE5CFcNlyNzxm4jFBe6WbExVE8X+A/KVGcfRXiPJtQWQtSSjU/iQvCtC/sRAWmZjb26uPUqHmEsslULc7rz+eGNHzQPL189Rll8i9KDqVZp2Xj4k0kA9/Cyz/eYz9d1qdwoCJUo3Eqzcv0EBTYuy2OMwW9fOxS1Mmkq1uQMEdFaXFoOXRSIUN1tS0RCYInctPx1Tfl/IOSJRml9goWf/hGW/ZpgPdpPRsXvr7h1JQpKWoU0WFkF2HrKLIdOyuSjC00LmVBBGWx2ODl7ncyD6fHPWFRFjaL59ECR6nmCGNQJy5uhdObvOIuy4GlRGeSIACHxYSKnv5NquPrB8aNEKUsn+8AUbHnH92gVNTm2vLGY3hdYEOB+uQIkdR9FD9m600jPjQFwQzR8g8lQDpOfQ9se/xv0gvOLA1uPq5ND2toLvKJt9F+axO3qnK4VskMNeYVT1SjbXtj00CUKBjQsILCDiFVoV3T24DOA6nXSLCFxCnhTWCwr87kJB6Al3eoXK33k7N/6pgFCFg27DgPb9ytnhLOYGUQMn3Ge6E9ntd3baus6k3k0KrAPzywIUzVQauLqlqzUGZfmqrQZv/5LOcd+7cibBBoTRk+IowqF1BfBSvxION2k9i0zb2TAjF3Uf+n8i9eucV53zW3oKgJL3/a4spIjSUvZ6Ql7hruOH0VgQquCaXtMZfBggL3WuxveQ79eidqDy/gJJRxvffQSIth5Z2YwIP/EvTDXF3Ez4V740pUakMFaIfLYNeDhRQmT+hZfKoNUJtsKvIkz5p5cTvAeRbW3OvD9gg81QpBpwaVc9rj0aZehhNbDJdGNz8n+gEUmzAZOHi2f14BOHXXjLzaDVvJLoTNBu+NEuDQ0YTLbJhCo1nSifxBzsM4l7DhEJQ1eS5/CZGy1JzwJYRNnx9gQNPP6xS0iqU4UFlLWfYexMQ+tOsl4zqdLiuizisusA3PsIMcTYEmTGbRiZUqsAMU2VsWrHUrx/dcNY9w3TdAonl50/9v1uK2PgPTBUjEu4eip/qfxcEX+WHQJqql0JOpN6uUFPLXeBlycHwm5Cu6CQsbC8vGLhsjX151NUiAf1uN30DaynE6J+0QK575WCogqLmEtoOXkErRzg+/dCynq4cc7uEWd6sUvwsFm/6VBKaVl/QTzJNtMEgIOLWVJlyWKqh+peps9zWpOXYW/9+nndLLMhWlKwVX3t5CucKTZB9BlEBxLOQysoBJNX6t0h8yyPNoOEdh1yjPB9yYnrmRBktJZ+1YdY5glO87UGE/ec+iR4PpwuQDAeEHNf4lSbDf2+Vm70VnoUMsWmp8uoO3j27RideNlhUnqRwP6vHjbbGnzLsmJSwic5X6b4G0r41R/dX/gc8e6iKLRfFv4i+B2nPn48pdzpkxktf5USvfcCXyl25jofB/LYv2outs7v6rMaMh/2Hd6kB/oLiOxQ+kX9OvNI+RLyhyYAqPeCcB/HJM3xrcpq1oPTitC5GRqkf3qaTPgCzXNIVOqFnUlm2xR8JbtVmApWSmU717zWOfHHHr3wcMneJNb1iOu75/USUsEuKIRbOlUh3yx34+gzXG4LpfM9AMNVx5Snn6XTIG4ODcT75tK9zNU/624/iQ6UI//uWW8tDoSfBxGpUPBNMMzv9+YLHhARyk6YbE5Oh+samGxnyzPvtFiFUiwRGLt7u9afL1Jwb/psbquUy6qkTFzif7/G2sn5+Rp60y/wrmbhPttJ183V+1ci6VP/rCL/OXJVWKOgcO3HkqduJ9bzXgG7GkC9iEhjb9eQJxZSf/uz/ADW7t2Sx13ZoZZeZLZLaxfzCj2TeVJTpbP2JGYsJ93KRcbWOVpqkuFtIOJpqnJ2cIBLI96L+t5YQNjnwGzm6q3O8LIaH4tFagwhwXyFKY72BHTHLf3DlD/YMkLYdyKkdRWQBl85deAjgZ9nn4zXzBrcXqd9XD5Grlp/idILgVEdNpp1hOtQe0qIF1m3O6kz3wkqFoKzfx65ACpOVuu1zNWHAJfnbzRiK+a9rk2tns4NNTn1go4X/XS1VXZtrHeI9AxmBG2XHu95EylCmKtE7zNBGAoLAy4FTwnZyq2AO064Zw3JS7h2gX+zlXJ66q6XoIqQfeI37kjoFbgF94JzLG72iaAVi1ZDKu/HRCDdoEO2P5q4bRtGFjeTNOEbwG/sn+Xq+6oqRQYiFhh4JWJsQ0+ZUXPuzW/XNMkjD/ih1dQNkHP+4pd0bvr1ISGYyYBjHQUAQkvHnhDkwEIPXN5oufvo7EchVMGeajmcTKjrcKijWhVcOOVYPFxgmwZgoc9UMLTXOuPfu8V7v6s1p0wUiRlD5gyJLUm3ZQmZZ/A8rMfEtSWMQ2a0slHGh4nq1nRbsKge8VQ+w4EjDcWPX/eOURpIIGlwoeoGvunwZpIJ7ioHChRWXKRjXmOOFPox7SOIu5I+CfuXS1HS1Fxc2IfBApDxu6b1D/Y+IMAXaJi+TkCrS1ACUL/TP1mmk61RNu76r5eOA+Q/iHj6lOc0qI0TV8DU30TT8Tv1AeCvCwmMyZ+Rnpaxx+UCqwIpS5q75Har3vb+Rle6C3rtIibk5u+gUKrvIiIUXzKyIjrFqxgMf755CUNaMInFWsHlhtsTD843qkT6UhZgDwoVMbWECf2cX3924DtVxKPB525TtKE7DPHAEWkYyN+f1v+lBFJVTpniHXn3I5UpigtSoClORhlnx0uUmpKvuEJvAHWi7cXc5/jrcks5W+ZPgnefb5E5Kfv9hh3DGDGQXSlz9yKvPgwRYqWmR5LpjkJ+/aaT5EKfmqRqe10ZShN4td7sDrDhmZTz+36yyTE/Td0bvMghABWrqMnGNhr7DwWzCvVkEeR6BulRTUNtA4+fK16Rpgkp9M5Ys3ldyz5SRZzvrPd/41bDnkXNUA6VI9l0zyCDy4HkiqiiBhuYZTjexDKgWkzZL/kNQxt+/LBurWfqhsuvuwDLGyVMQKGDvU6liPKeKkRgBV1ieVbN6TRzOSVDl1q/ip9G1t6dH9ddSvxMZehdJtj65KKZhEoVhsxTyPCnYhxa+U74zpGUIPsLYAW2FG5n7RmL1aukCjEJhsdofK2wJ/kZyPpBcdbL7tsg6b4Vob/2WG6nnjhrChNtLZT/nitp2hI5YrH41/Fm0B9F5obisHzWDlHTgLOKqsokwxJfM+m9IC+FlXrVQpQvsi3yPKz72yXJjRkzXqAyizVBPtMI/7p5gIC8tNAYoCJhQUD27d4f2/mYrvb7MNmiaXs7nQLfWByRniE2fz2LENI9aIFe/ixhMSN75NlozQsREifLTPbmCT6utStEsQ86iyrsisgshTFpflopQmKLRp7Ku8Eut4QbHUzXYzhHU9p4nsLKKVIocmPvtfZSaH7816S8dPcFXh+cmMysAxOPGl8HnYVSx4pQzdHel0ZkJJcXYmmTlTB212/eGPXQm9Zgde16hCkHfGrMvM4ubolx5OcQlKjjR3S49el1EVM7andilGElZQrHh0duDsQqnwCcGQNF/o5/qi8FpZNVsdKUsbUCnaqu6eYygHMKWd0vwcHqzWxPNG29F3/IUWUoNLqdy2u0H+QF5MZ+CLNU1Qr/8XvJSvXQoibAKeTlviu3hi0u2eOMtusL94tNfmDArmTs8FCY87L5cafcvDnvIsRp7G9gVo0h5/0zMNRgpjp7ejU9ZLRv0lOTko1dC/y4C/9wchGa8sDseCaSsenX9Etnsr8RaOlLRNLBw3jynpYUJsYCT4CAQQo4/gR86N+rDVQuZvRoRFzwrBY+h33qI1+k1RKpy493vsD0SERf/GWm2AJP42wW30t5dkfiEoxYAhJfLV0HDd01wtKbTNYbMdhJb51T9i85H73EIgXNYjIwFSidjzjb+u2WBGdD6BWkyKBL5pK0kdz1SEJNjBu4PwE/njhFwiICYpTyGO2rq/LCaRak+g6ojzpbtmcp4TSeiFTxnV57CS5UPoxifiF2jhhRA9F0IIR4b+gCdIdkK+p+1i/dfeEWh1x5EbkoVcSy1NkVAWeiHB3QZIAUN+OlJ0Tzitxa1dRaHQsG+ciP0DxzxXeRSs7o6hl/b5VCaGFXll5+JuLqWm5NlQ9Q4DTIb8oT32isRrTE8s0XKPI5E9P2AVEUnUOZr1V9Jc+RhINicHyYkYrMzVoJZ0Dqd43++uWUE06ubVQnhpRJocHktEY+l2ao765aFWuC8iBaekz240KVBfj6nnGKkUxikgTrJ9AkjNK+cEN3z5XI85y/ghXvDTDldENOHGtGQcRPXNqaWnSVWhBYQVM+GQ1MRE+YInXoYF5HigElwCmAET/3ZybDE0LdYjOj/nD6Mzs54Q2q2kkaerY0u7e0i/1KoxAFycPcT5ljpVD/DHBUH+Azaba3TR4AavUxkZHbrLvdU0ipmsYKWgM6yK4tNrwScJfehbJirWxfvwqnGAnwipWx/yLR7jN8XmiSBJjuohnOZrsfxU86ebTVGzc7FTAPJMKwGSeOpPobq6h5LiuLcBR0flbUebK4iCRXwC9SHQ81GSCKq3ivWkDRQe+lL77Kh7AjSvdbqqXzvjyAPHVgaO3J+GK+GlL0mdk3LiJ3yXvGHhzYH/9GIJf4dBob1Blz9UOApJCYyn0j1J3vAeSioqkO6ISy9AEioAr505FsQq9P4MoVYertg2Hc8tNQ3Km3SJxY6yhRIIvBZ4E/KjnyIrHnxTrkrgUkB0iOXiyUW4I74XSwmCHZs9RwiwpLHiY7ubqEoB1ArhvUDUIwBdiiZVJjEkH+TcUXTNRDbe+CQS23baecod8BBo8U8DJZbLTxayKfUzVwxQNV4LoKxQd0nqMiekPzpp0IL5+e/URCPlX6WIHjPC/Kb2TesZKeg9IJ2l8eb7oWNU/VYDny8nQ6tfQZjnsJHssypsnecFUru0/Vs7V5CNhidM85KW92VW+fNjzlK7dyMXIH/Z75EFcLqrydNkB8cyrxD+oAoiEIlE939T+5BEzrNMe4GKElceljY0yjkKjY03yInKc2sj6BW6KLf2QtiAvduZZ3bYccyXFx8WaYAf8x5VsoR3uVg6KEOkCXkIy1pLe6LYP709ko2Te1lKc8jDqRagXYI8bv3wHxr7xOKugbe1F6TIKlm/Ef1ziyLuNRSJyPRlqJ/FznmR0L7E23fGiAs0VPwYv+tmLPgNRFDqIt5OtRf99m8hTiX5ep5IrSJkibIVHCvDnQhD9QunOsiNfZLmXfmzGNiY7FvBWmltOdrZlMBvlcPGSn5YNDaJkCPxJeyh6iZZd0m1xZu8U7JZLbntFKh393GlVd4XcGW4KT5zHN75/W6T/qlkCh/0f9c41XEexkJUlbt3QT3bJc3fPyXeFMvMwFq77VBWtuq8SuQ2UG0nBFaaX1o99d/355vMH+R/qf7gulk/IKx528xvGThb/xgO9S4Ryc3RvaaFJvA45fGPmFDEp8+ohouoCULUoyLh/u1kcfGVOqZ5SHcFyGMH8Jv4aUWgFK/E5NFncx0cd24SCfvJjZLeDI5pydeKCmhNLtq8g0zFhmaK1z4nvFayu4EoyQiK+3V3Jkm9S6JbMmgw0TKKYaDiG0g70bUfNwo/eUCWVlu/	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:02.256024+00
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	v1:Aahn+7PqHUFFkSPpm8KkA+Ay7VDaS/xkhAFOBf7s2c0CrD7b/S53P+KKGmBR9G5rAbWoLnODE/LdNe10dbAv	v1:Aahn+7PMLy9vJBXzilyZBTeoo7P0S6dI2KftuxnDeiK81p61VlTxSDRJzGJv3U3ssHp2q75GeIkzX+12lHJfgD+M9/s169/qZ8se6eLI8Qmkf37kd3AWfuYsgJEv995mrHG5Hk4hs7jzZgYrfW/QNBCk0YHzheJ+Hp5SDq+UtOXcv2Gum8+tcJ9u8mQiZIYdO5yqINSzvSnzpK3Uz65TCDaCpvS9qd4Uy9ebR4/jyI2s4+ZYVImvERVdf2rE0BG/i+pwYMq+JtU1Kv392yNMAhC+jvN8FagRpn86yWRVPJEcIihtCaRig9vAN0ouGT8OcTVLsUgLsCHSeuSp33yxSsux4223AjWzaTnKE/vqS3v73zo8NqMDx/QFgxUFOeLHsktL3XwC1XWewQFE22nkNYIuWADO/q/q259UfplNX/6HmLvJkR7oxAFVpi9Okktqkp4tR1+UsScKfoTm8rLtT+RXyqNDQho4	text-classification	1	2	600	10	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:13:59.880753+00	\N	ACTIVE	\N	\N	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-88cf-73be-9afc-20b220f21289	v1:Aahn+7N6uQpcz+oxpnOjc3TbPsBOOAOgQitYhCK0fgaCIU6joHKsf8uJYYlW/qlTF6HJhq7bsWASmg==	v1:Aahn+7OLp/NsqrsJANJ19+9YdsAcHNhcQ7/17bnrurWQICYxcRxgGTtulZIjU7W3j96LB+y9cbdiRy9nqxWKkVYVGLDPnRJWOut7TbmEtYZvqPXcKarD8CVvnMbi2U3dNnxHt3DKP934aPZ+/JvmipKTp1wdQpL8cEv8i23zM15BxsKr1MMhjzvfLwxNfElbc/fjZEGSTfgmFt2IQLUDVW+nhjX6FCFFkTxAYVBTMAWqqWbeJtaqmkSCI41xwmsW3Ub9pUNxyLy3feqvINFxGaFUjEkb35k=	span-labeling	1	1	900	5	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:00.655855+00	\N	ACTIVE	\N	\N	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8a38-757c-a404-2c1e63a7abb5	v1:Aahn+7NuH9+jMQBiKXlokPg8qJIF7A/WD9+5L6VFKnA6LBQ3Zog+MTOfFScAXJr0NeY1gVjXAnJkBVKj7aE=	v1:Aahn+7NNCs4TWSw4RrEVPY9oELiTfBsngHkGATQBszw7E8fG2LwzqZgdR1xJ3kYL6Bl+S6FppYNpNl6JfBdylmNpdg4UTzpclq7x9niTdl05SAji+sQFcCIun3o0zKYjWl0h2HZIjBbcw3EPBrrl/lg5HFsqQP7uB/jpbdqitLdVM4Emqi+yiXGti2dHA1U/1deGgUU3cN0KLxYyKfO6562o4LrzJiLrMLc43RdhybP4ghcaM2Hl7xr5+i2DEjvMIebjtQtBEBjuosarhT0MoVd3dXCHozQ8eCHDalrZ0UHQOIDoJGd1SlBspuPWYb1GGoqb4tsV/oNlH6IrKs/ZE+fCIsK/aFbaSLaZeUXvKiSD/WX5f+Vu8LUjYLbENP1hSRoO4FxLYo2sE9OtS12pu9Fl5filnMtZRGGncxLYDFaAfEScKpQGCKb1M5/dFFBbICY9PH++4ppzxji4GOp3nJ6l75Dkfw==	response-comparison	1	1	900	5	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.017005+00	\N	ACTIVE	\N	\N	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8b5f-7ca1-ad52-95b69f9d0f08	v1:Aahn+7OM58e+6aCIvHyzxa97cmONl4fYAZ1D6pcN67dEB/HKWS+Y+XVhSVjaSU51kvdUgE+Baq4qwCph53Zy/RJi6og=	v1:Aahn+7MfbSNgRyte6CBEdBhvjcS/q/h2v1iHtVk6C1V4tIlFJzYTmIZjmZFKMoNVsojS1riFC2pdDfgDCM0FN0akjFIWie2cPRdDAsI5aBlXfSi5A+R7653MgVleSSKPuwvayjH96Wtsv1GuyMtF+uGci08uMA8EwUQ8yGoaSvJMZ7p5zA/jk0OEEaY3MM3eDK4B8QYJ11sy3siYrLlrH53UQ1I6S212D0kCZoz6etIiNtUDd6+HZnrhs/iEvcDl0eT8g1YporqlME6FocLBG0B7CEAltVTBE5Ry0LlhD7ceCBED/9yCT/jMq6S5rgxwxYQlKZdJxq97f4bpD5lBdh9y+rEXJTEjTTJ1zCR1/oVRrlq2rd9iBl+qdud5EAwBzP8aNNgsyfzWJGlNHYTaq/t6iFQDKkw=	demonstration	1	1	900	5	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.311303+00	\N	ACTIVE	\N	\N	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8bab-7cba-ad08-b5767a404d5f	v1:Aahn+7Paftcv9uX8M1fwXmcy4uSe91X1GXu+Sgbz0MQvSc5o7jOCj4vbrCR600zHC4FwdxaOJJNZ2Q==	v1:Aahn+7MwOWjEYv3mBQ7Ayr3NwuLpSAfPlmE3xCwhCNviqHRxJNf+YeIv1AAVw7Ic+YH1WiSllGQwv+5AextguA22G5jQnbp4ZiumpC5XuSmR57GjudAct9mBbrDge/w+s+gM27d2t0wJ52vqbweacAbrxiM1mq2pz2oRfbFIea+ETsSPXSvXZQ3LVgOoKnieuWqjN2pY0xM0hOzxmMHyY3VhDYjF97YAoDZ9ViCeCxey0GDt74iftooroRYJWuMA64U3Xp1W4gi93A7i1hXqJxlfsDdG0Me8GtWK0le2gdQzdb6L3hQkjjCDfLGf7DfEt5zY+I0+	conversation-rating	1	1	900	5	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.387779+00	\N	ACTIVE	\N	\N	1
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-8c15-7c1e-ac7d-60b4e35f9dc0	v1:Aahn+7MxLd7g54NNJsa8VzgUcIxBlAw1LAVAq71Vd664x1u2n6JPZWv64ZuUZZrr89Cl3/4kL7uh8vd7o4GvR1sE	v1:Aahn+7MSIF8fq0PtrPdlJZlnl46TFYo5VQQqglMemR9mE888T8Y552JIgpGC0w3VegFjSmsoisNhniOCLuDAvsQAH43cKjlVjq8zeqzSaL/TJ6210gURJbH/chIzSMgf6uPH2svfjINzHm9xBfW9z1AR1SlAUrJFVhp9jj7LJMW9+/NED25Ky12ZJuiclyoqEJiquK05sbfCFurbepFOXO380H9Ydl7gnq4P07YjttRmHGSEB88JlFdTtL4TGhvKRhCw57LaCnqqKx/AqF9X30hCZCbOfrYuUKfTUtWCXeuEiMDoFkUcHKHsBEc3oCDJg1PKGdJINEhDEUiqzn6enzpdm27y9P36tFK4kGozQVCjaJN18K3ax/xO3O6m++8cdy2c97VyADSCXvuSX30=	image-boxes	1	1	900	5	01a24e47-7e83-7e85-9804-f74604f8980a	2026-12-07 02:14:01.493198+00	\N	ACTIVE	\N	\N	1
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c0f2-7e10-8c39-1ec3f337e3b9	01a24e47-a7fc-74f1-bfae-0dbc1faa584a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-a7cd-7d5f-bfab-1c440e7a573a	01a24e47-7f85-7363-8669-7536b3602020	REVIEW	ACCEPT	1	v1:Aahn+7MNQkmsI747vOQlH7jNQ/cO8mMLqV63tYy1V+NIzNSIb6KACxNN/inujrmj22ikpRod/dKpEe3nwnq9X4fiiBUyoO9CVg9p5Fhae4P3SpQ/qnx26qUEpE8=	2026-12-07 02:14:15.011636+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c794-701e-8a3c-d50cd182e8fc	01a24e47-a8cf-7197-aee5-c8af4d10213e	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-a8b1-7258-84f0-7dd5a0832577	01a24e47-7f85-7363-8669-7536b3602020	REVIEW	REJECT	1	v1:Aahn+7OKyqx8z05ViKST3gBocc1pEnn7U45UAqCfG0SV6yIo0SehZT3EZWBI8s6K4k4poQcOF9XmIbXi6IJio6h274aZJ6/msHtfK1rnDO6QLLxjQRL0KuuP2d0=	2026-12-07 02:14:16.723027+00
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-cf16-7076-bad2-b974f1278442	01a24e47-a9ab-7dc2-99a9-3ec71d2b8b33	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-a98e-726c-a36e-12c03de5b6c9	01a24e47-7f85-7363-8669-7536b3602020	REVIEW	ACCEPT	1	v1:Aahn+7PfPALIihYyGwiG/u3IYXGeZ+YO/k91mE94/kC/6HnLsdsKEWUuHzkLtu2aIFzZFEtXD6bw+mN2Oso13Mbkno8U8TC0QuO1HUvomz1MQD5qwM7O2Bil4E4=	2026-12-07 02:14:18.63906+00
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-85c8-7290-9d31-908f3236c08f	REVIEW	100	10	0	f	f	3	2026-12-07 02:14:05.985515+00
\.


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.reviews (tenant_id, id, project_id, item_id, annotation_id, annotator_id, annotator_org_id, stage, reason, state, reviewer_id, fencing_token, lease_expires_at, created_at, decided_at, round, rework) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-aa9e-7b37-825f-b0c82245d423	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-aa67-74b1-a938-5cdbe73458ad	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:09.238097+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ab50-70a7-a04b-06fa5f6b1946	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-ab3d-7a5a-b80d-465cdd6e4bb0	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:09.467621+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-af4f-74d2-98f2-14dfdb7ba2fc	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-af29-7a10-a273-8d031bcce6a4	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:10.470726+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-afff-7dee-9c58-3fbf74b9f12f	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-afe4-77a6-b959-91ebcda733c0	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:10.653618+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b0cd-7122-ae0c-25aea1539e17	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-b0b4-7de7-b551-2b8f502be8d2	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:10.865071+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b20f-77df-b842-405eab2b220e	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2e	01a24e47-b1c1-7a69-9dc4-107cb5a69ae1	01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:11.128759+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b729-798c-ae72-9d4989afd1ec	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-8819-7fde-8ea9-bee3e6147d2f	01a24e47-b716-7d20-b657-ee7c1edd8d9d	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:12.496116+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b902-7bea-b0e2-ab7dfb3cf8e8	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6dd	01a24e47-b8ce-773e-bdb3-d5058757b0b1	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:12.93762+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bac2-7b01-bb12-449e017629b8	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-881a-7c6b-bc21-ebf5666bf6de	01a24e47-ba8f-7c97-b3ed-e3addf26f24a	01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	REVIEW	SHARE	WAITING	\N	0	\N	2026-12-07 02:14:13.358934+00	\N	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a7fc-74f1-bfae-0dbc1faa584a	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-87f5-79c8-8f64-352cbfec4e75	01a24e47-a7cd-7d5f-bfab-1c440e7a573a	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	ACCEPTED	01a24e47-7f85-7363-8669-7536b3602020	1	2026-12-07 02:24:14.104638+00	2026-12-07 02:14:08.583024+00	2026-12-07 02:14:15.011636+00	1	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a8cf-7197-aee5-c8af4d10213e	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880e-7c55-b1af-fc63d9180774	01a24e47-a8b1-7258-84f0-7dd5a0832577	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	REJECTED	01a24e47-7f85-7363-8669-7536b3602020	1	2026-12-07 02:24:15.647099+00	2026-12-07 02:14:08.815884+00	2026-12-07 02:14:16.723027+00	1	OPEN
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a9ab-7dc2-99a9-3ec71d2b8b33	01a24e47-85c8-7290-9d31-908f3236c08f	01a24e47-880f-7242-9331-5f73ed671ace	01a24e47-a98e-726c-a36e-12c03de5b6c9	01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	REVIEW	SHARE	ACCEPTED	01a24e47-7f85-7363-8669-7536b3602020	1	2026-12-07 02:24:17.448897+00	2026-12-07 02:14:09.03614+00	2026-12-07 02:14:18.63906+00	1	\N
\.


--
-- Data for Name: spring_session; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name) FROM stdin;
336f28d5-c1e3-4e7e-8e54-867821e547ea	af50766b-8858-4ed9-b572-0b4a547e8579	1796609643370	1796609644017	28800	1796638444017	manager@helios.example
992e7aef-ef87-4412-b2d1-fa2384b8a9db	01495168-acb2-48ba-a0d9-1acad275376b	1796609645558	1796609645820	28800	1796638445820	admin@helios.example
24a997aa-5765-407c-90d8-2e0bfa966ca6	4ff2743b-c49b-43ab-b3a6-7d12036cfea1	1796609647527	1796609647735	28800	1796638447735	annotator@northwind.example
c2fde743-ed4e-4781-9555-1337651313b0	fbc80a52-5dbb-4516-bd58-3324fb0dfb3f	1796609649951	1796609650201	28800	1796638450201	annotator2@northwind.example
74a38932-a9ba-466e-95e8-44aad4925662	a8bb0999-7476-49bc-a20e-c57de1f63251	1796609652042	1796609652194	28800	1796638452194	annotator@helios.example
8080023e-96f5-44cf-853c-d2d5c8fde081	a8c353ae-7329-492a-8b39-e5c4f7b59fd3	1796609653868	1796609653991	28800	1796638453991	reviewer@helios.example
56820ea2-9e94-46c9-8808-957aa5c71460	c74936d4-c6b8-4752-bd8a-f89ace92862c	1796609664825	1796609665042	28800	1796638465042	admin@helios.example
9ea6f3a4-f36b-4591-93e0-26a293408eee	59ad7ac0-a887-4fc6-8ee8-7dd4987e2fa4	1796609666251	1796609666963	28800	1796638466963	admin@northwind.example
6e099e25-7287-40c4-aa14-ab57dc663808	11d48fd7-6a74-49c2-a6c6-4d373f8d314b	1796609668735	1796609669460	28800	1796638469460	operator@annota.local
\.


--
-- Data for Name: spring_session_attributes; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) FROM stdin;
336f28d5-c1e3-4e7e-8e54-867821e547ea	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000c524f4c455f4d414e414745527371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16166b14c27ed6787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000c4d696c6f204d616e616765727400166d616e616765724068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709804f74604f8980a01a24e477e837e857371007e0027876f03c54bf434f101a24e477d0d7dec7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b7400074d414e4147455278
992e7aef-ef87-4412-b2d1-fa2384b8a9db	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16166d1babfdc4787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a48616e612041646d696e74001461646d696e4068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709b6bba8ac7910aa601a24e477d2370d87371007e0027876f03c54bf434f101a24e477d0d7dec7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
24a997aa-5765-407c-90d8-2e0bfa966ca6	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16166f1d3f8153787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d416e6120416e6e6f7461746f7274001b616e6e6f7461746f72406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870bffe433963febf1d01a24e4784b376d57371007e002797e4e10eb4a0a42701a24e4781f77b537e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
c2fde743-ed4e-4781-9555-1337651313b0	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16167135806957787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d42656e20416e6e6f7461746f7274001c616e6e6f7461746f7232406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709c17d80678bec88301a24e47853a76747371007e002797e4e10eb4a0a42701a24e4781f77b537e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
74a38932-a9ba-466e-95e8-44aad4925662	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000e524f4c455f414e4e4f5441544f527371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16167400da6b0a787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d41726920416e6e6f7461746f72740018616e6e6f7461746f724068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f737453696742697473787082876a763f34e93001a24e4780d77b9b7371007e0027876f03c54bf434f101a24e477d0d7dec7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740009414e4e4f5441544f5278
8080023e-96f5-44cf-853c-d2d5c8fde081	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000d524f4c455f52455649455745527371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b16167532cf252d787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d5269746120526576696577657274001772657669657765724068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f737453696742697473787086697536b360202001a24e477f8573637371007e0027876f03c54bf434f101a24e477d0d7dec7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b740008524556494557455278
56820ea2-9e94-46c9-8808-957aa5c71460	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f435553544f4d4552737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1616802f8841df787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a48616e612041646d696e74001461646d696e4068656c696f732e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709b6bba8ac7910aa601a24e477d2370d87371007e0027876f03c54bf434f101a24e477d0d7dec7e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740008435553544f4d4552737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
9ea6f3a4-f36b-4591-93e0-26a293408eee	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000d4f52475f574f524b464f524345737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1616820b3f67a7787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000a4e6f72612041646d696e74001761646d696e406e6f72746877696e642e6578616d706c657372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f73745369674269747378709951ccd7862f29d401a24e47821f75c37371007e002797e4e10eb4a0a42701a24e4781f77b537e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009574f524b464f524345737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
6e099e25-7287-40c4-aa14-ab57dc663808	SPRING_SECURITY_CONTEXT	\\xaced00057372003d6f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e636f6e746578742e5365637572697479436f6e74657874496d706c000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f6f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e557365726e616d6550617373776f726441757468656e7469636174696f6e546f6b656e000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787200476f72672e737072696e676672616d65776f726b2e73656375726974792e61757468656e7469636174696f6e2e416273747261637441757468656e7469636174696f6e546f6b656ed3aa287e6e47640e0200035a000d61757468656e746963617465644c000b617574686f7269746965737400164c6a6176612f7574696c2f436f6c6c656374696f6e3b4c000764657461696c7371007e0004787001737200266a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c654c697374fc0f2531b5ec8e100200014c00046c6973747400104c6a6176612f7574696c2f4c6973743b7872002c6a6176612e7574696c2e436f6c6c656374696f6e7324556e6d6f6469666961626c65436f6c6c656374696f6e19420080cb5ef71e0200014c00016371007e00067870737200136a6176612e7574696c2e41727261794c6973747881d21d99c7619d03000149000473697a65787000000003770400000003737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e53696d706c654772616e746564417574686f72697479000000000000026c0200014c0004726f6c657400124c6a6176612f6c616e672f537472696e673b787074000a524f4c455f41444d494e7371007e000e74000c4f52475f4f50455241544f52737200426f72672e737072696e676672616d65776f726b2e73656375726974792e636f72652e617574686f726974792e466163746f724772616e746564417574686f726974791bba5be8bc9c1c100200024c0009617574686f7269747971007e000f4c000869737375656441747400134c6a6176612f74696d652f496e7374616e743b787074000f464143544f525f50415353574f52447372000d6a6176612e74696d652e536572955d84ba1b2248b20c00007870770d02000000006b1616842743b3ba787871007e000d737200486f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e61757468656e7469636174696f6e2e57656241757468656e7469636174696f6e44657461696c73000000000000026c0200024c000d72656d6f74654164647265737371007e000f4c000973657373696f6e496471007e000f78707400093132372e302e302e317070737200246465762e616e6e6f74612e6964656e746974792e696e7465726e616c2e4163636f756e74b86bb5f258ccb1720200045a0007656e61626c65645a00066c6f636b65644c000c70617373776f72644861736871007e000f4c0004757365727400214c6465762f616e6e6f74612f6964656e746974792f43757272656e74557365723b78700100707372001f6465762e616e6e6f74612e6964656e746974792e43757272656e745573657200000000000000000200064c000b646973706c61794e616d6571007e000f4c0005656d61696c71007e000f4c000269647400104c6a6176612f7574696c2f555549443b4c00056f7267496471007e00214c00076f72674b696e647400254c6465762f616e6e6f74612f74656e616e63792f4f7267616e697a6174696f6e4b696e643b4c0005726f6c657374000f4c6a6176612f7574696c2f5365743b787074000d4f6c6761204f70657261746f727400156f70657261746f7240616e6e6f74612e6c6f63616c7372000e6a6176612e7574696c2e55554944bc9903f7986d852f0200024a000c6c65617374536967426974734a000b6d6f7374536967426974737870825e73e16740173001a24e47761a78617371007e0027a5ea5924ea5a3c7101a24e4774b37c317e7200236465762e616e6e6f74612e74656e616e63792e4f7267616e697a6174696f6e4b696e6400000000000000001200007872000e6a6176612e6c616e672e456e756d000000000000000012000078707400084f50455241544f52737200116a6176612e7574696c2e436f6c6c536572578eabb63a1ba8110300014900037461677870000000027704000000017e7200186465762e616e6e6f74612e6964656e746974792e526f6c6500000000000000001200007871007e002b74000541444d494e78
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	{"encryptedKeyset":"AaB4x2SWKZIr+teSk5EHr3f6NBTlD4VO1iADWdLLyHKPNAVX64y9akaBnZqm0fe/avB1U+R5ItKAVS/wCNdPya7bORvQP0G1VB9VjQg2CK12bfVQUL9Nug+txnrfezf1xeJOHWQnXDcU2JkRxAeBHH1nGJNKDFJBjBCfb24QHeCdx85QeIKaSqmYLczX0OqabtAwW617bGpjisI6ESvIh5KRec7FFPJz9sxjWuXqxRkTkKODnW3nAowuGB6QikjgWcYC9TE11xKlDH3ekctLSRVaOh9MlOmT0FmJG4FNcV8nY2ujClRPjmWXPHmOtVmXiL1y","keysetInfo":{"primaryKeyId":2825386931,"keyInfo":[{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","status":"ENABLED","keyId":1838451609,"outputPrefixType":"TINK"},{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","status":"ENABLED","keyId":2825386931,"outputPrefixType":"TINK"}]}}\n	tenant-key	2	2825386931	2	2026-12-07 02:14:00.081501+00	2026-12-07 02:14:20.45222+00	\N	\N	{"encryptedKeyset":"AaB4x2TXrd2F5AXHFtfRJnaqkkN6Er0+PFNEeVcYd3xlUoutyqVs9jEGsu0+U/GfD0Us+fP8U2WyXt8Tekoih6fvmQcWhvY5+QYmsXV4NCH6WvDq0fJQffTtWzJSkCId0OrjInWVaEY3L85WsGaWy3k1EFco5DGMOhdoLJYkG4RayMeCQ4m2Dyvwd5QruNYG+BTOD69JCG3yODRHCPbPIYc+aQMb9KsHyow3wJyo","keysetInfo":{"primaryKeyId":2814136430,"keyInfo":[{"typeUrl":"type.googleapis.com/google.crypto.tink.AesSivKey","status":"ENABLED","keyId":2814136430,"outputPrefixType":"TINK"}]}}\n
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.users (id, org_id, email, display_name, password_hash, roles, enabled, failed_logins, locked_until, created_at) FROM stdin;
01a24e47-761a-7861-825e-73e167401730	01a24e47-74b3-7c31-a5ea-5924ea5a3c71	operator@annota.local	Olga Operator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$ZPTn1bCCrRpJhGybLEG5ww$sU7vVuUMsGlxUMMApsKVfzDkRMib2iondTHVIjn6kIM	ADMIN	t	0	\N	2026-12-07 02:13:55.866287+00
01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	01a24e47-7d0d-7dec-876f-03c54bf434f1	admin@helios.example	Hana Admin	{argon2}$argon2id$v=19$m=16384,t=2,p=1$GtNwNNJCKWSWbst+wrZSiw$F5dxApn72514WZz92KweQVtJE5ew7m+oiDfNxG1yZHs	ADMIN	t	0	\N	2026-12-07 02:13:57.667673+00
01a24e47-7e83-7e85-9804-f74604f8980a	01a24e47-7d0d-7dec-876f-03c54bf434f1	manager@helios.example	Milo Manager	{argon2}$argon2id$v=19$m=16384,t=2,p=1$N5BaywMgMiPIz0ywKdGJbQ$mQ6I2nYW88WNFiyoQ/3Nr2QhfcDLmwKVMKBwo7MjfhY	MANAGER	t	0	\N	2026-12-07 02:13:58.019179+00
01a24e47-7f85-7363-8669-7536b3602020	01a24e47-7d0d-7dec-876f-03c54bf434f1	reviewer@helios.example	Rita Reviewer	{argon2}$argon2id$v=19$m=16384,t=2,p=1$62uxNoWGZ16cAhy26/QPBQ$ARlENL7KH/Nw+kK+kh+l6VkRQ5yNzTAFuYNMpmvHW2g	REVIEWER	t	0	\N	2026-12-07 02:13:58.277138+00
01a24e47-80d7-7b9b-8287-6a763f34e930	01a24e47-7d0d-7dec-876f-03c54bf434f1	annotator@helios.example	Ari Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$2mlB5K23GOd/h6EsgMdizQ$ERJ28F8bGNxUKcHzQ47QZdlN1ltzxpq+V28cqML+gLo	ANNOTATOR	t	0	\N	2026-12-07 02:13:58.615203+00
01a24e47-821f-75c3-9951-ccd7862f29d4	01a24e47-81f7-7b53-97e4-e10eb4a0a427	admin@northwind.example	Nora Admin	{argon2}$argon2id$v=19$m=16384,t=2,p=1$chmAkzDnoEd7P+o2cPNcLg$warPXNUjF03ooNMuksKiPUJ/ujPl0AsAKzPWAX9U5fo	ADMIN	t	0	\N	2026-12-07 02:13:58.943211+00
01a24e47-82e7-709f-bb32-1386958cb275	01a24e47-81f7-7b53-97e4-e10eb4a0a427	manager@northwind.example	Ned Manager	{argon2}$argon2id$v=19$m=16384,t=2,p=1$k1Cbf7fD6kGnxfhoJUneQQ$ltnkaAyRGqmT5FTNcxqnxm14fMnWXL2GcPw4+/Vp1k4	MANAGER	t	0	\N	2026-12-07 02:13:59.14389+00
01a24e47-83cf-7cde-8707-cce25e830907	01a24e47-81f7-7b53-97e4-e10eb4a0a427	reviewer@northwind.example	Rosa Reviewer	{argon2}$argon2id$v=19$m=16384,t=2,p=1$OvnsCQeu2Bdu216DiP9qhw$t5n2e/oXYl/h2Tt/WPb0hf4wgUzGoCAj/gFietT1Nq0	REVIEWER	t	0	\N	2026-12-07 02:13:59.376029+00
01a24e47-84b3-76d5-bffe-433963febf1d	01a24e47-81f7-7b53-97e4-e10eb4a0a427	annotator@northwind.example	Ana Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$NW8LvhvTCfG69GgEHfudnA$61KFYfXjjA/MJWoMbivU6U30qKTb+/Q6zUdqTLzEsn4	ANNOTATOR	t	0	\N	2026-12-07 02:13:59.60344+00
01a24e47-853a-7674-9c17-d80678bec883	01a24e47-81f7-7b53-97e4-e10eb4a0a427	annotator2@northwind.example	Ben Annotator	{argon2}$argon2id$v=19$m=16384,t=2,p=1$91IghEwc+WfsaMavft5xDQ$QLSmPtYc5x3F5faqWWD9wOYih5NtB83Lyh7tKk+slgY	ANNOTATOR	t	0	\N	2026-12-07 02:13:59.739065+00
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
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a748-7ca3-b91c-dab646d0af5e	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-a4b8-7ff3-8654-63c24e517044	16	2026-12-07 02:14:08.453072+00	\N	ConnectException	496
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a993-76e9-9f8e-e0cb1fdd7336	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-a94a-747f-ac99-b02dcae7043f	18	2026-12-07 02:14:09.03894+00	\N	ConnectException	3
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-adb9-771e-abfd-ce3f5ca52c42	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-ad96-7238-85af-00eefd27c0a1	22	2026-12-07 02:14:10.104914+00	\N	ConnectException	2
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b373-7c18-bd0e-3ec99d1bd26c	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-b242-7dfe-bb9e-5a7117d82197	26	2026-12-07 02:14:11.570884+00	\N	ConnectException	66
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b8d8-77f2-a518-b46cbb2cf13b	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-b7d2-7524-bcdc-9b9954a4caa9	29	2026-12-07 02:14:12.952045+00	\N	ConnectException	27
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bd2d-72d6-9a10-b54e18fd82f4	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-bca2-759f-a2b2-71e1c24345cd	32	2026-12-07 02:14:14.054024+00	\N	ConnectException	21
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c296-7d5f-ab35-5ce80b978f1b	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-c1ab-7bf6-9fc0-02b52c3f75af	34	2026-12-07 02:14:15.445099+00	\N	ConnectException	27
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c7b1-7222-89f6-4effdf222a94	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-c6a0-708a-9f08-3eb303db45e7	35	2026-12-07 02:14:16.749183+00	\N	ConnectException	24
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-cd8a-7020-8bd3-a775c728f5ba	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-cc5a-7068-aa86-f883291514da	36	2026-12-07 02:14:18.243472+00	\N	ConnectException	203
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-db3d-73b9-addb-b796489cd314	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-d9dc-733a-9b49-824b023983da	37	2026-12-07 02:14:21.751346+00	\N	ConnectException	28
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-df3a-7e1e-b975-69f28f4083f3	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-de79-758f-af25-fedaa5010b2b	38	2026-12-07 02:14:22.762726+00	\N	ConnectException	2
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-e9f7-7798-9038-86b5c87cf3fe	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-e9af-7fd6-a5d1-e974983c4102	39	2026-12-07 02:14:25.525066+00	\N	ConnectException	6
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-fb13-7276-b90d-73a4944f855a	01a24e47-a0c4-779f-b7cf-df5a7e86d909	01a24e47-ad96-7238-85af-00eefd27c0a1	22	2026-12-07 02:14:29.906804+00	\N	ConnectException	5
\.


--
-- Data for Name: witness_deliveries; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witness_deliveries (tenant_id, id, witness_id, tree_size, note, state, attempts, created_at, next_attempt_at, finished_at) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a4b8-7ff3-8654-63c24e517044	01a24e47-a0c4-779f-b7cf-df5a7e86d909	16	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n16\nbkc3cy1WeNbstM7sdsqvq6YBL9RdcWyg3a8EzcuijFc=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euJcAMvszwCuRCy+tt56bQnsgGWoczF7xJcCAc7D0UQp83twaIZ99j7h9AKTUoyTUoQ1j1myiMQe7xnwmbFSfxAc=\n	PENDING	1	2026-12-07 02:14:07.707181+00	2026-12-07 02:14:29.972072+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a94a-747f-ac99-b02dcae7043f	01a24e47-a0c4-779f-b7cf-df5a7e86d909	18	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n18\nbdJc18Zcn9uHpLn4+BJUN+CxktbkwvTLWFRS65Vq7j4=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euFbUuFe8dKtRseZwDAoukWC6jUWMNaA8R3I+5P7OG2DXWTa9Wi6l9YQEOel2WGBkDfsf7EnKSHwdVsCKJLQOcQA=\n	PENDING	1	2026-12-07 02:14:08.908412+00	2026-12-07 02:14:31.41694+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b242-7dfe-bb9e-5a7117d82197	01a24e47-a0c4-779f-b7cf-df5a7e86d909	26	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n26\nBUK5c/JNlQw2GqxYwmZ6Jvhn2sv9SnfqmyaVwc5EmVo=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euPLgi7vN2PIKMSdxuAsRdNugpEWCIDqld4ruKYuwL9xbXSq0soETLgKB1eGKsJYoYhA6j8V/2VFsVh3bl8d+FAE=\n	PENDING	1	2026-12-07 02:14:11.129793+00	2026-12-07 02:14:30.377884+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-b7d2-7524-bcdc-9b9954a4caa9	01a24e47-a0c4-779f-b7cf-df5a7e86d909	29	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n29\nwsDcn7IYpwE9DyWW2h+pvZFoiKvxSnPoyVFFutglT4Y=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euNYvAkxmQSJCIVMc6McdvcIvjLipOZfX79Nvi1YDuaI5egmaH3iNT6jmp2eB/jfuCf5zh46ie4rRIU1WjoIxNAY=\n	PENDING	1	2026-12-07 02:14:12.586909+00	2026-12-07 02:14:33.688045+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-bca2-759f-a2b2-71e1c24345cd	01a24e47-a0c4-779f-b7cf-df5a7e86d909	32	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n32\nZHjeoz8pBDaJY5u5E0G5pX9CyOiOmhW8DnQ1TfzZceU=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euNm3K3fjSP1C8P9VVgTKUnX/JksuUDbrJALiqHrhMlQg7Iph2CdWz4a0F4RHVYhyAl2+xG5deHpCB64NcEktkQ0=\n	PENDING	1	2026-12-07 02:14:13.865984+00	2026-12-07 02:14:35.416024+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c1ab-7bf6-9fc0-02b52c3f75af	01a24e47-a0c4-779f-b7cf-df5a7e86d909	34	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n34\nJc8AhMdHOWnbuPynoKa5EuzebBsctF48+FjP9YvMWnE=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euKgRb6I/toPyJjAPrwm2DOtuT9R/c3dU06oaTAVQl7gjACA/v0yp1bAw0QDZZ6KfKcxlPhbuCLDk4/GYQJkckAM=\n	PENDING	1	2026-12-07 02:14:15.041327+00	2026-12-07 02:14:30.449099+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-c6a0-708a-9f08-3eb303db45e7	01a24e47-a0c4-779f-b7cf-df5a7e86d909	35	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n35\nXgxPJYVC964U6KqyAR0CWWtoDZ1+cylvCmMoChA0lDI=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euAc15MfoO9lqACd0oeg8YMCjhJHHfeJN76eYXhlLt7PSuAxcPtoCO3hU0xa0nPXqHN32HZwJmERlTT2hslbloQU=\n	PENDING	1	2026-12-07 02:14:16.31092+00	2026-12-07 02:14:32.220183+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-cc5a-7068-aa86-f883291514da	01a24e47-a0c4-779f-b7cf-df5a7e86d909	36	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n36\nGDC9MZZUWcbPhDVFHNz0NSx2UaIB7r7sfS96+0+5cIc=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euA0Fe9T98zwGqBYLQ+K7V3EBISaDGAQnRfUbbinqgEYmSiD6i37UispgNVAJrbmZF5tv9hW4ZXe1E9xd4rC73A8=\n	PENDING	1	2026-12-07 02:14:17.693664+00	2026-12-07 02:14:46.880472+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-d9dc-733a-9b49-824b023983da	01a24e47-a0c4-779f-b7cf-df5a7e86d909	37	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n37\nrAe8rdCzS687SyFfH8fjsYRZxMmeQNtXYj3aSuE6mA0=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euHPYy53xcZfXb1L92kcCMp/k6k/ym8cf4WNRAB/SAuL5DYO4lJQcEhtVbMtkXIaQ3HmKs4tg7WQPLsd6cCZiewY=\n	PENDING	1	2026-12-07 02:14:21.16718+00	2026-12-07 02:14:37.184346+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-de79-758f-af25-fedaa5010b2b	01a24e47-a0c4-779f-b7cf-df5a7e86d909	38	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n38\nT3Dw//fw2ZAFjFHK86Elvr4oto0yAPO/KdxIZZEVQiU=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euIg4u57n9qoG7GAd9J72ps/DUGMHcxh7bnTiTCNOwC5nLatbABp8pn8xnFSoH1D1CKqmeNvnjmsSy7tDxTxUjAg=\n	PENDING	1	2026-12-07 02:14:22.509119+00	2026-12-07 02:14:40.376726+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-e9af-7fd6-a5d1-e974983c4102	01a24e47-a0c4-779f-b7cf-df5a7e86d909	39	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n39\nUUPWTUFcBZNIFy7dyhCDx5eCWyO1b16Xq4Vxrdu+3T8=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euLjp8Jso2Rsy6LLjUb1mLa+c7eUL/vc7HZZx/Ijg0mcqGZN6lQBr/LHjnuIaF2gdo3Vf1p5BsK34SYPrPUmcqgI=\n	PENDING	1	2026-12-07 02:14:25.416153+00	2026-12-07 02:14:48.535066+00	\N
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-ad96-7238-85af-00eefd27c0a1	01a24e47-a0c4-779f-b7cf-df5a7e86d909	22	annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1\n22\n7ZtfX6rJzwIt5xmde5aoKxjlvx5x0LFPIkmerTJbuis=\n\n— annota.local/audit/01a24e47-7d0d-7dec-876f-03c54bf434f1 yo6euMCSU4tQ9cf0RZrnWq2fqeEaZEbPHTTRJuQmj3a+dBDJ3UlUGqzxzVR3puYPka+YQ4K8auzejaqS49t+YbDaXAs=\n	PENDING	2	2026-12-07 02:14:10.052552+00	2026-12-07 02:15:09.633804+00	\N
\.


--
-- Data for Name: witness_due; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witness_due (delivery_id, tenant_id, due_at) FROM stdin;
01a24e47-a4b8-7ff3-8654-63c24e517044	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:29.972072+00
01a24e47-a94a-747f-ac99-b02dcae7043f	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:31.41694+00
01a24e47-b242-7dfe-bb9e-5a7117d82197	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:30.377884+00
01a24e47-b7d2-7524-bcdc-9b9954a4caa9	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:33.688045+00
01a24e47-bca2-759f-a2b2-71e1c24345cd	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:35.416024+00
01a24e47-c1ab-7bf6-9fc0-02b52c3f75af	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:30.449099+00
01a24e47-c6a0-708a-9f08-3eb303db45e7	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:32.220183+00
01a24e47-cc5a-7068-aa86-f883291514da	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:46.880472+00
01a24e47-d9dc-733a-9b49-824b023983da	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:37.184346+00
01a24e47-de79-758f-af25-fedaa5010b2b	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:40.376726+00
01a24e47-e9af-7fd6-a5d1-e974983c4102	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:14:48.535066+00
01a24e47-ad96-7238-85af-00eefd27c0a1	01a24e47-7d0d-7dec-876f-03c54bf434f1	2026-12-07 02:15:09.633804+00
\.


--
-- Data for Name: witnesses; Type: TABLE DATA; Schema: public; Owner: annota_test_owner
--

COPY public.witnesses (tenant_id, id, url, secret, state, created_by, created_at, secret_rotated_at, disabled_at, disabled_reason) FROM stdin;
01a24e47-7d0d-7dec-876f-03c54bf434f1	01a24e47-a0c4-779f-b7cf-df5a7e86d909	http://127.0.0.1:9/witness	v1:Aahn+7OucMKKIAN5KbVX8Au6g6Nym8YV+KuPdLyipPz1jx/MjZ0xt22hZ75dSIVvGadwxVJuMIGvjjUPYXAJiURcwDlzPC+AWrQIELjAIBB4+mM=	ACTIVE	01a24e47-7d23-70d8-9b6b-ba8ac7910aa6	2026-12-07 02:14:06.788749+00	\N	\N	\N
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

\unrestrict OuqdInpomANSUDtL4t8Uh4QnzbDRNWVzsLJr05pIaNjYYq6YQaOaABGCjtlRBCm

