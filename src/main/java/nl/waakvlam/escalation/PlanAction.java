package nl.waakvlam.escalation;

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

import java.time.Instant;
import java.time.LocalDate;

/** An action in the plan of action (wijkcoach practice), per life domain, with owner and status. */
@Entity
@Table(name = "plan_action")
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "life_domain_id")
    private Long lifeDomainId;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionOwner owner;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "checked_with_organisation")
    private String checkedWithOrganisation;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PlanAction() {
    }

    PlanAction(Long clientId, Long lifeDomainId, String description, ActionOwner owner, Long organisationId,
               LocalDate dueOn, Long createdBy, Instant createdAt) {
        if (owner == ActionOwner.ORGANISATION_SECOND_LINE && organisationId == null) {
            throw new EventException("organisationId", "plan.secondLineNeedsOrganisation");
        }
        this.clientId = clientId;
        this.lifeDomainId = lifeDomainId;
        this.description = description.strip();
        this.owner = owner;
        this.organisationId = organisationId;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(ActionStatus newStatus, String checkedNote, long seenVersion) {
        if (seenVersion != version) {
            throw new ObjectOptimisticLockingFailureException(PlanAction.class, id);
        }
        this.status = newStatus;
        this.checkedWithOrganisation = checkedNote == null || checkedNote.isBlank() ? checkedWithOrganisation
                : checkedNote.strip();
    }

    Long getId() {
        return id;
    }

    Long getClientId() {
        return clientId;
    }

    Long getLifeDomainId() {
        return lifeDomainId;
    }

    String getDescription() {
        return description;
    }

    ActionOwner getOwner() {
        return owner;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    ActionStatus getStatus() {
        return status;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getCheckedWithOrganisation() {
        return checkedWithOrganisation;
    }

    long getVersion() {
        return version;
    }
}
