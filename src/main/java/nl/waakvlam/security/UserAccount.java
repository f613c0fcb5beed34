package nl.waakvlam.security;

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

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "department_id")
    private Long departmentId;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, String email, String phone, Role role,
                Long organisationId, Long departmentId, Instant createdAt) {
        if (role == Role.REFERRER && organisationId == null) {
            throw new IllegalArgumentException("A referrer belongs to an organisation");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.role = role;
        this.organisationId = organisationId;
        this.departmentId = departmentId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    Role getRole() {
        return role;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    long getVersion() {
        return version;
    }

    void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    /** Ends every session of this account on its next request. */
    void endSessions() {
        sessionEpoch++;
    }

    void deactivate(Instant at) {
        enabled = false;
        deactivatedAt = at;
        endSessions();
    }

    void reactivate() {
        enabled = true;
        deactivatedAt = null;
    }

    /** A new role; the organisation and department belong to referrers only. */
    void changeRole(Role newRole, Long newOrganisationId, Long newDepartmentId) {
        if (newRole == Role.REFERRER && newOrganisationId == null) {
            throw new IllegalArgumentException("A referrer belongs to an organisation");
        }
        role = newRole;
        organisationId = newRole == Role.REFERRER ? newOrganisationId : null;
        departmentId = newRole == Role.REFERRER ? newDepartmentId : null;
        endSessions();
    }

    void changeDetails(String newDisplayName, String newEmail, String newPhone) {
        displayName = newDisplayName;
        email = newEmail;
        phone = newPhone;
    }

    /** A new password ends every other session: whoever knew the old one is signed out. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    void preferLanguage(String language) {
        preferredLanguage = language;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    void enrolSecondFactor(String secret, Instant at, long step) {
        totpSecret = secret;
        totpEnrolledAt = at;
        totpLastStep = step;
    }

    /** Accepts a code's time step only once, and never one older than the last accepted. */
    boolean acceptStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void removeSecondFactor() {
        totpSecret = null;
        totpEnrolledAt = null;
        totpLastStep = null;
        endSessions();
    }

    void checkVersion(long seen) {
        if (seen != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
    }
}
