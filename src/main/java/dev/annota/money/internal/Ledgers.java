package dev.annota.money.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.money.Entry;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.MoneyChanged;
import dev.annota.money.Period;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reading the ledgers and posting manual entries. A lab's admins and managers read its contract ledger (a vendor's
 * annotators as pseudonyms) and their in-house pay ledger; a vendor's read their pay ledger and their entries in each
 * lab's contract ledger (never another vendor's); an annotator reads their own pay entries. Adjustments (with a reason)
 * and payouts are entries too, posted by the organization keeping the ledger, and published for the access log.
 */
@Component
record Ledgers(LedgerStore store, Rates rates, Organizations organizations, TenantScope tenants,
        ApplicationEventPublisher events, Clock clock) {

    /** An entry as shown: {@code person} is the annotator's id for their own organization, a pseudonym for a lab. */
    record EntryView(UUID id, Instant at, Ledger ledger, EntryKind kind, UUID vendorOrgId, UUID customerOrgId, String person,
                     UUID projectId, UUID annotationId, String amount, String currency, String rate, Long activeMillis,
                     String reason) {
    }

    /** The entries of a period, oldest first, with their sum per currency. */
    record Statement(Period period, List<EntryView> entries, Map<String, String> totals) {
    }

    record Manual(UUID vendorOrgId, UUID personId, UUID projectId, Money amount, String reason) {
    }

    /** The statement of one ledger: the contract ledger as a lab or a vendor sees it, or the caller's organization's pay ledger. */
    Statement of(CurrentUser caller, Ledger ledger, Period period) {
        return ledger == Ledger.CONTRACT ? contract(caller, period) : pay(caller, period);
    }

    /** Posts an adjustment or a payout to one ledger: a lab's to a vendor, or an organization's to one of its annotators. */
    EntryView post(CurrentUser caller, Ledger ledger, EntryKind kind, Manual m) {
        return ledger == Ledger.CONTRACT ? contractEntry(caller, kind, m) : payEntry(caller, kind, m);
    }

    private Statement contract(CurrentUser caller, Period period) {
        Rates.requireLead(caller);
        var views = new ArrayList<EntryView>();
        if (caller.orgKind() == OrganizationKind.CUSTOMER) {
            UUID lab = caller.orgId();
            tenants.read(lab, () -> store.entries(lab, Ledger.CONTRACT, null, null, period.start(), period.end()))
                    .forEach(e -> views.add(view(e, e.personId() == null ? null : Pseudonyms.of(lab, e.personId()))));
        } else {
            for (UUID lab : rates.labsOf(caller)) {
                tenants.read(lab, () -> store.entries(lab, Ledger.CONTRACT, caller.orgId(), null, period.start(), period.end()))
                        .forEach(e -> views.add(view(e, e.personId() == null ? null : e.personId().toString())));
            }
        }
        return statement(period, views);
    }

    private Statement pay(CurrentUser caller, Period period) {
        Rates.requireLead(caller);
        UUID org = caller.orgId();
        var views = tenants.read(org, () -> store.entries(org, Ledger.PAY, null, null, period.start(), period.end())).stream()
                .map(e -> view(e, e.personId() == null ? null : e.personId().toString())).toList();
        return statement(period, views);
    }

    /** The caller's own pay entries: what their organization owes them. */
    Statement earnings(CurrentUser caller, Period period) {
        if (caller.isOperator()) {
            throw new Forbidden("An operator earns nothing here.");
        }
        UUID org = caller.orgId();
        var views = tenants.read(org, () -> store.entries(org, Ledger.PAY, null, caller.id(), period.start(), period.end())).stream()
                .map(e -> view(e, e.personId().toString())).toList();
        return statement(period, views);
    }

    private EntryView contractEntry(CurrentUser caller, EntryKind kind, Manual m) {
        Rates.requireLab(caller);
        if (m.vendorOrgId() == null || organizations.find(m.vendorOrgId()).filter(o -> o.kind() == OrganizationKind.WORKFORCE).isEmpty()) {
            throw new Invalid("Invalid entry", "vendorOrgId names a workforce organization.").with("field", "vendorOrgId");
        }
        var e = manual(caller, Ledger.CONTRACT, kind, m.vendorOrgId(), caller.orgId(), null, m);
        return view(e, null);
    }

    private EntryView payEntry(CurrentUser caller, EntryKind kind, Manual m) {
        Rates.requireLead(caller);
        if (m.personId() == null) {
            throw new Invalid("Invalid entry", "personId names the annotator.").with("field", "personId");
        }
        rates.requireOwnPerson(caller, m.personId());
        var e = manual(caller, Ledger.PAY, kind, caller.orgId(), caller.orgId(), m.personId(), m);
        return view(e, m.personId().toString());
    }

    private Entry manual(CurrentUser caller, Ledger ledger, EntryKind kind, UUID vendor, UUID customer, UUID person, Manual m) {
        if (kind == EntryKind.PAYOUT && m.amount().amount().signum() <= 0) {
            throw new Invalid("Invalid payout", "A payout is a positive amount (it is posted as a negative entry).").with("field", "amount");
        }
        if (m.reason() == null || m.reason().isBlank()) {
            throw new Invalid("Invalid entry", kind == EntryKind.PAYOUT ? "A payout needs a reference." : "An adjustment needs a reason.")
                    .with("field", "reason");
        }
        Money amount = kind == EntryKind.PAYOUT ? m.amount().negate() : m.amount();
        if (amount.amount().stripTrailingZeros().scale() > Math.max(amount.currency().getDefaultFractionDigits(), 0)) {
            throw new Invalid("Invalid entry", "An entry is in whole cents (minor units) of its currency.").with("field", "amount");
        }
        Instant now = Instant.now(clock);
        UUID id = com.fasterxml.uuid.Generators.timeBasedEpochGenerator().generate();
        var entry = new Entry(id, ledger, vendor, customer, person, m.projectId(), null, kind, amount, null, null, m.reason().strip(),
                caller.id(), now);
        tenants.write(caller.orgId(), () -> {
            store.post(caller.orgId(), entry, kind.name().toLowerCase() + ":" + id);
            events.publishEvent(new MoneyChanged(caller.orgId(), kind == EntryKind.PAYOUT ? MoneyChanged.Change.PAYOUT
                    : MoneyChanged.Change.ADJUSTMENT, caller.id(), caller.orgId(), m.projectId(), person != null ? person : vendor,
                    ledger + " " + amount, now));
        });
        return entry;
    }

    private static EntryView view(Entry e, String person) {
        return new EntryView(e.id(), e.at(), e.ledger(), e.kind(), e.vendorOrgId(), e.customerOrgId(), person, e.projectId(),
                e.annotationId(), e.amount().plain(), e.amount().currency().getCurrencyCode(), e.rate() == null ? null : e.rate().plain(),
                e.activeMillis(), e.reason());
    }

    private static Statement statement(Period period, List<EntryView> views) {
        var totals = new TreeMap<String, BigDecimal>();
        views.forEach(v -> totals.merge(v.currency(), new BigDecimal(v.amount()), BigDecimal::add));
        var shown = new TreeMap<String, String>();
        totals.forEach((c, a) -> shown.put(c, a.toPlainString()));
        return new Statement(period, views, shown);
    }

    /** RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled; amounts plain decimals. */
    static String csv(Statement s) {
        var out = new StringBuilder("at,ledger,kind,vendor_org_id,customer_org_id,person,project_id,annotation_id,amount,currency,rate,active_millis,reason\r\n");
        for (var e : s.entries()) {
            out.append(String.join(",", field(e.at()), field(e.ledger()), field(e.kind()), field(e.vendorOrgId()), field(e.customerOrgId()),
                    field(e.person()), field(e.projectId()), field(e.annotationId()), field(e.amount()), field(e.currency()),
                    field(e.rate()), field(e.activeMillis()), field(e.reason()))).append("\r\n");
        }
        return out.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote keeps it text (amounts are never quoted
        // this way: they are plain decimals, and a negative one stays a number).
        boolean formula = !s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0;
        if (formula) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
