package dev.annota.money.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Forbidden;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.money.MoneyChanged;
import dev.annota.money.Rate;
import dev.annota.money.RateBasis;
import dev.annota.project.Projects;
import dev.annota.schema.TaskType;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who may set and read which rates and tiers. Contract rates: set by a lab's admins and managers for a workforce
 * organization, read by them and by that vendor's admins and managers (never by another vendor). Pay rates and tiers:
 * an organization's admins and managers for their own people only (a lab for its in-house people). Every change is
 * published for the access log.
 */
@Component
record Rates(RateStore rates, TierStore tiers, Organizations organizations, Projects projects, Users users,
        TenantScope tenants, ApplicationEventPublisher events, Clock clock) {

    record RateRequest(UUID vendorOrgId, UUID projectId, String taskType, String tier, RateBasis basis, Money price) {
    }

    static void requireLead(CurrentUser caller) {
        if (!caller.hasAny(Role.ADMIN, Role.MANAGER) || caller.isOperator()) {
            throw new Forbidden("Only an organization's admins and managers see and set its rates, tiers and ledgers.");
        }
    }

    static void requireLab(CurrentUser caller) {
        requireLead(caller);
        if (caller.orgKind() != OrganizationKind.CUSTOMER) {
            throw new Forbidden("Only a customer lab sets contract rates, budgets and vendor payouts.");
        }
    }

    /** The contract rates the caller may see: a lab's with every vendor, a vendor's with every lab it works for. */
    /** The rates of one ledger the caller sees: contract rates (a lab's or a vendor's) or their organization's pay rates. */
    List<Rate> of(CurrentUser caller, Ledger ledger) {
        return ledger == Ledger.CONTRACT ? contractRates(caller) : payRates(caller);
    }

    /** Sets a rate of one ledger: the lab's contract rate with a vendor, or the organization's pay rate. */
    Rate set(CurrentUser caller, Ledger ledger, RateRequest request) {
        return ledger == Ledger.CONTRACT ? setContractRate(caller, request) : setPayRate(caller, request);
    }

    private List<Rate> contractRates(CurrentUser caller) {
        requireLead(caller);
        if (caller.orgKind() == OrganizationKind.CUSTOMER) {
            return tenants.read(caller.orgId(), () -> rates.list(caller.orgId(), Ledger.CONTRACT, null));
        }
        var found = new ArrayList<Rate>();
        for (UUID lab : labsOf(caller)) {
            found.addAll(tenants.read(lab, () -> rates.list(lab, Ledger.CONTRACT, caller.orgId())));
        }
        return found;
    }

    /** The labs whose projects the caller's organization works on (now or archived). */
    List<UUID> labsOf(CurrentUser caller) {
        var labs = new java.util.LinkedHashSet<UUID>();
        for (var list : List.of(Projects.ProjectList.CURRENT, Projects.ProjectList.ARCHIVED)) {
            projects.visibleTo(caller, list).forEach(p -> labs.add(p.tenantId()));
        }
        labs.remove(caller.orgId());
        return List.copyOf(labs);
    }

    private Rate setContractRate(CurrentUser caller, RateRequest request) {
        requireLab(caller);
        if (request.vendorOrgId() == null) {
            throw new Invalid("Invalid rate", "vendorOrgId names the workforce organization.").with("field", "vendorOrgId");
        }
        boolean vendor = organizations.find(request.vendorOrgId()).map(o -> o.kind() == OrganizationKind.WORKFORCE).orElse(false);
        if (!vendor) {
            throw new Invalid("Invalid rate", "vendorOrgId is no workforce organization.").with("field", "vendorOrgId");
        }
        return put(caller, Ledger.CONTRACT, request.vendorOrgId(), request);
    }

    private List<Rate> payRates(CurrentUser caller) {
        requireLead(caller);
        return tenants.read(caller.orgId(), () -> rates.list(caller.orgId(), Ledger.PAY, caller.orgId()));
    }

    private Rate setPayRate(CurrentUser caller, RateRequest request) {
        requireLead(caller);
        return put(caller, Ledger.PAY, caller.orgId(), request);
    }

    private Rate put(CurrentUser caller, Ledger ledger, UUID vendorOrgId, RateRequest request) {
        if (request.basis() == null) {
            throw new Invalid("Invalid rate", "basis is TASK, ACCEPTED_TASK or ACTIVE_HOUR.").with("field", "basis");
        }
        if (request.price().isNegative()) {
            throw new Invalid("Invalid rate", "A rate is not negative.").with("field", "amount");
        }
        if (request.taskType() != null) {
            try {
                TaskType.of(request.taskType());
            } catch (RuntimeException e) {
                throw new Invalid("Invalid rate", "Unknown task type " + request.taskType() + ".").with("field", "taskType");
            }
        }
        if (request.projectId() != null && ledger == Ledger.CONTRACT
                && tenants.read(caller.orgId(), () -> projects.find(caller.orgId(), request.projectId())).isEmpty()) {
            throw new NotFound("No such project.");
        }
        Instant now = Instant.now(clock);
        var rate = new Rate(Generators.timeBasedEpochGenerator().generate(), caller.orgId(), ledger, vendorOrgId, request.projectId(),
                request.taskType(), request.tier(), request.basis(), request.price(), caller.id(), now);
        tenants.write(caller.orgId(), () -> {
            rates.put(rate);
            events.publishEvent(new MoneyChanged(caller.orgId(), MoneyChanged.Change.RATE_SET, caller.id(), caller.orgId(),
                    rate.projectId(), vendorOrgId, ledger + " " + Rate.scopeKey(rate.projectId(), rate.taskType(), rate.tier())
                    + " " + rate.basis() + " " + rate.price(), now));
        });
        return rate;
    }

    void removeRate(CurrentUser caller, Ledger ledger, UUID rateId) {
        if (ledger == Ledger.CONTRACT) {
            requireLab(caller);
        } else {
            requireLead(caller);
        }
        tenants.write(caller.orgId(), () -> {
            Rate rate = rates.find(caller.orgId(), ledger, rateId).orElseThrow(() -> new NotFound("No such rate."));
            rates.delete(caller.orgId(), rateId);
            events.publishEvent(new MoneyChanged(caller.orgId(), MoneyChanged.Change.RATE_REMOVED, caller.id(), caller.orgId(),
                    rate.projectId(), rate.vendorOrgId(), ledger + " " + Rate.scopeKey(rate.projectId(), rate.taskType(), rate.tier()),
                    Instant.now(clock)));
        });
    }

    Map<UUID, String> tiers(CurrentUser caller) {
        requireLead(caller);
        return tenants.read(caller.orgId(), () -> tiers.all(caller.orgId()));
    }

    void setTier(CurrentUser caller, UUID personId, String tier) {
        requireLead(caller);
        requireOwnPerson(caller, personId);
        Instant now = Instant.now(clock);
        tenants.write(caller.orgId(), () -> {
            tiers.set(caller.orgId(), personId, tier, caller.id(), now);
            events.publishEvent(new MoneyChanged(caller.orgId(), MoneyChanged.Change.TIER_SET, caller.id(), caller.orgId(), null,
                    personId, "tier=" + (tier == null ? "" : tier), now));
        });
    }

    /** A person of the caller's own organization; anyone else's is not found (whether they exist is not told). */
    void requireOwnPerson(CurrentUser caller, UUID personId) {
        if (users.find(personId).filter(u -> u.orgId().equals(caller.orgId())).isEmpty()) {
            throw new NotFound("No such person in your organization.");
        }
    }
}
