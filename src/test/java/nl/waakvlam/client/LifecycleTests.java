package nl.waakvlam.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every allowed and every refused phase transition, on the entity that guards them. */
class LifecycleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static final Set<Phase[]> ALLOWED = Set.of(
            new Phase[]{Phase.REFERRED, Phase.ACCEPTED}, new Phase[]{Phase.REFERRED, Phase.DECLINED},
            new Phase[]{Phase.ACCEPTED, Phase.INTAKE}, new Phase[]{Phase.ACCEPTED, Phase.ENDED},
            new Phase[]{Phase.INTAKE, Phase.INTENSIVE}, new Phase[]{Phase.INTAKE, Phase.ENDED},
            new Phase[]{Phase.INTENSIVE, Phase.SCALING_DOWN}, new Phase[]{Phase.INTENSIVE, Phase.ENDED},
            new Phase[]{Phase.SCALING_DOWN, Phase.WAAKVLAM}, new Phase[]{Phase.SCALING_DOWN, Phase.INTENSIVE},
            new Phase[]{Phase.SCALING_DOWN, Phase.ENDED}, new Phase[]{Phase.WAAKVLAM, Phase.INTENSIVE},
            new Phase[]{Phase.WAAKVLAM, Phase.ENDED}, new Phase[]{Phase.ENDED, Phase.INTENSIVE});

    static boolean allowed(Phase from, Phase to) {
        return ALLOWED.stream().anyMatch(pair -> pair[0] == from && pair[1] == to);
    }

    static Client clientIn(Phase phase) {
        Client client = new Client(new ClientIdentity("Test", "Cliënt", LocalDate.of(2007, 5, 1), null, null, null,
                null, null), new ClientProfile(1L, 2, null, null, null, null, null, null), 1L, null, 2L, phase, TODAY.minusDays(30), NOW);
        client.importState(phase.compareTo(Phase.INTAKE) >= 0 ? 7L : null, null, null, null, null, null);
        return client;
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void theLifecycleTableIsExactlyTheSpec(Phase from) {
        for (Phase to : Phase.values()) {
            assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(allowed(from, to));
        }
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyTransitionIsAllowedOrRefusedWithAMessage(Phase from) {
        for (Phase to : Phase.values()) {
            Client client = clientIn(from);
            if (!allowed(from, to)) {
                assertThatThrownBy(() -> attempt(client, to))
                        .isInstanceOf(LifecycleException.class)
                        .extracting(e -> ((LifecycleException) e).messageKey())
                        .isIn("lifecycle.invalidTransition", "lifecycle.alreadyDecided", "lifecycle.matchNeedsAccepted");
                assertThat(client.getPhase()).isEqualTo(from);
            } else {
                PhaseChange change = attempt(client, to);
                assertThat(client.getPhase()).isEqualTo(to);
                assertThat(change.getFromPhase()).isEqualTo(from);
                assertThat(change.getToPhase()).isEqualTo(to);
            }
        }
    }

    private static PhaseChange attempt(Client client, Phase to) {
        return switch (to) {
            case ACCEPTED -> client.decide(true, "ok", 1L, TODAY, NOW);
            case DECLINED -> client.decide(false, "te complex", 1L, TODAY, NOW);
            case INTAKE -> client.match(7L, null, "past goed", 1L, TODAY, NOW);
            case ENDED -> client.end("GOAL_REACHED", "wijkteam", TODAY, 1L, TODAY, NOW);
            default -> client.moveTo(to, TODAY, "reden", 1L, TODAY, NOW);
        };
    }

    @Test
    void endingNeedsAnEndReasonAndAnAftercareNote() {
        assertThatThrownBy(() -> clientIn(Phase.WAAKVLAM).end(null, "wijkteam", TODAY, 1L, TODAY, NOW))
                .hasMessage("lifecycle.endReasonRequired");
        assertThatThrownBy(() -> clientIn(Phase.WAAKVLAM).end("MOVED", " ", TODAY, 1L, TODAY, NOW))
                .hasMessage("lifecycle.aftercareRequired");
        Client client = clientIn(Phase.WAAKVLAM);
        client.end("MOVED", "Huisarts en wijkteam", TODAY, 1L, TODAY, NOW);
        assertThat(client.getEndReason()).isEqualTo("MOVED");
        assertThat(client.getEndedOn()).isEqualTo(TODAY);
    }

    @Test
    void reopeningClearsTheEndAndReturnsToIntensive() {
        Client client = clientIn(Phase.WAAKVLAM);
        client.end("GOAL_REACHED", "wijkteam", TODAY.minusDays(10), 1L, TODAY, NOW);
        client.moveTo(Phase.INTENSIVE, TODAY, "Cliënt klopt weer aan", 1L, TODAY, NOW);
        assertThat(client.getPhase()).isEqualTo(Phase.INTENSIVE);
        assertThat(client.getEndedOn()).isNull();
        assertThat(client.getEndReason()).isNull();
    }

    @Test
    void phaseChangesNeedAReasonAPastDateAndNotBeforeTheCurrentPhase() {
        assertThatThrownBy(() -> clientIn(Phase.INTENSIVE).moveTo(Phase.SCALING_DOWN, TODAY, "", 1L, TODAY, NOW))
                .hasMessage("lifecycle.reasonRequired");
        assertThatThrownBy(() -> clientIn(Phase.INTENSIVE)
                .moveTo(Phase.SCALING_DOWN, TODAY.plusDays(1), "r", 1L, TODAY, NOW))
                .hasMessage("lifecycle.dateInFuture");
        assertThatThrownBy(() -> clientIn(Phase.INTENSIVE)
                .moveTo(Phase.SCALING_DOWN, TODAY.minusDays(31), "r", 1L, TODAY, NOW))
                .hasMessage("lifecycle.dateBeforePhase");
    }

    @Test
    void startingNeedsACoachAndCoverMustDifferFromPrimary() {
        Client noCoach = clientIn(Phase.INTAKE);
        noCoach.importState(null, null, null, null, null, null);
        assertThatThrownBy(() -> noCoach.moveTo(Phase.INTENSIVE, TODAY, "r", 1L, TODAY, NOW))
                .hasMessage("lifecycle.coachRequired");
        assertThatThrownBy(() -> clientIn(Phase.ACCEPTED).match(7L, 7L, "r", 1L, TODAY, NOW))
                .hasMessage("lifecycle.coverSameAsPrimary");
    }

    @Test
    void everyRefusalHasAMessageInDutchAndEnglish() throws IOException {
        Properties nl = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        for (String key : new String[]{"lifecycle.invalidTransition", "lifecycle.reasonRequired",
                "lifecycle.dateInFuture", "lifecycle.dateBeforePhase", "lifecycle.useEnd", "lifecycle.coachRequired",
                "lifecycle.endReasonRequired", "lifecycle.aftercareRequired", "lifecycle.alreadyDecided",
                "lifecycle.matchNeedsAccepted", "lifecycle.coverSameAsPrimary", "lifecycle.sameCoach",
                "lifecycle.handoverRequired", "lifecycle.noCoachYet", "lifecycle.declineNeedsReasonAndAdvice"}) {
            assertThat(nl.getProperty(key)).as(key + " (nl)").isNotBlank();
            assertThat(en.getProperty(key)).as(key + " (en)").isNotBlank().isNotEqualTo(nl.getProperty(key));
        }
        for (Phase phase : EnumSet.allOf(Phase.class)) {
            assertThat(en.getProperty("phase." + phase)).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = LifecycleTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
