/**
 * Mijn Waakvlam: the client's own view of their own file, on their own phone, in plain Dutch
 * ({@code /mijn}, role {@code CLIENT}). It owns no tables: every page starts from
 * {@code ClientService.ownFile}, which finds the client's own file (or nothing) and audits the view
 * with the client as actor, and then reads, per part, what the owning module offers for the client
 * themselves.
 *
 * <p>What the client sees: their coach's first name, the programme's central phone number and a
 * planned warm handover visit; their goals in their own words with progress and who works on them
 * (dropped goals left out); their early-warning plan; the progress reports that were released about
 * them (drafts and superseded versions not); who looked at their file in the last three months (the
 * audit trail's file accesses, staff by name and role, their own views as "jij zelf"); who may see
 * what (the consents that hold, per recipient) with a question to the coach to change it; their data
 * as a download (the data request's ZIP without working notes, the coach's tools, unshared drafts and
 * callers' details); who else has this view (a guardian: mentor, curator, or a parent of a client under
 * 16, with the legal basis the coach recorded; their own account sees the same pages); the questionnaire
 * of an open monitoring round, which they may fill in themselves (once; the coach sees only that it
 * was answered, the answers go to the programme's figures). What the client
 * never sees: working notes (private or
 * shared), anything about other clients, the coach's working tools (flame, rhythm, attention
 * reasons, workload), events, scores and measurements, consents of others, the audit trail's staff
 * details.
 */
@ApplicationModule(displayName = "Mijn Waakvlam",
        allowedDependencies = {"shared", "security", "client", "goal", "escalation", "sharing", "notification", "rights",
                "evaluation"})
package nl.waakvlam.portal;

import org.springframework.modulith.ApplicationModule;
