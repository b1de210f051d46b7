package dev.annota.work.internal;

import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.work.DaysAsked;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Active time", description = "Hours the workbench counted (visible, focused, in use), bounded by the lease; days in UTC "
        + "(from, to: default the week up to today, at most 366 days)")
record ActiveTimeController(HoursReports reports) {

    @GetMapping("/api/v1/me/time")
    @Operation(operationId = "getMyActiveTime", summary = "The caller's own active time per day (UTC) and project, on the projects they see now; "
            + "a lease's time counts on the day it was submitted or skipped")
    HoursReports.MyHours mine(CurrentUser caller, @ParameterObject DaysAsked days) {
        return reports.mine(caller, reports.period(days));
    }

    @GetMapping("/api/v1/organizations/me/time")
    @Operation(operationId = "getTeamActiveTime", summary = "Your organization's own people's active time on every project it sees, per person and project "
            + "with their days (UTC): a vendor's lead sees their people across the labs that engage them, never anyone "
            + "else's; admins and managers only")
    HoursReports.TeamHours ofTeam(CurrentUser caller, @ParameterObject DaysAsked days) {
        return reports.ofTeam(caller, reports.period(days));
    }

    @GetMapping("/api/v1/projects/{projectId}/time")
    @Operation(operationId = "getProjectActiveTime", summary = "A project's active time per person (with their days, UTC) and per workforce. The lab's admins "
            + "and managers see everyone: their own people by name, a vendor's as pseudonyms; a vendor's admin or manager "
            + "sees only their own people; others on the project 403")
    HoursReports.ProjectHours ofProject(CurrentUser caller, @PathVariable UUID projectId, @ParameterObject DaysAsked days) {
        return reports.ofProject(caller, projectId, reports.period(days));
    }
}
