package nl.waakvlam.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file an import committed, known by its SHA-256 only (its content is not kept), never imported twice. */
@Entity
@Table(name = "import_run_file")
class CommittedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String sha256;

    protected CommittedFile() {
    }

    CommittedFile(Long runId, String fileName, String sha256) {
        this.runId = runId;
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    Long getRunId() {
        return runId;
    }

    String getFileName() {
        return fileName;
    }
}
