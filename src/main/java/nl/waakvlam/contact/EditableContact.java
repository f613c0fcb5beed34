package nl.waakvlam.contact;

import nl.waakvlam.client.ClientHeader;

/** A contact loaded for correction, with the version the form must carry back. */
public record EditableContact(ClientHeader client, Long contactId, long version, ContactDetails details) {
}
