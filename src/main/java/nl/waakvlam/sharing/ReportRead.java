package nl.waakvlam.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A read receipt: who first opened a released report, and when. */
@Entity
@Table(name = "report_read")
@IdClass(ReportRead.Key.class)
class ReportRead {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ReportRead() {
    }

    Long getReportId() {
        return reportId;
    }

    Long getUserId() {
        return userId;
    }

    Instant getReadAt() {
        return readAt;
    }

    /** Composite key. */
    record Key(Long reportId, Long userId) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
