package nl.waakvlam.organisation;

import nl.waakvlam.shared.Choice;

import java.util.Locale;

/**
 * Read model of an organisation for other modules and pages. An inactive organisation is no
 * longer offered in pickers, but records that name it still show it.
 */
public record OrganisationSummary(Long id, String name, OrganisationType type, String phone, String email,
                                  String address, String website, boolean active, long version) implements Choice {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getType(),
                organisation.getPhone(), organisation.getEmail(), organisation.getAddress(), organisation.getWebsite(),
                organisation.isActive(), organisation.getVersion());
    }

    @Override
    public String choiceValue() {
        return String.valueOf(id);
    }

    @Override
    public String choiceLabel(Locale locale) {
        return name;
    }
}
