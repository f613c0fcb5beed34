package nl.waakvlam.escalation;

import nl.waakvlam.client.FileView;
import nl.waakvlam.client.HandoverPart;
import org.springframework.stereotype.Component;

/**
 * The event module's part of a handover summary: open scale-ups, the early-warning plan ("wat te doen
 * als het minder gaat") and the plan of action with the organisations involved, as the file shows them
 * but without its forms: the summary is for reading.
 */
@Component
class EscalationHandover implements HandoverPart {

    private final EventService events;

    EscalationHandover(EventService events) {
        this.events = events;
    }

    /** What the summary shows: the open scale-ups, the early-warning plan and the plan of action, read-only. */
    public record Summary(EventViews.EscalationOverview scaleUps, EventViews.WarningPlan warningPlan,
                          EventViews.ActionPlan actionPlan) {
    }

    @Override
    public String fragment() {
        return "escalation/sections :: handover";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Object data(FileView file) {
        if (!EventService.READERS.contains(file.access())) {
            return null;
        }
        EventViews.EscalationOverview overview = events.overview(file);
        EventViews.WarningPlan plan = events.warningPlan(file);
        EventViews.ActionPlan actions = events.actionPlan(file);
        return new Summary(new EventViews.EscalationOverview(file.clientId(), false, overview.openScaleUps(), null),
                new EventViews.WarningPlan(file.clientId(), false, plan.signs()),
                new EventViews.ActionPlan(file.clientId(), false, actions.actions(), actions.mandates(),
                        actions.domains(), actions.organisations()));
    }
}
