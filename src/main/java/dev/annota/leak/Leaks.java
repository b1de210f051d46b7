package dev.annota.leak;

import java.util.List;
import java.util.UUID;

import dev.annota.audit.AccessLog;
import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.item.LeakMarks;
import dev.annota.project.ProjectAccess;
import dev.annota.project.ProjectForbidden;
import dev.annota.project.Projects;
import org.springframework.stereotype.Service;

/** The project's leak marks setting, and tracing a leaked text to the views it came from. */
@Service
public record Leaks(Projects projects, AccessLog log) {

    /** Longest text traced (characters): a leaked document, not a dump. */
    public static final int MAX_TEXT = 2_000_000;

    /** Whether the project marks its views (its owner's staff). */
    public boolean marking(CurrentUser caller, UUID projectId) {
        ProjectAccess access = projects.access(caller, projectId);
        Projects.requireManage(access);
        return access.project().leakMarks();
    }

    /** Turns marks on or off (the owner's admins and managers); an administrative event when it changes. */
    public boolean mark(CurrentUser caller, UUID projectId, boolean on) {
        return projects.markLeaks(projects.access(caller, projectId), on).leakMarks();
    }

    /** The views of the project whose marks {@code text} carries: the owner's admins only. */
    public Trace trace(CurrentUser caller, UUID projectId, String text) {
        ProjectAccess access = projects.access(caller, projectId);
        if (!access.owner() || !caller.has(Role.ADMIN)) {
            throw new ProjectForbidden("Only admins of the owning organization trace leaks.");
        }
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
            throw new Invalid("Invalid text", "Send the leaked text: 1 to " + MAX_TEXT + " characters.").with("field", "text");
        }
        LeakMarks.Found found = LeakMarks.read(text);
        if (found.codes().isEmpty() && found.partial().isEmpty()) {
            return new Trace(0, 0, 0, List.of());
        }
        return Attribution.of(access.tenantId(), found, log.leasedViews(access.tenantId(), projectId));
    }
}
