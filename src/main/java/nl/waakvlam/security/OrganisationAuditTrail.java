package nl.waakvlam.security;

import nl.waakvlam.organisation.OrganisationAudit;
import nl.waakvlam.organisation.OrganisationChange;
import org.springframework.stereotype.Component;

/** Writes the sociale kaart's changes to the audit trail, in the caller's transaction (no client involved). */
@Component
class OrganisationAuditTrail implements OrganisationAudit {

    private final AuditLog auditLog;

    OrganisationAuditTrail(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void record(OrganisationChange change, Long entityId) {
        auditLog.record(change.creates() ? AuditAction.CREATE : AuditAction.UPDATE, null, change.entity(), entityId,
                AuditOutcome.ALLOWED);
    }
}
