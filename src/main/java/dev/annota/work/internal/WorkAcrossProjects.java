package dev.annota.work.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.annota.failure.Forbidden;
import dev.annota.conflict.ConflictWall;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.ProjectNotFound;
import dev.annota.project.Projects;
import dev.annota.tenancy.RoundTrip;
import dev.annota.tenancy.RoundTrips;
import dev.annota.tenancy.TenantScope;
import dev.annota.work.ClaimRule;
import dev.annota.work.ProjectWork;
import dev.annota.work.Task;
import org.springframework.stereotype.Component;

/**
 * The annotator's home: the projects they may work on with what is left for them, and the next task across them all,
 * taken by the same claim as on one project (rate limit, conflict wall, gold step, lease). A project whose customer the
 * wall keeps the annotator from is left out before anything of it is counted or shown.
 */
@Component
public class WorkAcrossProjects {

    /** Most urgent first: higher priority, then the earlier deadline (none last), then the project id. */
    static final Comparator<ProjectWork> URGENCY = Comparator.comparingInt(ProjectWork::priority).reversed()
            .thenComparing(ProjectWork::deadline, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(ProjectWork::id);

    private final Projects projects;
    private final ConflictWall wall;
    private final TenantScope tenants;
    private final OpenTasks open;
    private final Claiming claiming;
    private final List<ClaimRule> rules;
    private final RoundTrips roundTrips;

    WorkAcrossProjects(Projects projects, ConflictWall wall, TenantScope tenants, OpenTasks open, Claiming claiming,
                       List<ClaimRule> rules, RoundTrips roundTrips) {
        this.rules = List.copyOf(rules);
        this.roundTrips = roundTrips;
        this.projects = projects;
        this.wall = wall;
        this.tenants = tenants;
        this.open = open;
        this.claiming = claiming;
    }

    /** Every project the caller may take tasks of, most urgent first; none for a caller who is no annotator. */
    public List<ProjectWork> overview(CurrentUser caller) {
        if (!caller.has(Role.ANNOTATOR)) {
            return List.of();
        }
        var result = new ArrayList<ProjectWork>();
        for (Project p : projects.visibleTo(caller)) {
            if (!projects.accessTo(p, caller).work() || !wall.permits(caller, p.tenantId())) {
                continue;
            }
            var work = tenants.read(p.tenantId(), () -> new ProjectWork(p.id(), p.name(), p.priority(), p.deadline(),
                    open.of(p, caller.id()), open.reworkOf(p, caller.id()), notEligible(p, caller)));
            result.add(work);
        }
        result.sort(URGENCY);
        return result;
    }

    /**
     * The line the claim's rules of new work (a project's requirements) would refuse the caller with, asked as the
     * claim asks them (their reads on one round trip, then each verdict), inside the project's tenant transaction;
     * null when every rule passes.
     */
    private String notEligible(Project p, CurrentUser caller) {
        if (rules.isEmpty()) {
            return null;
        }
        RoundTrip trip = roundTrips.start();
        var request = new ClaimRule.ClaimRequest(p, caller, Instant.now());
        var verdicts = rules.stream().map(rule -> rule.prepare(trip, request)).toList();
        trip.send();
        try {
            verdicts.forEach(ClaimRule.Verdict::check);
            return null;
        } catch (Forbidden refused) {
            return refused.detail();
        }
    }

    /**
     * The next task across the caller's projects, most urgent project first: each is asked exactly as its own
     * {@code tasks/next} is (projects with a rework waiting for the caller first), and a project that refuses this
     * annotator (paused, qualification failed, the wall) or has
     * nothing after all is passed over for the next. Too many claims (429) ends the search.
     */
    public Optional<Task> next(CurrentUser caller) {
        if (!caller.has(Role.ANNOTATOR)) {
            throw new ProjectForbidden("Only annotators receive tasks.");
        }
        var ordered = new ArrayList<>(overview(caller));
        // A rework waiting for the caller comes before new work anywhere: those projects first, each in urgency order.
        ordered.sort(Comparator.comparing((ProjectWork w) -> w.rework() == 0).thenComparing(URGENCY));
        for (ProjectWork project : ordered) {
            if (project.openTasks() == 0 || project.notEligible() != null) {
                continue;
            }
            try {
                Optional<Task> task = claiming.next(caller, project.id());
                if (task.isPresent()) {
                    return task;
                }
            } catch (ProjectNotFound | Forbidden passedOver) {
                // walled since the list was read, disengaged, no longer an annotator there, or the gold step's
                // refusal (paused, qualification failed): the next project
            }
        }
        return Optional.empty();
    }
}
