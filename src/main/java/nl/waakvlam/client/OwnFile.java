package nl.waakvlam.client;

import java.time.LocalDateTime;

/**
 * The client's own file as Mijn Waakvlam shows it to the client: their first name, their coach's
 * first name, the programme's central phone number and the next appointment planned with them (the
 * driegesprek is shown by its own module). Nothing of the coach's working tools (flame, rhythm,
 * attention reasons), the notes or the people around the file.
 */
public record OwnFile(Long clientId, String firstName, Long coachId, String coachFirstName, String centralPhone,
                      LocalDateTime warmVisitAt) {
}
