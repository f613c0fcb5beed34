package nl.waakvlam.client;

import java.time.LocalDate;

/** Who the client is and how to reach them. */
public record ClientIdentity(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
                             String address, ContactChannel preferredChannel, String livingSituation) {
}
