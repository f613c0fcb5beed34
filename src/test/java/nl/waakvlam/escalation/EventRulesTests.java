package nl.waakvlam.escalation;

import nl.waakvlam.client.Phase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every combination of event type, phase, "back to intensive" and "open scale-up": allowed ones
 * give the expected phase, refused ones a message that exists in Dutch and in English.
 */
class EventRulesTests {

    /** The expected result, written out independently of {@link EventRules}. */
    static Object expected(EventType type, Phase phase, boolean back, boolean open) {
        if (!(phase == Phase.INTAKE || phase == Phase.INTENSIVE || phase == Phase.SCALING_DOWN
                || phase == Phase.WAAKVLAM)) {
            return "event.clientNotCoached";
        }
        if (type == EventType.RETURN && !open) {
            return "event.returnWithoutScaleUp";
        }
        if (type == EventType.SCALE_DOWN) {
            if (back) {
                return "event.scaleDownCannotEscalate";
            }
            if (phase == Phase.INTENSIVE) {
                return Phase.SCALING_DOWN;
            }
            if (phase == Phase.SCALING_DOWN) {
                return Phase.WAAKVLAM;
            }
            return "event.scaleDownNotPossible";
        }
        if (!back) {
            return null;
        }
        if (type == EventType.SCALE_UP || type == EventType.TRANSITION || type == EventType.ESCALATION_PREVENTED) {
            return "event.typeCannotEscalate";
        }
        if (phase == Phase.INTENSIVE) {
            return "event.alreadyIntensive";
        }
        if (phase == Phase.INTAKE) {
            return "event.notStartedYet";
        }
        return Phase.INTENSIVE;
    }

    @Test
    void everyCombinationIsAllowedOrRefusedWithATranslatedMessage() throws IOException {
        Properties nl = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        int allowed = 0;
        int refused = 0;
        for (EventType type : EventType.values()) {
            for (Phase phase : Phase.values()) {
                for (boolean back : new boolean[]{false, true}) {
                    for (boolean open : new boolean[]{false, true}) {
                        Object expected = expected(type, phase, back, open);
                        String label = type + " in " + phase + (back ? " back" : "") + (open ? " open" : "");
                        if (expected instanceof String key) {
                            assertThatThrownBy(() -> EventRules.apply(type, phase, back, open)).as(label)
                                    .isInstanceOf(EventException.class)
                                    .extracting(e -> ((EventException) e).messageKey()).isEqualTo(key);
                            assertThat(nl.getProperty(key)).as(key + " nl").isNotBlank();
                            assertThat(en.getProperty(key)).as(key + " en").isNotBlank()
                                    .isNotEqualTo(nl.getProperty(key));
                            refused++;
                        } else {
                            assertThat(EventRules.apply(type, phase, back, open)).as(label)
                                    .isEqualTo(Optional.ofNullable((Phase) expected));
                            allowed++;
                        }
                    }
                }
            }
        }
        assertThat(allowed + refused).isEqualTo(EventType.values().length * Phase.values().length * 4);
        assertThat(allowed).isPositive();
    }

    @Test
    void entityRulesRefuseIncompleteEventsWithTranslatedMessages() throws IOException {
        Properties nl = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        for (String key : new String[]{"event.signalNeedsSource", "event.scaleUpNeedsOrganisation",
                "event.scaleUpNeedsConsentAnswer", "event.transitionNeedsType", "event.dateInFuture",
                "event.scaleUpClosed", "event.useReturn", "plan.secondLineNeedsOrganisation",
                "plan.mandateNeedsReason", "plan.mandateDecidedBeforeSent"}) {
            assertThat(nl.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(nl.getProperty(key));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = EventRulesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
