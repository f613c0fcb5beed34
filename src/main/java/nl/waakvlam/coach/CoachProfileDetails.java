package nl.waakvlam.coach;

import java.util.List;

/** Read model of a coach profile. */
public record CoachProfileDetails(Long userId, Gender gender, List<String> languages, List<String> interests,
                                  String experience, int contractHours, int maxCaseload) {

    static CoachProfileDetails of(CoachProfile profile) {
        return new CoachProfileDetails(profile.getUserId(), profile.getGender(), profile.getLanguages(),
                profile.getInterests(), profile.getExperience(), profile.getContractHours(), profile.getMaxCaseload());
    }
}
