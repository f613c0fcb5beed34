package nl.waakvlam.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;

/**
 * The administrator's organisation form. {@code departments} (one per line) is read only when an
 * organisation is created; afterwards departments are added, renamed and removed one at a time.
 */
class OrganisationForm {

    static final int MAX_DEPARTMENTS = 50;

    private long version;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private OrganisationType type;
    /** The administrator saw the organisations with a similar name and still wants a new one. */
    private boolean confirmedNew;
    @Size(max = 40)
    @Pattern(regexp = "^$|^[0-9+() -]{3,40}$")
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 300)
    private String address;
    /** A web address with or without {@code https://}; only http(s) addresses become links. */
    @Size(max = 290)
    @Pattern(regexp = "^$|^(https?://)?[^\\s/:]+\\.[^\\s]+$")
    private String website;
    @Size(max = 5000)
    private String departments;

    static OrganisationForm from(OrganisationSummary organisation) {
        OrganisationForm form = new OrganisationForm();
        form.version = organisation.version();
        form.name = organisation.name();
        form.type = organisation.type();
        form.phone = organisation.phone();
        form.email = organisation.email();
        form.address = organisation.address();
        form.website = organisation.website();
        return form;
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name.strip(), type, blankToNull(phone), blankToNull(email), blankToNull(address),
                website());
    }

    private String website() {
        String value = blankToNull(website);
        if (value == null || value.startsWith("http://") || value.startsWith("https://")) {
            return value;
        }
        return "https://" + value;
    }

    /** The department names typed, one per line, without blanks. */
    List<String> departmentNames() {
        if (departments == null) {
            return List.of();
        }
        return Arrays.stream(departments.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public boolean isConfirmedNew() {
        return confirmedNew;
    }

    public void setConfirmedNew(boolean confirmedNew) {
        this.confirmedNew = confirmedNew;
    }
}
