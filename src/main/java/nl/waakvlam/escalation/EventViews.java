package nl.waakvlam.escalation;

import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.Phase;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.LifeDomainView;

import java.time.LocalDate;
import java.util.List;

/** Read models of the event module, as the client file and its timeline show them. */
public final class EventViews {

    private EventViews() {
    }

    /** An event on the timeline. */
    public record EventView(Long id, Long clientId, EventType type, LocalDate occurredOn, List<String> domains,
                            SignalSource source, String whatHappened, String actionTaken, String outcome,
                            LocalDate followUpOn, boolean followUpDone, Severity severity, boolean significant,
                            String warningSign, String targetOrganisation, String careKind,
                            ReferralFormStatus referralFormStatus, LocalDate waitingSince, LocalDate expectedStart,
                            Boolean bridging, Boolean infoExchangeConsent, ScaleUpOutcome scaleUpOutcome,
                            LocalDate closedOn, long waitingDays, TransitionType transitionType,
                            String organisationsInvolved, Boolean warmHandover, Phase phaseBefore, Phase phaseAfter,
                            boolean canAct) {

        public boolean isJudgement() {
            return type == EventType.ESCALATION_PREVENTED;
        }
    }

    /** An open scale-up on top of the client file. */
    public record OpenScaleUp(Long id, Long clientId, String organisation, String careKind,
                              ReferralFormStatus formStatus, LocalDate waitingSince, long waitingDays,
                              LocalDate expectedStart, boolean bridging, ScaleUpOutcome outcome, long version) {
    }

    /** The early-warning plan. */
    public record WarningSignView(Long id, String sign, String action, String whoActs) {
    }

    /** Everything the top of the client file shows: open scale-ups and the escalation chart. */
    public record EscalationOverview(Long clientId, boolean canAct, List<OpenScaleUp> openScaleUps,
                                     EscalationChart chart) implements ClientFileSection.Counted {

        @Override
        public int navCount() {
            return openScaleUps.size();
        }

        public ReferralFormStatus[] formStatuses() {
            return ReferralFormStatus.values();
        }
    }

    /** The early-warning plan section. */
    public record WarningPlan(Long clientId, boolean canEdit, List<WarningSignView> signs) {
    }

    /** An action in the plan of action. */
    public record PlanActionView(Long id, String domain, String description, ActionOwner owner, String organisation,
                                 ActionStatus status, LocalDate dueOn, String checkedWithOrganisation, long version) {
    }

    /** A mandate advice. */
    public record MandateView(Long id, String organisation, String domain, String advice, LocalDate sentOn,
                              MandateDecision decision, String decisionReason, LocalDate decidedOn) {
    }

    /** The plan of action section with mandate advice. */
    public record ActionPlan(Long clientId, boolean canEdit, List<PlanActionView> actions, List<MandateView> mandates,
                             List<LifeDomainView> domains,
                             List<OrganisationSummary> organisations) {

        public ActionStatus[] statuses() {
            return ActionStatus.values();
        }

        public ActionOwner[] owners() {
            return ActionOwner.values();
        }
    }
}
