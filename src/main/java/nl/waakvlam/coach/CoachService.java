package nl.waakvlam.coach;

import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public API of the coach module: profiles and absences. */
@Service
@Transactional(readOnly = true)
public class CoachService {

    private final CoachProfileRepository profiles;
    private final CoachAbsenceRepository absences;
    private final Clock clock;
    /**
     * The absences that had not ended on the day they were read: every page that decides which clients a
     * coach sees asks who is away today (ClientVisibility), and absences change only through
     * {@link #addAbsence}, which forgets the kept list.
     */
    private final KeptValue<Current> current;
    private final ApplicationEventPublisher events;

    /** Absences not ended before {@code from}, in start order. */
    private record Current(LocalDate from, List<AbsenceDetails> absences) {
    }

    CoachService(CoachProfileRepository profiles, CoachAbsenceRepository absences, Clock clock,
                 DataVersions versions, ApplicationEventPublisher events) {
        this.events = events;
        this.profiles = profiles;
        this.absences = absences;
        this.clock = clock;
        this.current = versions.keep("absences", () -> {
            LocalDate today = LocalDate.now(clock);
            return new Current(today, absences.notEndedBefore(today).stream().map(AbsenceDetails::of).toList());
        });
    }

    /** Stores the profile of a coach account unless it already has one. */
    @Transactional
    public CoachProfileDetails createProfileIfAbsent(CoachProfileDetails details) {
        return CoachProfileDetails.of(profiles.findById(details.userId()).orElseGet(() -> profiles.save(
                new CoachProfile(details.userId(), details.gender(), details.languages(), details.interests(),
                        details.experience(), details.contractHours(), details.maxCaseload()))));
    }

    public CoachProfileDetails profile(Long coachId) {
        return profiles.findById(coachId).map(CoachProfileDetails::of)
                .orElseThrow(() -> new NotFoundException("coach profile"));
    }

    /** Saves an edit; a form based on an older version is refused as a conflict. */
    @Transactional
    public void updateProfile(ProfileUpdate update) {
        CoachProfile profile = profiles.findById(update.userId())
                .orElseThrow(() -> new NotFoundException("coach profile"));
        profile.update(update);
        profiles.flush();
    }

    public Map<Long, CoachProfileDetails> profilesOf(Collection<Long> coachIds) {
        if (coachIds.isEmpty()) {
            return Map.of();
        }
        return profiles.findAllById(coachIds).stream().map(CoachProfileDetails::of)
                .collect(Collectors.toMap(CoachProfileDetails::userId, Function.identity()));
    }

    public Map<Long, CoachProfileDetails> allProfiles() {
        return profiles.findAll().stream().map(CoachProfileDetails::of)
                .collect(Collectors.toMap(CoachProfileDetails::userId, Function.identity()));
    }

    @Transactional
    public AbsenceDetails addAbsence(NewAbsence command, Long recordedBy) {
        current.forget();
        AbsenceDetails saved = AbsenceDetails.of(absences.save(new CoachAbsence(command.coachId(), command.startsOn(),
                command.endsOn(), command.reason(), command.coverCoachId(), recordedBy, clock.instant())));
        // the coach and the colleague who covers are told (after commit, by the notification module)
        events.publishEvent(new AbsenceRegistered(saved.id(), saved.coachId(), command.coverCoachId(),
                command.startsOn(), command.endsOn()));
        return saved;
    }

    /** Absences running on {@code day}. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<AbsenceDetails> absentOn(LocalDate day) {
        return absencesBetween(day, day);
    }

    /** Absences that overlap the period from {@code from} to {@code until}, in start order. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<AbsenceDetails> absencesBetween(LocalDate from, LocalDate until) {
        Current kept = current.get();
        if (from.isBefore(kept.from())) {
            // a period before the kept list's first day: it may miss absences that ended since
            return absences.overlapping(from, until).stream().map(AbsenceDetails::of).toList();
        }
        return kept.absences().stream()
                .filter(a -> !a.endsOn().isBefore(from) && !a.startsOn().isAfter(until)).toList();
    }
}
