package nl.waakvlam.client;

import nl.waakvlam.security.UserSummary;

/** A coach or referrer as shown on a client page. */
public record Person(Long id, String name, String email, String phone) {

    static Person of(UserSummary user) {
        return user == null ? null : new Person(user.id(), user.displayName(), user.email(), user.phone());
    }
}
