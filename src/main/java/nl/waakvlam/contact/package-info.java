/**
 * Contact moments: the 30-second quick log on a phone, one-tap attempts, correcting and deleting
 * (soft, with a reason), follow-up actions, the contact part of the client timeline, the last
 * contacts that light the waakvlam flame, and the coach's own week. Also owns the configurable
 * list of life domains. Reaches clients only through {@link nl.waakvlam.client.ClientGate};
 * private notes are shown to the client's coaches only.
 */
@ApplicationModule(displayName = "Contact moments", allowedDependencies = {"shared", "shared :: metrics", "security", "reference", "client"})
package nl.waakvlam.contact;

import org.springframework.modulith.ApplicationModule;
