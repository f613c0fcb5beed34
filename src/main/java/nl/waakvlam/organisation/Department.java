package nl.waakvlam.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false)
    private String name;

    private boolean active = true;

    @Version
    private long version;

    protected Department() {
    }

    Department(Long organisationId, String name) {
        this.organisationId = organisationId;
        this.name = name;
    }

    void rename(String newName, long seenVersion) {
        requireVersion(seenVersion);
        this.name = newName;
    }

    void changeActive(boolean nowActive, long seenVersion) {
        requireVersion(seenVersion);
        this.active = nowActive;
    }

    /** A department of a duplicate organisation that has no namesake in the remaining one moves over whole. */
    void moveTo(Long remainingOrganisationId) {
        this.organisationId = remainingOrganisationId;
    }

    /** Merged with a namesake: the remaining department is active when either of the two was. */
    void absorb(Department duplicate) {
        if (duplicate.active) {
            this.active = true;
        }
    }

    private void requireVersion(long seenVersion) {
        if (version != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Department.class, id);
        }
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    long getVersion() {
        return version;
    }
}
