package dev.annota.workforce.internal;

import dev.annota.identity.Role;
import dev.annota.quality.GoldRecords;
import dev.annota.tenancy.RoundTrip;
import dev.annota.work.ClaimRule;
import org.springframework.stereotype.Component;

/**
 * A project's requirements in the claim: one statement on the claim's first round trip reads the requirements with
 * the annotator's skills, languages and verified credentials; a project that requires a gold accuracy costs one more
 * query (the annotator's gold record on the customer's projects), only then. A person who does not meet them is
 * refused with {@link RequirementNotMet}, whose detail is the one line they are told.
 */
@Component
record RequirementsRule(RequirementStore store, GoldRecords gold) implements ClaimRule {

    @Override
    public Verdict prepare(RoundTrip trip, ClaimRequest claim) {
        if (!claim.annotator().has(Role.ANNOTATOR)) {
            return Verdict.PASS;
        }
        var p = claim.project();
        var judged = store.forClaim(trip, p.tenantId(), p.id(), claim.annotator().orgId(), claim.annotator().id());
        return () -> {
            var j = judged.get();
            if (j.requirements().none()) {
                return;
            }
            var facts = j.requirements().needsGold()
                    ? new ProfileFacts(j.facts().skills(), j.facts().languages(), j.facts().verified(),
                            gold.acrossProjects(p.tenantId(), claim.annotator().id()))
                    : j.facts();
            Eligibility.refusal(j.requirements(), facts).ifPresent(why -> {
                throw new RequirementNotMet(why);
            });
        };
    }
}
