package nl.waakvlam.imports;

import nl.waakvlam.client.Phase;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.organisation.OrganisationSummary;
import nl.waakvlam.reference.LifeDomainView;
import nl.waakvlam.reference.TrackSummary;
import nl.waakvlam.security.UserSummary;
import org.springframework.context.MessageSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words a cell may use for a track, phase, kind of contact, outcome, life domain, coach or
 * organisation, each matched without regard to case, accents, spaces and punctuation: the code,
 * the Dutch name and the English name all count ("Intensief", "intensive", "INTENSIVE").
 * Coaches are matched by user name, organisations by their name on the sociale kaart.
 */
final class Vocabulary {

    /** The phases a registration can bring in: a client with a coach, not ended. */
    static final Set<Phase> IMPORTABLE_PHASES = EnumSet.of(Phase.INTAKE, Phase.INTENSIVE, Phase.SCALING_DOWN,
            Phase.WAAKVLAM);

    private final Map<String, Long> tracks = new HashMap<>();
    private final Map<String, Phase> phases = new HashMap<>();
    private final Map<String, ContactType> kinds = new HashMap<>();
    private final Map<String, ContactOutcome> outcomes = new HashMap<>();
    private final Map<String, Long> lifeDomains = new HashMap<>();
    private final Map<String, UserSummary> coaches;
    private final Map<String, Long> organisations = new HashMap<>();
    private final String trackChoices;
    private final String phaseChoices;
    private final String kindChoices;
    private final String outcomeChoices;

    Vocabulary(List<TrackSummary> activeTracks, List<LifeDomainView> activeDomains, List<UserSummary> coachAccounts,
               List<OrganisationSummary> organisationList, MessageSource messages, Locale locale) {
        for (TrackSummary track : activeTracks) {
            put(tracks, track.id(), track.code(), track.nameNl(), track.nameEn());
        }
        for (LifeDomainView domain : activeDomains) {
            put(lifeDomains, domain.id(), domain.code(), domain.nameNl(), domain.nameEn());
        }
        for (Phase phase : Phase.values()) {
            put(phases, phase, phase.name(), label(messages, "phase.", phase, Locale.forLanguageTag("nl")),
                    label(messages, "phase.", phase, Locale.ENGLISH));
        }
        for (ContactType kind : ContactType.values()) {
            put(kinds, kind, kind.name(), label(messages, "contactType.", kind, Locale.forLanguageTag("nl")),
                    label(messages, "contactType.", kind, Locale.ENGLISH));
        }
        for (ContactOutcome outcome : ContactOutcome.values()) {
            put(outcomes, outcome, outcome.name(), label(messages, "contactOutcome.", outcome,
                    Locale.forLanguageTag("nl")), label(messages, "contactOutcome.", outcome, Locale.ENGLISH));
        }
        this.coaches = coachAccounts.stream().filter(UserSummary::enabled)
                .collect(Collectors.toMap(coach -> coach.username().toLowerCase(Locale.ROOT), Function.identity(),
                        (a, b) -> a));
        for (OrganisationSummary organisation : organisationList) {
            organisations.putIfAbsent(TargetField.normalise(organisation.name()), organisation.id());
        }
        this.trackChoices = activeTracks.stream().map(track -> track.name(locale)).collect(Collectors.joining(", "));
        this.phaseChoices = IMPORTABLE_PHASES.stream().map(phase -> label(messages, "phase.", phase, locale))
                .collect(Collectors.joining(", "));
        this.kindChoices = Arrays.stream(ContactType.values()).map(kind -> label(messages, "contactType.", kind, locale))
                .collect(Collectors.joining(", "));
        this.outcomeChoices = Arrays.stream(ContactOutcome.values())
                .map(outcome -> label(messages, "contactOutcome.", outcome, locale)).collect(Collectors.joining(", "));
    }

    Optional<Long> track(String text) {
        return Optional.ofNullable(tracks.get(TargetField.normalise(text)));
    }

    Optional<Phase> phase(String text) {
        return Optional.ofNullable(phases.get(TargetField.normalise(text)));
    }

    Optional<ContactType> kind(String text) {
        return Optional.ofNullable(kinds.get(TargetField.normalise(text)));
    }

    Optional<ContactOutcome> outcome(String text) {
        return Optional.ofNullable(outcomes.get(TargetField.normalise(text)));
    }

    Optional<Long> lifeDomain(String text) {
        return Optional.ofNullable(lifeDomains.get(TargetField.normalise(text)));
    }

    Optional<UserSummary> coach(String username) {
        return Optional.ofNullable(coaches.get(username.strip().toLowerCase(Locale.ROOT)));
    }

    Optional<Long> organisation(String name) {
        return Optional.ofNullable(organisations.get(TargetField.normalise(name)));
    }

    String trackChoices() {
        return trackChoices;
    }

    String phaseChoices() {
        return phaseChoices;
    }

    String kindChoices() {
        return kindChoices;
    }

    String outcomeChoices() {
        return outcomeChoices;
    }

    private static <T> void put(Map<String, T> words, T value, String... names) {
        for (String name : names) {
            String key = TargetField.normalise(name);
            if (!key.isEmpty()) {
                words.putIfAbsent(key, value);
            }
        }
    }

    private static String label(MessageSource messages, String prefix, Enum<?> value, Locale locale) {
        return messages.getMessage(prefix + value.name(), null, value.name(), locale);
    }
}
