package nl.waakvlam.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected Department() {
    }

    Department(Long organisationId, String name) {
        this.organisationId = organisationId;
        this.name = name;
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
}
