package nl.waakvlam.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploaded files waiting for their import, with the tables and column mapping chosen so far. Kept in
 * the database rather than the HTTP session, so a step can be repeated or continued in another tab,
 * and deleted after the commit or after a day.
 */
@Entity
@Table(name = "import_upload")
class ImportUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_upload_file", joinColumns = @JoinColumn(name = "upload_id"))
    @OrderColumn(name = "position")
    private List<File> files = new ArrayList<>();

    @Column(name = "client_table")
    private String clientTable;

    @Column(name = "contact_table")
    private String contactTable;

    @Column(name = "client_columns")
    private String clientColumns;

    @Column(name = "contact_columns")
    private String contactColumns;

    @Version
    private long version;

    protected ImportUpload() {
    }

    ImportUpload(Long uploadedBy, List<File> files, Instant now) {
        this.uploadedBy = uploadedBy;
        this.files = new ArrayList<>(files);
        this.createdAt = now;
    }

    /** Keeps the tables and mapping chosen on the mapping page; the dry run reads them. */
    void map(String clientTableId, ColumnMapping clients, String contactTableId, ColumnMapping contacts) {
        this.clientTable = clientTableId;
        this.clientColumns = clients.encode();
        this.contactTable = contactTableId;
        this.contactColumns = contactTableId == null ? null : contacts.encode();
    }

    boolean isMapped() {
        return clientTable != null && clientColumns != null;
    }

    Long getId() {
        return id;
    }

    Long getUploadedBy() {
        return uploadedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<File> getFiles() {
        return List.copyOf(files);
    }

    String getClientTable() {
        return clientTable;
    }

    String getContactTable() {
        return contactTable;
    }

    ColumnMapping clientMapping() {
        return ColumnMapping.decode(clientColumns);
    }

    ColumnMapping contactMapping() {
        return ColumnMapping.decode(contactColumns);
    }

    /** One uploaded file with its content and SHA-256. */
    @Embeddable
    static class File {

        @Column(name = "file_name", nullable = false)
        private String fileName;

        @Column(nullable = false)
        private String sha256;

        @Column(nullable = false)
        private byte[] content;

        protected File() {
        }

        File(String fileName, byte[] content) {
            this.fileName = fileName;
            this.content = content.clone();
            this.sha256 = ColumnMapping.sha256(content);
        }

        String fileName() {
            return fileName;
        }

        String sha256() {
            return sha256;
        }

        byte[] content() {
            return content;
        }
    }
}
