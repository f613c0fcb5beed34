package nl.waakvlam.coach;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public API of the coach module. */
@Service
@Transactional(readOnly = true)
public class CoachService {

    private final CoachProfileRepository profiles;

    CoachService(CoachProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** Stores the profile of a coach account unless it already has one. */
    @Transactional
    public CoachProfileDetails createProfileIfAbsent(CoachProfileDetails details) {
        return CoachProfileDetails.of(profiles.findById(details.userId()).orElseGet(() -> profiles.save(
                new CoachProfile(details.userId(), details.gender(), details.languages(), details.interests(),
                        details.experience(), details.contractHours(), details.maxCaseload()))));
    }

    public Map<Long, CoachProfileDetails> profilesOf(Collection<Long> coachIds) {
        if (coachIds.isEmpty()) {
            return Map.of();
        }
        return profiles.findAllById(coachIds).stream().map(CoachProfileDetails::of)
                .collect(Collectors.toMap(CoachProfileDetails::userId, Function.identity()));
    }
}
