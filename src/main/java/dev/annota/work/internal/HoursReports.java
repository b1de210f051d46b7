package dev.annota.work.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Pseudonyms;
import dev.annota.identity.Role;
import dev.annota.identity.Users;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects.ProjectList;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.work.ActiveTime;
import dev.annota.work.ActiveTimes;
import dev.annota.work.DayRange;
import dev.annota.work.DaysAsked;
import org.springframework.stereotype.Component;

/**
 * The hours pages: an annotator's own active time across their projects, and a project's per person and workforce,
 * each showing only what the caller may see (PRODUCT.md, "Who may see what"): the lab's admins and managers see
 * everyone on their project, their own people by name and a vendor's as pseudonyms; a vendor's admin or manager sees
 * their own people only, by name; anyone else on the project is refused (403), anyone outside it finds nothing (404).
 */
@Component
record HoursReports(ActiveTimes times, Projects projects, Users users, Organizations organizations, Clock clock) {

    static final String TIME_ZONE = "UTC";

    /** A request's period; a week up to today (UTC) when neither end is given. */
    DayRange period(DaysAsked asked) {
        return DayRange.of(asked, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    record MyHours(LocalDate from, LocalDate to, String timeZone, long activeMillis, List<MyDay> days) {
    }

    /** One project on one day; {@code submitted}, {@code skipped}: the leases that ended so that day. */
    record MyDay(LocalDate day, UUID projectId, String projectName, long activeMillis, long submitted, long skipped) {
    }

    /**
     * The caller's own active time on the projects they may see now (current and archived), per day and project. A
     * project they no longer see (disengaged, deleted) is left out with its hours.
     */
    MyHours mine(CurrentUser caller, DayRange days) {
        var visible = visibleProjects(caller);
        var tenants = visible.values().stream().map(Project::tenantId).distinct().toList();
        var result = new ArrayList<MyDay>();
        for (UUID tenant : tenants) {
            for (ActiveTime row : times.ofAnnotator(tenant, caller.id(), days)) {
                Project p = visible.get(row.projectId());
                if (p != null && p.tenantId().equals(tenant)) {
                    result.add(new MyDay(row.day(), p.id(), p.name(), row.activeMillis(), row.submitted(), row.skipped()));
                }
            }
        }
        result.sort(Comparator.comparing(MyDay::day).thenComparing(MyDay::projectName).thenComparing(MyDay::projectId));
        return new MyHours(days.from(), days.to(), TIME_ZONE, result.stream().mapToLong(MyDay::activeMillis).sum(), result);
    }

    record ProjectHours(UUID projectId, LocalDate from, LocalDate to, String timeZone, long activeMillis,
                        List<PersonHours> people, List<WorkforceHours> workforces) {
    }

    /**
     * One person's time on the project: {@code person} is their name for the caller's own organization, their
     * pseudonym otherwise, and {@code personId} is left out for a pseudonym.
     */
    record PersonHours(String person, @JsonInclude(JsonInclude.Include.NON_NULL) UUID personId, UUID workforceOrgId,
                       long activeMillis, long submitted, long skipped, List<DayHours> days) {
    }

    record DayHours(LocalDate day, long activeMillis, long submitted, long skipped) {
        static List<DayHours> of(List<ActiveTime> rows) {
            return rows.stream().map(r -> new DayHours(r.day(), r.activeMillis(), r.submitted(), r.skipped())).toList();
        }
    }

    /** A workforce's people's time on the project ({@code people}: how many had any). */
    record WorkforceHours(UUID workforceOrgId, String name, long activeMillis, long submitted, long skipped, int people) {
    }

    ProjectHours ofProject(CurrentUser caller, UUID projectId, DayRange days) {
        ProjectAccess access = projects.access(caller, projectId);
        Project p = access.project();
        boolean lab = access.owner();
        if (lab ? !access.manage() : !caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden(lab ? "Only the lab's admins and managers see a project's hours."
                    : "Only your organization's admins and managers see its people's hours.");
        }
        var rows = times.ofProject(p.tenantId(), p.id(), days);
        Map<UUID, UUID> orgs = times.organizationsOf(rows);
        // A vendor's lead sees their own people's rows and nothing else, not even how many others there are.
        var shown = rows.stream().filter(r -> orgs.containsKey(r.annotatorId())
                && (lab || caller.orgId().equals(orgs.get(r.annotatorId())))).toList();
        var ownPeople = shown.stream().map(ActiveTime::annotatorId).filter(id -> caller.orgId().equals(orgs.get(id)))
                .collect(Collectors.toSet());
        Map<UUID, String> names = users.displayNames(ownPeople);

        var byPerson = new LinkedHashMap<UUID, List<ActiveTime>>();
        shown.forEach(r -> byPerson.computeIfAbsent(r.annotatorId(), k -> new ArrayList<>()).add(r));
        var people = new ArrayList<PersonHours>();
        byPerson.forEach((person, list) -> {
            boolean own = ownPeople.contains(person);
            people.add(new PersonHours(own ? names.getOrDefault(person, "?") : Pseudonyms.of(p.tenantId(), person),
                    own ? person : null, orgs.get(person), sum(list, ActiveTime::activeMillis), sum(list, ActiveTime::submitted),
                    sum(list, ActiveTime::skipped),
                    DayHours.of(list)));
        });
        people.sort(Comparator.comparingLong(PersonHours::activeMillis).reversed().thenComparing(PersonHours::person));

        var byOrg = new LinkedHashMap<UUID, List<PersonHours>>();
        people.forEach(h -> byOrg.computeIfAbsent(h.workforceOrgId(), k -> new ArrayList<>()).add(h));
        Map<UUID, String> orgNames = new HashMap<>();
        organizations.named(byOrg.keySet()).forEach((Organization o) -> orgNames.put(o.id(), o.name()));
        var workforces = new ArrayList<WorkforceHours>();
        byOrg.forEach((org, list) -> workforces.add(new WorkforceHours(org, orgNames.getOrDefault(org, "?"),
                list.stream().mapToLong(PersonHours::activeMillis).sum(), list.stream().mapToLong(PersonHours::submitted).sum(),
                list.stream().mapToLong(PersonHours::skipped).sum(), list.size())));
        workforces.sort(Comparator.comparingLong(WorkforceHours::activeMillis).reversed().thenComparing(WorkforceHours::name));
        return new ProjectHours(p.id(), days.from(), days.to(), TIME_ZONE, sum(shown, ActiveTime::activeMillis), people, workforces);
    }

    record TeamHours(LocalDate from, LocalDate to, String timeZone, long activeMillis, List<TeamRow> people) {
    }

    /** One of the caller's organization's people on one project, with their days. */
    record TeamRow(String person, UUID personId, UUID projectId, String projectName, long activeMillis, long submitted,
                   long skipped, List<DayHours> days) {
    }

    /**
     * The caller's organization's own people's active time on every project the organization sees (a vendor's lead:
     * their people across the labs that engage them; a lab's: their own people on their projects), by name. Only the
     * organization's admins and managers; never anyone of another organization, whoever else worked on those projects.
     */
    TeamHours ofTeam(CurrentUser caller, DayRange days) {
        if (!caller.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw new ProjectForbidden("Only your organization's admins and managers see its people's hours.");
        }
        var visible = visibleProjects(caller);
        var result = new ArrayList<TeamRow>();
        Map<UUID, String> names = null;
        for (Project p : visible.values()) {
            var rows = times.ofProject(p.tenantId(), p.id(), days);
            Map<UUID, UUID> orgs = times.organizationsOf(rows);
            var own = new LinkedHashMap<UUID, List<ActiveTime>>();
            rows.stream().filter(r -> caller.orgId().equals(orgs.get(r.annotatorId())))
                    .forEach(r -> own.computeIfAbsent(r.annotatorId(), k -> new ArrayList<>()).add(r));
            if (own.isEmpty()) {
                continue;
            }
            if (names == null) {
                names = new HashMap<>();
                for (var account : users.ofOrganization(caller.orgId())) {
                    names.put(account.id(), account.displayName());
                }
            }
            for (var person : own.entrySet()) {
                var list = person.getValue();
                result.add(new TeamRow(names.getOrDefault(person.getKey(), "?"), person.getKey(), p.id(), p.name(),
                        sum(list, ActiveTime::activeMillis), sum(list, ActiveTime::submitted), sum(list, ActiveTime::skipped),
                        DayHours.of(list)));
            }
        }
        result.sort(Comparator.comparing(TeamRow::person).thenComparing(TeamRow::personId).thenComparing(TeamRow::projectName));
        return new TeamHours(days.from(), days.to(), TIME_ZONE, result.stream().mapToLong(TeamRow::activeMillis).sum(), result);
    }

    /** The projects the caller may see now, current and archived, by id. */
    private Map<UUID, Project> visibleProjects(CurrentUser caller) {
        var visible = new LinkedHashMap<UUID, Project>();
        for (ProjectList list : List.of(ProjectList.CURRENT, ProjectList.ARCHIVED)) {
            projects.visibleTo(caller, list).forEach(p -> visible.put(p.id(), p));
        }
        return visible;
    }

    private static long sum(List<ActiveTime> rows, java.util.function.ToLongFunction<ActiveTime> f) {
        return rows.stream().mapToLong(f).sum();
    }
}
