/**
 * The escalation ladder: events on a client (signals, crises, prevented escalations, relapses,
 * incidents, scale-ups to heavier care with waiting-list bridging, scale-downs, returns,
 * transitions), the rules that keep events and phases consistent, the early-warning plan
 * (signaleringsplan), the plan of action with mandate advice, and the escalation chart.
 * Contributes to the client file, its timeline and the coach's today list.
 */
@ApplicationModule(displayName = "Escalation ladder",
        allowedDependencies = {"shared", "security", "organisation", "reference", "client", "contact"})
package nl.waakvlam.escalation;

import org.springframework.modulith.ApplicationModule;
