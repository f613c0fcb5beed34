package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * What the client file keeps about a client besides identity: the track, the intake category and
 * expected school-leaving date (youth track only), the indication, the client's own question and
 * the wishes that matching looks at.
 */
public record ClientProfile(Long trackId, Integer intakeCategory, LocalDate expectedSchoolLeavingDate,
                            String indication, String preferredCoachGender, String preferredLanguage,
                            String interests, String ownQuestion) {

    /** The same profile without the fields that only the youth track asks for. */
    public ClientProfile withoutYouthFields() {
        return new ClientProfile(trackId, null, null, indication, preferredCoachGender, preferredLanguage, interests,
                ownQuestion);
    }
}
