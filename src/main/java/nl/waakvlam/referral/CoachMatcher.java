package nl.waakvlam.referral;

import nl.waakvlam.client.ClientFile;
import nl.waakvlam.client.ClientService;
import nl.waakvlam.client.Phase;
import nl.waakvlam.coach.AbsenceDetails;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks coaches for a client. The score is a transparent sum; every point comes with a reason
 * the project leader sees, because the match is theirs to make, not the system's.
 */
@Component
class CoachMatcher {

    static final int ABSENCE_LOOKAHEAD_DAYS = 14;

    private final AccountService accounts;
    private final CoachService coaches;
    private final CoachWorkloads workloads;
    private final ClientService clients;
    private final Clock clock;

    CoachMatcher(AccountService accounts, CoachService coaches, CoachWorkloads workloads,
                 ClientService clients, Clock clock) {
        this.accounts = accounts;
        this.coaches = coaches;
        this.workloads = workloads;
        this.clients = clients;
        this.clock = clock;
    }

    /** What the matching looks at: the track and the client's stated preferences. */
    record Wishes(Long trackId, String preferredCoachGender, String preferredLanguage, String interests) {

        static Wishes of(ClientFile file) {
            return new Wishes(file.track().id(), file.preferredCoachGender(), file.preferredLanguage(),
                    file.interests());
        }
    }

    List<CoachCandidate> shortlist(Wishes client) {
        LocalDate today = LocalDate.now(clock);
        List<UserSummary> coachAccounts = accounts.withRole(Role.COACH).stream().filter(UserSummary::enabled).toList();
        Map<Long, CoachProfileDetails> profiles = coaches.allProfiles();
        Map<Long, CoachWorkload> loads = workloads.workloads();
        List<AbsenceDetails> absences = coaches.absencesBetween(today, today.plusDays(ABSENCE_LOOKAHEAD_DAYS));
        Map<Long, Long> experience = clients.primaryClientsPerCoachInTrack(client.trackId());
        int newClientWeight = workloads.weightOf(Phase.INTAKE.name());

        List<CoachCandidate> candidates = new ArrayList<>();
        for (UserSummary coach : coachAccounts) {
            CoachProfileDetails profile = profiles.get(coach.id());
            if (profile == null) {
                continue;
            }
            List<MatchReason> reasons = new ArrayList<>();
            int score = 0;

            CoachWorkload load = workloads.workloadOf(loads, coach.id());
            int free = profile.maxCaseload() - load.weighted();
            if (free < newClientWeight) {
                score -= 40;
                reasons.add(MatchReason.minus("match.reason.full", load.weighted(), profile.maxCaseload()));
            } else {
                score += Math.min(20, free * 2);
                reasons.add(MatchReason.plus("match.reason.room", load.weighted(), profile.maxCaseload()));
            }

            String preferredGender = client.preferredCoachGender();
            if (preferredGender != null) {
                if (profile.gender() == Gender.valueOf(preferredGender)) {
                    score += 25;
                    reasons.add(MatchReason.plus("match.reason.gender", Gender.valueOf(preferredGender)));
                } else {
                    score -= 50;
                    reasons.add(MatchReason.minus("match.reason.genderMismatch", Gender.valueOf(preferredGender)));
                }
            }

            String language = client.preferredLanguage();
            if (language != null) {
                if (profile.speaks(language)) {
                    score += 15;
                    reasons.add(MatchReason.plus("match.reason.language", language));
                } else {
                    score -= 10;
                    reasons.add(MatchReason.minus("match.reason.noLanguage", language));
                }
            }

            for (String interest : shared(client.interests(), profile.interests())) {
                score += 8;
                reasons.add(MatchReason.plus("match.reason.interest", interest));
            }

            for (AbsenceDetails absence : absences) {
                if (!absence.coachId().equals(coach.id())) {
                    continue;
                }
                if (absence.covers(today)) {
                    score -= 30;
                    reasons.add(MatchReason.minus("match.reason.absentNow", absence.endsOn()));
                } else {
                    score -= 10;
                    reasons.add(MatchReason.minus("match.reason.absentSoon", absence.startsOn()));
                }
            }

            long trackClients = experience.getOrDefault(coach.id(), 0L);
            if (trackClients > 0) {
                score += (int) Math.min(trackClients, 5) * 3;
                reasons.add(MatchReason.plus("match.reason.experience", trackClients));
            } else {
                reasons.add(MatchReason.minus("match.reason.noExperience"));
            }
            candidates.add(new CoachCandidate(coach.id(), coach.displayName(), score, load.weighted(),
                    profile.maxCaseload(), reasons));
        }
        candidates.sort(Comparator.comparingInt(CoachCandidate::score).reversed()
                .thenComparing(CoachCandidate::name));
        return candidates;
    }

    private static List<String> shared(String clientInterests, List<String> coachInterests) {
        if (clientInterests == null || clientInterests.isBlank()) {
            return List.of();
        }
        return Arrays.stream(clientInterests.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .filter(interest -> coachInterests.stream()
                        .anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(interest.toLowerCase(Locale.ROOT))))
                .toList();
    }
}
