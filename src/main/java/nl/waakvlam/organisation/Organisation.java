package nl.waakvlam.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    private String phone;
    private String email;
    private String address;
    private String website;

    private boolean active = true;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationType type, String phone, String email, String address) {
        this.name = name;
        this.type = type;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    Organisation(OrganisationDetails details) {
        this(details.name(), details.type(), details.phone(), details.email(), details.address());
        this.website = details.website();
    }

    /** Refuses a change made on a form that showed an older version (someone else saved in between). */
    void requireVersion(long seenVersion) {
        if (version != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
    }

    void update(OrganisationDetails details, long seenVersion) {
        requireVersion(seenVersion);
        this.name = details.name();
        this.type = details.type();
        this.phone = details.phone();
        this.email = details.email();
        this.address = details.address();
        this.website = details.website();
    }

    /** No longer offered when someone picks an organisation; records that name it keep showing it. */
    void deactivate(long seenVersion) {
        requireVersion(seenVersion);
        this.active = false;
    }

    void reactivate(long seenVersion) {
        requireVersion(seenVersion);
        this.active = true;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    OrganisationType getType() {
        return type;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    String getAddress() {
        return address;
    }

    String getWebsite() {
        return website;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
