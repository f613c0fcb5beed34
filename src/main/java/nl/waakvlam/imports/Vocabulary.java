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
import java.util.HashSet;
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
    private final Map<String, UserSummary> coachNames;
    private Map<String, ScoreRange> scoreRanges = Map.of();
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
        // a coordinator writes the coach's name, often only the first name: both count when they name one coach
        Map<String, Set<UserSummary>> byName = new HashMap<>();
        for (UserSummary coach : coachAccounts) {
            if (coach.enabled() && coach.displayName() != null) {
                byName.computeIfAbsent(TargetField.normalise(coach.displayName()), k -> new HashSet<>()).add(coach);
                String first = coach.displayName().strip().split("\\s+")[0];
                byName.computeIfAbsent(TargetField.normalise(first), k -> new HashSet<>()).add(coach);
            }
        }
        this.coachNames = new HashMap<>();
        byName.forEach((name, found) -> {
            if (found.size() == 1 && !name.isEmpty()) {
                coachNames.put(name, found.iterator().next());
            }
        });
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

    /**
     * A track by its code or name, or by a word of its name that names only that track: a coordinator
     * writes "Jongeren" for "Kwetsbare jongeren 18-/18+".
     */
    Optional<Long> track(String text) {
        String key = TargetField.normalise(text);
        Long exact = tracks.get(key);
        if (exact != null || key.length() < 4) {
            return Optional.ofNullable(exact);
        }
        List<Long> containing = tracks.entrySet().stream().filter(e -> e.getKey().contains(key))
                .map(Map.Entry::getValue).distinct().toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
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

    /** The scores an instrument takes, and whether the programme uses it. */
    record ScoreRange(String name, int min, int max, boolean enabled) {
    }

    /** The programme's instruments by code, for the score columns. */
    Vocabulary withScores(Map<String, ScoreRange> ranges) {
        this.scoreRanges = Map.copyOf(ranges);
        return this;
    }

    Optional<ScoreRange> scoreRange(String instrumentCode) {
        return Optional.ofNullable(scoreRanges.get(instrumentCode));
    }

    /** An active coach by account id (a coach chosen in the dry run). */
    Optional<UserSummary> coachById(Long id) {
        return coaches.values().stream().filter(coach -> coach.id().equals(id)).findFirst();
    }

    /** A coach by user name, full name or (when only one coach has it) first name. */
    Optional<UserSummary> coach(String name) {
        UserSummary byUsername = coaches.get(name.strip().toLowerCase(Locale.ROOT));
        return Optional.ofNullable(byUsername != null ? byUsername : coachNames.get(TargetField.normalise(name)));
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
