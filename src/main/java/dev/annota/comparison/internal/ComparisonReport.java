package dev.annota.comparison.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.Consensus;
import dev.annota.comparison.Amount;
import dev.annota.comparison.Comparison;
import dev.annota.comparison.ComparisonPeriod;
import dev.annota.comparison.Figures;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.project.Engagement;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import dev.annota.statistics.AggregationMethod;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.work.DaysAsked;
import org.springframework.stereotype.Component;

/**
 * The three views of the comparison and who may read each: the lab's (the owning organization's admins and
 * managers: every workforce, vendors' people by pseudonym), a workforce lead's (an admin or manager of an engaged
 * workforce, or of the lab for its in-house people: their own organization's people only, by name, with hours and
 * earnings) and an annotator's own. Another organization's project answers 404 (from {@link Projects#access}); a
 * caller who may know the project but not read the view, 403.
 */
@Component
public record ComparisonReport(Projects projects, WorkOfPeriod work, MoneyInput money, ActiveTimeInput activeTime,
        Organizations organizations, Users users, Clock clock) {

    /** The aggregation behind "agreement with the consensus" when the request names none, as on the quality page. */
    public static final String DEFAULT_METHOD = "ds";

    /** The period of a request, today being the clock's UTC day. */
    public ComparisonPeriod period(DaysAsked asked) {
        return ComparisonPeriod.of(asked, LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    private static AggregationMethod method(String code) {
        return Consensus.method(code == null || code.isBlank() ? DEFAULT_METHOD : code);
    }

    public Comparison.LabComparison lab(CurrentUser caller, UUID projectId, DaysAsked days, String methodCode) {
        ProjectAccess access = projects.access(caller, projectId);
        if (!access.owner() || !access.manage()) {
            throw new ProjectForbidden("Only the owning lab's admins and managers compare its workforces; a workforce's "
                    + "lead reads their own people's figures at comparison/own-workforce.");
        }
        ComparisonPeriod period = period(days);
        AggregationMethod method = method(methodCode);
        Project p = access.project();
        var w = work.read(p, period, method, null);

        // The workforces: the lab's own people, every engaged vendor (with or without work), and any other
        // organization whose people labelled in the period (a vendor since disengaged).
        var ids = new LinkedHashSet<UUID>();
        ids.add(p.tenantId());
        projects.engagements(access).stream().map(Engagement::workforceOrgId).forEach(ids::add);
        ComparisonTally.people(w, new ComparisonTally.Scope(a -> true)).stream()
                .map(w.workforceOf()::get).filter(java.util.Objects::nonNull).forEach(ids::add);
        var names = new HashMap<UUID, String>();
        organizations.named(ids).forEach(o -> names.put(o.id(), o.name()));
        var workforces = new ArrayList<Comparison.WorkforceRow>();
        Map<UUID, Amount> costs = money.costs(p.tenantId(), p.id(), period);
        for (UUID id : ids) {
            Amount cost = costs.get(id);
            workforces.add(new Comparison.WorkforceRow(id, names.getOrDefault(id, "?"), id.equals(p.tenantId()),
                    ComparisonTally.figures(w, ComparisonTally.Scope.workforce(w, id), cost)));
        }
        workforces.sort(Comparator.comparing((Comparison.WorkforceRow f) -> !f.inHouse())
                .thenComparing(Comparison.WorkforceRow::name, String.CASE_INSENSITIVE_ORDER));
        var order = workforces.stream().map(Comparison.WorkforceRow::organizationId).toList();

        var people = new ArrayList<Comparison.PersonRow>();
        var inHouseNames = users.displayNames(new java.util.HashSet<>(ComparisonTally.people(w,
                ComparisonTally.Scope.workforce(w, p.tenantId()))));
        var inHouseEarnings = money.earnings(p.tenantId(), p.id(), period);
        for (UUID person : ComparisonTally.people(w, new ComparisonTally.Scope(a -> ids.contains(w.workforceOf().get(a))))) {
            UUID workforce = w.workforceOf().get(person);
            Figures f = ComparisonTally.figures(w, ComparisonTally.Scope.person(person), null);
            boolean own = workforce.equals(p.tenantId());
            // A vendor's people are the lab's to judge by their work, not by their hours: those stay with the vendor.
            people.add(new Comparison.PersonRow(Pseudonyms.of(p.tenantId(), person), own ? inHouseNames.get(person) : null,
                    workforce, own ? f : withoutHours(f), own ? ComparisonTally.hours(f.activeMillis()) : null,
                    own ? inHouseEarnings.get(person) : null));
        }
        people.sort(Comparator.comparing((Comparison.PersonRow x) -> order.indexOf(x.workforceId()))
                .thenComparing(Comparison.PersonRow::pseudonym));
        var all = new ComparisonTally.Scope(a -> true);
        return new Comparison.LabComparison(p.id(), period, method.code(), activeTime.measured(), money.known(), workforces,
                people, ComparisonTally.trend(w, order, all),
                order.stream().map(id -> ComparisonTally.distribution(w, id, all)).toList());
    }

    private static Figures withoutHours(Figures f) {
        return new Figures(f.labels(), f.labelsPerDay(), f.goldAnswered(), f.goldCorrect(), f.goldAccuracy(),
                f.comparedWithConsensus(), f.agreementWithConsensus(), f.reviewed(), f.reviewAcceptance(),
                f.acceptedLabels(), null, f.activeSecondsPerLabel(), f.cost(), f.costPerAcceptedLabel());
    }

    public Comparison.OwnWorkforceComparison ownWorkforce(CurrentUser caller, UUID projectId, DaysAsked days, String methodCode) {
        ProjectAccess access = projects.access(caller, projectId);
        if (!caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only a workforce's admins and managers read their people's figures; an annotator "
                    + "reads their own at comparison/me.");
        }
        ComparisonPeriod period = period(days);
        AggregationMethod method = method(methodCode);
        Project p = access.project();
        UUID own = caller.orgId();
        var w = work.read(p, period, method, null);
        var scope = ComparisonTally.Scope.workforce(w, own);
        // A lead sees their own contract with the lab, never another workforce's.
        Amount cost = money.costs(p.tenantId(), p.id(), period).get(own);
        String name = organizations.find(own).map(Organization::name).orElse("?");
        var workforce = new Comparison.WorkforceRow(own, name, own.equals(p.tenantId()), ComparisonTally.figures(w, scope, cost));
        var persons = ComparisonTally.people(w, scope);
        var names = users.displayNames(new java.util.HashSet<>(persons));
        Map<UUID, Amount> earnings = money.earnings(own, p.id(), period);
        var people = new ArrayList<Comparison.PersonRow>();
        for (UUID person : persons) {
            Figures f = ComparisonTally.figures(w, ComparisonTally.Scope.person(person), null);
            people.add(new Comparison.PersonRow(Pseudonyms.of(p.tenantId(), person), names.get(person), own, f,
                    ComparisonTally.hours(f.activeMillis()), earnings.get(person)));
        }
        people.sort(Comparator.comparing((Comparison.PersonRow x) -> x.name() == null ? "" : x.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparison.PersonRow::pseudonym));
        return new Comparison.OwnWorkforceComparison(p.id(), period, method.code(), activeTime.measured(), money.known(), workforce,
                people, ComparisonTally.trend(w, List.of(own), scope), ComparisonTally.distribution(w, own, scope));
    }

    public Comparison.MyComparison mine(CurrentUser caller, UUID projectId, DaysAsked days, String methodCode) {
        ProjectAccess access = projects.access(caller, projectId);
        if (!access.work()) {
            throw new ProjectForbidden("This page shows an annotator's own figures.");
        }
        ComparisonPeriod period = period(days);
        AggregationMethod method = method(methodCode);
        Project p = access.project();
        var w = work.read(p, period, method, caller.id());
        var scope = ComparisonTally.Scope.person(caller.id());
        Figures f = ComparisonTally.figures(w, scope, null);
        Amount earnings = money.earnings(caller.orgId(), p.id(), period).get(caller.id());
        return new Comparison.MyComparison(p.id(), period, method.code(), f, ComparisonTally.hours(f.activeMillis()), earnings,
                ComparisonTally.trend(w, List.of(caller.orgId()), scope));
    }
}
