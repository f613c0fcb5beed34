package nl.waakvlam.coach;

import java.util.List;

/** Read model of a coach profile. */
public record CoachProfileDetails(Long userId, Gender gender, List<String> languages, List<String> interests,
                                  String experience, int contractHours, int maxCaseload, long version) {

    public CoachProfileDetails(Long userId, Gender gender, List<String> languages, List<String> interests,
                               String experience, int contractHours, int maxCaseload) {
        this(userId, gender, languages, interests, experience, contractHours, maxCaseload, 0);
    }

    static CoachProfileDetails of(CoachProfile profile) {
        return new CoachProfileDetails(profile.getUserId(), profile.getGender(), profile.getLanguages(),
                profile.getInterests(), profile.getExperience(), profile.getContractHours(), profile.getMaxCaseload(),
                profile.getVersion());
    }

    /** True when the coach speaks this language (case-insensitive). */
    public boolean speaks(String language) {
        return language != null && languages.stream().anyMatch(l -> l.equalsIgnoreCase(language.trim()));
    }
}
