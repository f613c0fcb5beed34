package nl.waakvlam.coach;

import java.util.List;

/** Command to change a coach profile; {@code version} is the one the editor saw. */
public record ProfileUpdate(Long userId, long version, Gender gender, List<String> languages, List<String> interests,
                            String experience, int contractHours, int maxCaseload) {
}
