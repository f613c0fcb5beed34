package nl.waakvlam.organisation;

/**
 * What the administrator enters for an organisation: name, kind and contact details. Blank
 * optional fields are {@code null}; a website always starts with {@code http://} or {@code https://}.
 */
public record OrganisationDetails(String name, OrganisationType type, String phone, String email, String address,
                                  String website) {
}
