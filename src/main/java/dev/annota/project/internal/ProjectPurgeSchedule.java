package dev.annota.project.internal;

import dev.annota.project.ProjectLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges the deleted projects whose grace period ended, every {@code annota.projects.purge-interval} (an hour unless
 * configured). Each purge is one tenant transaction: one that fails is logged and tried again at the next run, the
 * others go on. Any number of instances may run it: the first to delete the due row purges, the others find nothing.
 */
@Component
record ProjectPurgeSchedule(ProjectLifeCycle lifeCycle) {

    private static final Logger log = LoggerFactory.getLogger(ProjectPurgeSchedule.class);

    @Scheduled(fixedDelayString = "${annota.projects.purge-interval:1h}", initialDelayString = "${annota.projects.purge-interval:1h}")
    void purgeDue() {
        for (var deletion : lifeCycle.due()) {
            try {
                lifeCycle.purge(deletion);
            } catch (RuntimeException e) {
                log.warn("Purging deleted project {} failed; tried again at the next run", deletion.projectId(), e);
            }
        }
    }
}
