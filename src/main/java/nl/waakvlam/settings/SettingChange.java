package nl.waakvlam.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One changed field of a reference list item or of the programme settings, with its old and new value
 * (append-only: a trigger refuses updates and deletes). Never client data: the audit trail, which
 * records who did it, keeps ids only.
 */
@Entity
@Table(name = "setting_change")
class SettingChange {

    /** The longest value kept; longer values (never from this page) are cut. */
    static final int VALUE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "user_id")
    private Long userId;

    private String username;

    @Column(nullable = false)
    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected SettingChange() {
    }

    SettingChange(Instant changedAt, Long userId, String username, String entity, Long entityId, String field,
                  String oldValue, String newValue) {
        this.changedAt = changedAt;
        this.userId = userId;
        this.username = username;
        this.entity = entity;
        this.entityId = entityId;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH);
    }

    /** A change as the settings page lists it. */
    record Row(Instant changedAt, String username, String entity, Long entityId, String field, String oldValue,
               String newValue) {
    }

    Row row() {
        return new Row(changedAt, username, entity, entityId, field, oldValue, newValue);
    }
}
