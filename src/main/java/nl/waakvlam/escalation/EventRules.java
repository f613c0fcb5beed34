package nl.waakvlam.escalation;

import nl.waakvlam.client.Phase;

import java.util.Optional;

/**
 * Which events fit which phase, and what they do to it. Pure, so every combination is tested.
 *
 * <ul>
 *   <li>Events are recorded for clients being coached (intake to waakvlam).</li>
 *   <li>{@code SCALE_DOWN} moves intensive → scaling down → waakvlam, nothing else.</li>
 *   <li>Re-escalation ("back to intensive") from scaling down or waakvlam, with a signal, crisis,
 *   relapse, incident or return.</li>
 *   <li>{@code RETURN} needs an open scale-up, which it closes.</li>
 *   <li>A scale-up runs alongside any coached phase and does not change it.</li>
 * </ul>
 */
public final class EventRules {

    private EventRules() {
    }

    /** The phase the client moves to, if any; throws {@link EventException} when refused. */
    public static Optional<Phase> apply(EventType type, Phase phase, boolean backToIntensive, boolean openScaleUp) {
        if (!Phase.COACHED.contains(phase)) {
            throw new EventException(null, "event.clientNotCoached", phase);
        }
        if (type == EventType.RETURN && !openScaleUp) {
            throw new EventException(null, "event.returnWithoutScaleUp");
        }
        if (type == EventType.SCALE_DOWN) {
            if (backToIntensive) {
                throw new EventException("backToIntensive", "event.scaleDownCannotEscalate");
            }
            return switch (phase) {
                case INTENSIVE -> Optional.of(Phase.SCALING_DOWN);
                case SCALING_DOWN -> Optional.of(Phase.WAAKVLAM);
                default -> throw new EventException(null, "event.scaleDownNotPossible", phase);
            };
        }
        if (backToIntensive) {
            boolean escalating = type == EventType.SIGNAL || type == EventType.CRISIS || type == EventType.RELAPSE
                    || type == EventType.INCIDENT || type == EventType.RETURN;
            if (!escalating) {
                throw new EventException("backToIntensive", "event.typeCannotEscalate", type);
            }
            if (phase == Phase.INTENSIVE) {
                throw new EventException("backToIntensive", "event.alreadyIntensive");
            }
            if (phase == Phase.INTAKE) {
                throw new EventException("backToIntensive", "event.notStartedYet");
            }
            return Optional.of(Phase.INTENSIVE);
        }
        return Optional.empty();
    }
}
